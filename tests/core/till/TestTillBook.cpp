// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The drawer's book on a real journal file: the arithmetic to the paisa over rows the store journaled, idempotent
// steps, refusals that write nothing, and the append-only triggers.
#include "TillTestData.h"

#include <QSettings>
#include <QSqlError>
#include <QTemporaryDir>

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::till;
using namespace saathi::test;

class TestTillBook : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("till%1.sqlite").arg(++m_files)); }

    static OpenShiftRequest opening(const QString& key, qint64 paise, const QString& who = QStringLiteral("Asha"))
    {
        return OpenShiftRequest {key, who, Paise {paise}, std::nullopt};
    }

private Q_SLOTS:
    void expectedCashIsTheJournalsArithmeticToThePaisa()
    {
        ManualClock clock(kTillDayMs);
        SAATHI_OPEN_TILL_STORE(store, freshPath(), clock);
        QVERIFY(journalRow(*store, QStringLiteral("BEFORE"), TxKind::AepsWithdrawal, Paise {99900}, TxState::Success));
        clock.advanceMs(1000);
        TillBook book(*store, CashDirections::defaults());
        auto shift = book.openShift(opening(QStringLiteral("open-1"), 2000000));
        QVERIFY2(shift.ok(), qPrintable(shift.error().detail));
        QCOMPARE(shift.value().istDay, QStringLiteral("2026-12-07"));
        clock.advanceMs(1000);
        QVERIFY(journalRow(*store, QStringLiteral("W1"), TxKind::AepsWithdrawal, Paise {250050}, TxState::Success));
        QVERIFY(journalRow(*store, QStringLiteral("W2"), TxKind::AepsWithdrawal, Paise {120000}, TxState::Success));
        QVERIFY(journalRow(*store, QStringLiteral("WF"), TxKind::AepsWithdrawal, Paise {100000}, TxState::Failed));
        QVERIFY(journalRow(*store, QStringLiteral("WP"), TxKind::AepsWithdrawal, Paise {70000}, TxState::Pending));
        QVERIFY(journalRow(*store, QStringLiteral("WS"), TxKind::AepsWithdrawal, Paise {30000}, TxState::Sent));
        QVERIFY(journalRow(*store, QStringLiteral("D1"), TxKind::DmtTransfer, Paise {300000}, TxState::Success));
        QVERIFY(journalRow(*store, QStringLiteral("AP"), TxKind::AadhaarPay, Paise {40000}, TxState::Success));
        QVERIFY(journalRow(*store, QStringLiteral("BE"), TxKind::BalanceEnquiry, Paise {}, TxState::Success));
        // Another environment's row in the same file is not this drawer's cash.
        QSqlQuery foreign(store->database());
        QVERIFY2(foreign.exec(QStringLiteral("INSERT INTO transactions (client_ref_id, kind, state, amount_paise, "
                                             "agent_user_code, created_at_ms, updated_at_ms, environment) VALUES "
                                             "('UAT1', 'aeps_withdrawal', 'success', 55500, '20810200', %1, %1, "
                                             "'uat')")
                                  .arg(clock.nowMs())),
                 qPrintable(foreign.lastError().text()));
        QVERIFY(book.move({QStringLiteral("m1"), Paise {50025}, QStringLiteral("Change from the bank")}).ok());
        QVERIFY(book.move({QStringLiteral("m2"), Paise {-30000}, QStringLiteral("Tea and snacks")}).ok());

        auto report = book.report();
        QVERIFY2(report.ok(), qPrintable(report.error().detail));
        const ShiftReport& r = report.value();
        const qint64 expected = 2000000 + 50025 - 30000 - 250050 - 120000 + 300000;
        QCOMPARE(r.expectedCash.value, expected);
        QCOMPARE(r.movesTotal.value, 20025);
        QCOMPARE(r.transactionsCash.value, -250050 - 120000 + 300000);
        QCOMPARE(r.moves.size(), 2);
        QCOMPARE(r.moves.at(1).reason, QStringLiteral("Tea and snacks"));
        QCOMPARE(r.moves.at(1).operatorName, QStringLiteral("Asha"));
        QCOMPARE(r.openRows, 2); // the pending and the sent withdrawal
        QCOMPARE(r.kinds.size(), 3);
        QCOMPARE(r.kinds.at(0).kind, TxKind::AepsWithdrawal);
        QCOMPARE(r.kinds.at(0).count, 2);
        QCOMPARE(r.kinds.at(0).amount.value, 370050);
        QCOMPARE(r.kinds.at(0).cash.value, -370050);
        QCOMPARE(r.kinds.at(1).kind, TxKind::AadhaarPay);
        QCOMPARE(r.kinds.at(1).direction, CashDirection::None);
        QCOMPARE(r.kinds.at(1).cash.value, 0);
        QCOMPARE(r.kinds.at(2).kind, TxKind::DmtTransfer);
        QCOMPARE(r.kinds.at(2).cash.value, 300000);

        // The pending withdrawal succeeds: now it is cash out.
        clock.advanceMs(1000);
        Outcome ok;
        ok.state = TxState::Success;
        ok.source = Source::Inquiry;
        QVERIFY(store->recordOutcome(QStringLiteral("WP"), ok).ok());
        QCOMPARE(book.report().value().expectedCash.value, expected - 70000);

        clock.advanceMs(1000);
        auto closed = book.close({QStringLiteral("close-1"), Paise {1880000}, Paise {5000000}, QString()});
        QVERIFY2(closed.ok(), qPrintable(closed.error().detail));
        QCOMPARE(closed.value().closed.expectedCash->value, expected - 70000);
        QCOMPARE(closed.value().closed.countedCash->value, 1880000);
        QCOMPARE(closed.value().closed.difference->value, 1880000 - (expected - 70000));
        QCOMPARE(closed.value().closed.evalueClose->value, 5000000);
        QVERIFY(closed.value().next.isNull());
        QVERIFY(!book.currentShift().value().has_value());

        // A row after the close is not the closed shift's; the frozen figures are read back as they were written.
        clock.advanceMs(1000);
        QVERIFY(journalRow(*store, QStringLiteral("AFTER"), TxKind::AepsWithdrawal, Paise {10000}, TxState::Success));
        auto again = book.report(shift.value().id);
        QVERIFY(again.ok());
        QCOMPARE(again.value().expectedCash.value, expected - 70000);
        QCOMPARE(again.value().shift.difference->value, 1880000 - (expected - 70000));
        QCOMPARE(again.value().shift.closedAtMs, closed.value().closed.closedAtMs);
        QCOMPARE(book.report().error().code, QStringLiteral("till.no_shift"));
    }

    void theSameKeyIsRecordedOnce()
    {
        ManualClock clock(kTillDayMs);
        SAATHI_OPEN_TILL_STORE(store, freshPath(), clock);
        TillBook book(*store, CashDirections::defaults());
        const qint64 id = book.openShift(opening(QStringLiteral("o"), 100000)).value().id;
        QCOMPARE(book.openShift(opening(QStringLiteral("o"), 100000)).value().id, id);
        // Same key, other data: the first step's record, never a second row.
        QCOMPARE(book.openShift(opening(QStringLiteral("o"), 5, QStringLiteral("Ravi"))).value().operatorName,
                 QStringLiteral("Asha"));
        const qint64 moveId = book.move({QStringLiteral("k"), Paise {500}, QStringLiteral("coins")}).value().id;
        QCOMPARE(book.move({QStringLiteral("k"), Paise {500}, QStringLiteral("coins")}).value().id, moveId);
        QCOMPARE(countRows(*store, QStringLiteral("till_moves")), 1);
        auto first = book.close({QStringLiteral("c"), Paise {100500}, std::nullopt, QString()});
        QVERIFY(first.ok());
        auto second = book.close({QStringLiteral("c"), Paise {1}, std::nullopt, QString()});
        QVERIFY2(second.ok(), qPrintable(second.error().detail));
        QCOMPARE(second.value().closed.id, id);
        QCOMPARE(second.value().closed.countedCash->value, 100500);
        QCOMPARE(second.value().closed.difference->value, 0);
        // After the close, the opening key still finds its (closed) shift instead of opening another.
        QCOMPARE(book.openShift(opening(QStringLiteral("o"), 100000)).value().id, id);
        QCOMPARE(countRows(*store, QStringLiteral("till_shifts")), 1);
    }

    void refusalsLeaveNothingWritten()
    {
        ManualClock clock(kTillDayMs);
        SAATHI_OPEN_TILL_STORE(store, freshPath(), clock);
        TillBook book(*store, CashDirections::defaults());
        QCOMPARE(book.move({QStringLiteral("m"), Paise {100}, QStringLiteral("x")}).error().code,
                 QStringLiteral("till.no_shift"));
        QCOMPARE(book.close({QStringLiteral("c"), Paise {0}, std::nullopt, QString()}).error().code,
                 QStringLiteral("till.no_shift"));
        QCOMPARE(book.openShift(opening(QStringLiteral("o"), -1)).error().code, QStringLiteral("till.bad_amount"));
        QCOMPARE(book.openShift(opening(QStringLiteral("o"), 1, QStringLiteral("  "))).error().code,
                 QStringLiteral("till.bad_operator"));
        QCOMPARE(book.openShift(opening(QStringLiteral("o"), 1, QString(61, QLatin1Char('a')))).error().code,
                 QStringLiteral("till.bad_operator"));
        QCOMPARE(book.openShift(opening(QString(), 1)).error().code, QStringLiteral("till.bad_key"));
        QCOMPARE(countRows(*store, QStringLiteral("till_shifts")), 0);

        QVERIFY(book.openShift(opening(QStringLiteral("o"), 1000)).ok());
        const Error twice = book.openShift(opening(QStringLiteral("o2"), 1000, QStringLiteral("Ravi"))).error();
        QCOMPARE(twice.code, QStringLiteral("till.shift_open"));
        QVERIFY(twice.userMessage.contains(QStringLiteral("Asha")));
        QCOMPARE(book.move({QStringLiteral("m"), Paise {0}, QStringLiteral("x")}).error().code,
                 QStringLiteral("till.bad_amount"));
        QCOMPARE(book.move({QStringLiteral("m"), Paise {100}, QStringLiteral("   ")}).error().code,
                 QStringLiteral("till.bad_reason"));
        QCOMPARE(book.move({QStringLiteral("m"), Paise {100}, QString(201, QLatin1Char('r'))}).error().code,
                 QStringLiteral("till.bad_reason"));
        QCOMPARE(book.close({QStringLiteral("c"), Paise {-5}, std::nullopt, QString()}).error().code,
                 QStringLiteral("till.bad_amount"));
        QCOMPARE(book.close({QStringLiteral("c"), Paise {5}, std::nullopt, QString(61, QLatin1Char('b'))}).error().code,
                 QStringLiteral("till.bad_operator"));
        QCOMPARE(countRows(*store, QStringLiteral("till_moves")), 0);
        QVERIFY(book.move({QStringLiteral("m"), Paise {100}, QStringLiteral("x")}).ok()); // the same key, now valid
        QCOMPARE(countRows(*store, QStringLiteral("till_shifts")), 1);
        QCOMPARE(countRows(*store, QStringLiteral("till_moves")), 1); // only the last, valid move
        QVERIFY(book.currentShift().value()->isOpen());
    }

    void movesAndClosedShiftsCannotBeRewritten()
    {
        ManualClock clock(kTillDayMs);
        SAATHI_OPEN_TILL_STORE(store, freshPath(), clock);
        TillBook book(*store, CashDirections::defaults());
        QVERIFY(book.openShift(opening(QStringLiteral("o"), 1000)).ok());
        QVERIFY(book.move({QStringLiteral("m"), Paise {-200}, QStringLiteral("Change")}).ok());
        QVERIFY(book.close({QStringLiteral("c"), Paise {800}, std::nullopt, QString()}).ok());
        QSqlQuery q(store->database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE till_moves SET amount_paise = 5")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM till_moves")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM till_shifts")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE till_shifts SET counted_cash_paise = 1000")));
        QCOMPARE(book.report(1).value().moves.constFirst().amount.value, -200);
        QCOMPARE(book.report(1).value().shift.countedCash->value, 800);
    }

    void aHandOverClosesAndOpensTheNextShiftAtOnce()
    {
        ManualClock clock(kTillDayMs);
        SAATHI_OPEN_TILL_STORE(store, freshPath(), clock);
        TillBook book(*store, CashDirections::defaults());
        const Shift first
            = book.openShift({QStringLiteral("o"), QStringLiteral("Asha"), Paise {1000000}, Paise {7}}).value();
        QVERIFY(journalRow(*store, QStringLiteral("W1"), TxKind::AepsWithdrawal, Paise {200000}, TxState::Success));
        clock.advanceMs(60000);
        auto handed = book.close({QStringLiteral("h"), Paise {799000}, Paise {900}, QStringLiteral(" Ravi ")});
        QVERIFY2(handed.ok(), qPrintable(handed.error().detail));
        const Shift& next = handed.value().next;
        QCOMPARE(handed.value().closed.handedTo, QStringLiteral("Ravi"));
        QCOMPARE(handed.value().closed.difference->value, -1000);
        QVERIFY(next.isOpen());
        QCOMPARE(next.operatorName, QStringLiteral("Ravi"));
        QCOMPARE(next.openingCash.value, 799000);
        QCOMPARE(next.evalueOpen->value, 900);
        QCOMPARE(next.previousShiftId, first.id);
        QCOMPARE(next.openedAtMs, handed.value().closed.closedAtMs + 1);
        QCOMPARE(book.currentShift().value()->id, next.id);
        // A row made after the hand-over is the next shift's, and only its.
        clock.advanceMs(1);
        QVERIFY(journalRow(*store, QStringLiteral("W2"), TxKind::AepsWithdrawal, Paise {100}, TxState::Success));
        QCOMPARE(book.report().value().expectedCash.value, 799000 - 100);
        QCOMPARE(book.report(first.id).value().expectedCash.value, 800000);
        // The same hand-over again returns both shifts as recorded.
        auto again = book.close({QStringLiteral("h"), Paise {799000}, Paise {900}, QStringLiteral("Ravi")});
        QVERIFY(again.ok());
        QCOMPARE(again.value().next.id, next.id);
        QCOMPARE(countRows(*store, QStringLiteral("till_shifts")), 2);
        auto day = book.shiftsOn(QDate(2026, 12, 7));
        QVERIFY(day.ok());
        QCOMPARE(day.value().size(), 2);
        QCOMPARE(day.value().at(1).previousShiftId, first.id);
    }

    void theIstDayIsTheShiftsKey()
    {
        // 7 Dec 2026, 20:00 UTC is 8 Dec, 01:30 in India.
        ManualClock clock(QDateTime(QDate(2026, 12, 7), QTime(20, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        SAATHI_OPEN_TILL_STORE(store, freshPath(), clock);
        TillBook book(*store, CashDirections::defaults());
        QCOMPARE(book.openShift(opening(QStringLiteral("o"), 0)).value().istDay, QStringLiteral("2026-12-08"));
        QCOMPARE(book.shiftsOn(QDate(2026, 12, 8)).value().size(), 1);
        QVERIFY(book.shiftsOn(QDate(2026, 12, 7)).value().isEmpty());
    }

    void cashDirectionsComeFromSettings()
    {
        const CashDirections d = CashDirections::defaults();
        QCOMPARE(d.of(TxKind::AepsWithdrawal), CashDirection::Out);
        QCOMPARE(d.of(TxKind::DmtTransfer), CashDirection::In);
        QCOMPARE(d.of(TxKind::AadhaarPay), CashDirection::None);
        QCOMPARE(d.of(TxKind::Refund), CashDirection::Out);
        QCOMPARE(d.signedCash(TxKind::AepsWithdrawal, Paise {250}).value, -250);
        QSettings s(m_dir.filePath(QStringLiteral("directions.ini")), QSettings::IniFormat);
        s.setValue(QStringLiteral("till/cash_direction/aadhaar_pay"), QStringLiteral("in"));
        s.setValue(QStringLiteral("till/cash_direction/cash_withdrawal"), QStringLiteral("sideways"));
        s.setValue(QStringLiteral("till/cash_direction/dmt_transfer"), QStringLiteral("none"));
        const CashDirections configured = CashDirections::fromSettings(s);
        QCOMPARE(configured.of(TxKind::AadhaarPay), CashDirection::In);
        QCOMPARE(configured.of(TxKind::AepsWithdrawal), CashDirection::Out); // unknown value: the default
        QCOMPARE(configured.signedCash(TxKind::DmtTransfer, Paise {300}).value, 0);
        TxKind kind {};
        QVERIFY(parseReportKey(QStringLiteral("cash_withdrawal"), &kind));
        QCOMPARE(kind, TxKind::AepsWithdrawal);
        QVERIFY(parseReportKey(QStringLiteral("aeps_withdrawal"), &kind));
        QVERIFY(parseReportKey(QStringLiteral("dmt_transfer"), &kind));
        QCOMPARE(kind, TxKind::DmtTransfer);
        QVERIFY(!parseReportKey(QStringLiteral("cash"), &kind));
        QCOMPARE(reportKey(TxKind::AepsWithdrawal), QStringLiteral("cash_withdrawal"));
        QCOMPARE(wireName(CashDirection::None), QStringLiteral("none"));
    }
};

QTEST_GUILESS_MAIN(TestTillBook)
#include "TestTillBook.moc"
