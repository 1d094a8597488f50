// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "DayCloseFixture.h"
#include "core/dayclose/DayCloser.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace saathi;
using namespace saathi::dayclose;
using namespace saathi::journal;
using namespace saathi::test;

namespace {
const QDate kDay0(2026, 11, 30);
const QDate kDay1(2026, 12, 1);
const QDate kDay2(2026, 12, 2);
const QDate kDay3(2026, 12, 3);

const KindLine* kindOf(const DayCloseReport& r, TxKind kind)
{
    for (const KindLine& k : r.kinds) {
        if (k.kind == kind) {
            return &k;
        }
    }
    return nullptr;
}
} // namespace

class TestDayCloser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportAddsTheDayToThePaisa()
    {
        DayCloseFixture f;
        QVERIFY(f.open());
        f.at(kDay0, 18);
        QVERIFY(f.row(QStringLiteral("P0"), TxKind::AepsWithdrawal, Paise {10000}, TxState::Success, {}, {},
                      Paise {100000000}));
        f.at(kDay1, 9);
        const qint64 shift = f.openShift(QStringLiteral("Asha"), Paise::fromRupees(20000), Paise {50000000});
        QVERIFY(shift > 0);
        f.at(kDay1, 10);
        QVERIFY(f.row(QStringLiteral("W1"), TxKind::AepsWithdrawal, Paise {100000}, TxState::Success, Paise {0},
                      Paise {450}, Paise {49000000}));
        f.at(kDay1, 10, 5);
        QVERIFY(f.row(QStringLiteral("W2"), TxKind::AepsWithdrawal, Paise {250000}, TxState::Failed));
        f.at(kDay1, 10, 10);
        QVERIFY(f.row(QStringLiteral("W3"), TxKind::AepsWithdrawal, Paise {30050}, TxState::Pending));
        f.at(kDay1, 11);
        QVERIFY(f.row(QStringLiteral("D1"), TxKind::DmtTransfer, Paise {400000}, TxState::Success, Paise {4000},
                      Paise {1234}, Paise {12345678}));
        f.at(kDay1, 11, 30);
        QVERIFY(f.row(QStringLiteral("B1"), TxKind::BalanceEnquiry, Paise {0}, TxState::Success, {}, Paise {100}));
        f.at(kDay1, 12);
        QVERIFY(f.row(QStringLiteral("AP1"), TxKind::AadhaarPay, Paise {75025}, TxState::Success, Paise {750},
                      Paise {375}, Paise {11111111}));
        f.at(kDay1, 18);
        QVERIFY(f.closeShift(shift, Paise {2300000}, Paise {2299000}));
        f.at(kDay1, 18, 30);

        auto preview = DayCloser(*f.store).preview(kDay1);
        QVERIFY2(preview.ok(), qPrintable(preview.error().detail));
        const DayCloseReport& r = preview.value();
        QCOMPARE(r.number, 0);
        QCOMPARE(r.kinds.size(), 4);
        const KindLine* w = kindOf(r, TxKind::AepsWithdrawal);
        QVERIFY(w);
        QCOMPARE(w->count, 1);
        QCOMPARE(w->total, Paise {100000});
        QCOMPARE(w->attempted, 3);
        QCOMPARE(w->failed, 1);
        QCOMPARE(w->open, 1);
        QCOMPARE(w->commission, Paise {450});
        QCOMPARE(kindOf(r, TxKind::DmtTransfer)->total, Paise {400000});
        QCOMPARE(kindOf(r, TxKind::DmtTransfer)->fees, Paise {4000});
        QCOMPARE(kindOf(r, TxKind::AadhaarPay)->total, Paise {75025});
        QCOMPARE(kindOf(r, TxKind::BalanceEnquiry)->count, 1);
        QCOMPARE(r.fees, Paise {4750});
        QCOMPARE(r.commission, Paise {2159});
        QCOMPARE(r.evalueOpen, std::optional<Paise>(Paise {50000000})); // the first shift's, not yesterday's row
        QCOMPARE(r.evalueClose, std::optional<Paise>(Paise {11111111})); // the day's last balance
        QCOMPARE(r.cashExpected, Paise {2300000});
        QCOMPARE(r.cashCounted, Paise {2299000});
        QCOMPARE(r.cashDifference, Paise {-1000});
        QCOMPARE(r.shifts.size(), 1);
        QCOMPARE(r.shifts.first().operatorName, QStringLiteral("Asha"));
        QCOMPARE(r.unresolved.size(), 1);
        QCOMPARE(r.unresolved.first().clientRefId, QStringLiteral("W3"));
        QCOMPARE(r.unresolved.first().ageDays, 0);
        QVERIFY(!r.unresolved.first().carried);

        // The public JSON (README "day close").
        const QJsonObject json = toJson(r);
        const QJsonObject cw
            = json.value(QStringLiteral("kinds")).toObject().value(QStringLiteral("cash_withdrawal")).toObject();
        QCOMPARE(cw.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(cw.value(QStringLiteral("total_paise")).toInteger(), 100000);
        QVERIFY(json.value(QStringLiteral("kinds")).toObject().contains(QStringLiteral("dmt_transfer")));
        QCOMPARE(json.value(QStringLiteral("fees_paise")).toInteger(), 4750);
        QCOMPARE(json.value(QStringLiteral("commission_paise")).toInteger(), 2159);
        QCOMPARE(json.value(QStringLiteral("evalue_open_paise")).toInteger(), 50000000);
        QCOMPARE(json.value(QStringLiteral("cash_expected_paise")).toInteger(), 2300000);
        QCOMPARE(json.value(QStringLiteral("cash_counted_paise")).toInteger(), 2299000);
        const QJsonObject u = json.value(QStringLiteral("unresolved")).toArray().first().toObject();
        QCOMPARE(u.value(QStringLiteral("client_ref_id")).toString(), QStringLiteral("W3"));
        QCOMPARE(u.value(QStringLiteral("age_days")).toInt(), 0);

        DayCloseReport back;
        QVERIFY(fromJson(json, &back));
        QCOMPARE(toJson(back), json);
    }

    void evalueFallsBackToTheBalanceBeforeTheDay()
    {
        DayCloseFixture f;
        QVERIFY(f.open());
        f.at(kDay0, 20);
        QVERIFY(f.row(QStringLiteral("P0"), TxKind::AepsWithdrawal, Paise {10000}, TxState::Success, {}, {},
                      Paise {777700}));
        f.at(kDay1, 9);
        const qint64 shift = f.openShift(QStringLiteral("Ravi"), Paise {0}); // E-value not read at the open
        f.at(kDay1, 10);
        QVERIFY(f.row(QStringLiteral("W1"), TxKind::AepsWithdrawal, Paise {10000}, TxState::Success));
        QVERIFY(f.closeShift(shift, Paise {0}, Paise {0}));

        auto preview = DayCloser(*f.store).preview(kDay1);
        QVERIFY(preview.ok());
        QCOMPARE(preview.value().evalueOpen, std::optional<Paise>(Paise {777700}));
        QVERIFY(!preview.value().evalueClose);
        QVERIFY(toJson(preview.value()).value(QStringLiteral("evalue_close_paise")).isNull());

        auto closed = DayCloser(*f.store).close(kDay1, Paise {888800});
        QVERIFY(closed.ok());
        QCOMPARE(closed.value().evalueClose, std::optional<Paise>(Paise {888800}));

        auto empty = DayCloser(*f.store).preview(kDay0.addDays(-3)); // before anything was journaled
        QVERIFY(empty.ok());
        QVERIFY(!empty.value().evalueOpen);
        QVERIFY(empty.value().kinds.isEmpty());
    }

    void pendingRowIsCarriedUntilItReconciles()
    {
        DayCloseFixture f;
        QVERIFY(f.open());
        f.at(kDay1, 10);
        QVERIFY(f.row(QStringLiteral("W3"), TxKind::AepsWithdrawal, Paise {250000}, TxState::Pending));
        QVERIFY(f.row(QStringLiteral("S1"), TxKind::AepsWithdrawal, Paise {50000}, TxState::Sent)); // no answer
        f.at(kDay1, 11);
        QVERIFY(f.row(QStringLiteral("BE"), TxKind::BalanceEnquiry, Paise {0}, TxState::Sent)); // not money
        f.at(kDay1, 21);
        auto day1 = DayCloser(*f.store).close(kDay1);
        QVERIFY2(day1.ok(), qPrintable(day1.error().detail));
        QCOMPARE(day1.value().number, 1);
        QVERIFY(!day1.value().alreadyClosed);
        QCOMPARE(day1.value().unresolved.size(), 2);
        QCOMPARE(day1.value().unresolved.at(0).clientRefId, QStringLiteral("W3")); // oldest first
        QCOMPARE(day1.value().unresolved.at(0).ageDays, 0);

        f.at(kDay2, 9);
        QVERIFY(f.resolve(QStringLiteral("S1"), TxState::Failed));
        QVERIFY(f.row(QStringLiteral("X2"), TxKind::AepsWithdrawal, Paise {10000}, TxState::Success));
        f.at(kDay2, 21);
        auto day2 = DayCloser(*f.store).close(kDay2);
        QVERIFY(day2.ok());
        QCOMPARE(day2.value().number, 2);
        QCOMPARE(day2.value().unresolved.size(), 1);
        QCOMPARE(day2.value().unresolved.first().clientRefId, QStringLiteral("W3"));
        QCOMPARE(day2.value().unresolved.first().ageDays, 1);
        QVERIFY(day2.value().unresolved.first().carried);
        QCOMPARE(day2.value().clearedSinceLastClose, QList<QString> {QStringLiteral("S1")});

        f.at(kDay3, 9);
        QVERIFY(f.resolve(QStringLiteral("W3"), TxState::Success));
        f.at(kDay3, 21);
        auto day3 = DayCloser(*f.store).close(kDay3);
        QVERIFY(day3.ok());
        QCOMPARE(day3.value().number, 3);
        QVERIFY(day3.value().unresolved.isEmpty());
        QCOMPARE(day3.value().clearedSinceLastClose, QList<QString> {QStringLiteral("W3")});

        // A day's report is frozen: closing it again returns it as it was, under its number.
        auto again = DayCloser(*f.store).close(kDay1);
        QVERIFY(again.ok());
        QVERIFY(again.value().alreadyClosed);
        QCOMPARE(again.value().number, 1);
        QCOMPARE(again.value().unresolved.size(), 2);
        QCOMPARE(f.dayCloseRows(), 3);

        auto byNumber = DayCloser(*f.store).recordedNumber(2);
        QVERIFY(byNumber.ok() && byNumber.value());
        QCOMPARE(byNumber.value()->istDay, kDay2);
        auto byDay = DayCloser(*f.store).recorded(kDay3);
        QVERIFY(byDay.ok() && byDay.value());
        QCOMPARE(byDay.value()->number, 3);
        QVERIFY(!DayCloser(*f.store).recordedNumber(4).value());
    }

    void openShiftRefusesTheClose()
    {
        DayCloseFixture f;
        QVERIFY(f.open());
        f.at(kDay1, 9);
        const qint64 shift = f.openShift(QStringLiteral("Asha"), Paise::fromRupees(20000));
        f.at(kDay1, 20);
        auto refused = DayCloser(*f.store).close(kDay1);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("dayclose.shift_open"));
        QVERIFY(refused.error().userMessage.contains(QStringLiteral("Asha")));
        QCOMPARE(f.dayCloseRows(), 0);

        auto preview = DayCloser(*f.store).preview(kDay1);
        QVERIFY(preview.ok());
        QVERIFY(preview.value().shifts.first().isOpen());

        QVERIFY(f.closeShift(shift, Paise::fromRupees(20000), Paise::fromRupees(20000)));
        auto closed = DayCloser(*f.store).close(kDay1);
        QVERIFY(closed.ok());
        QCOMPARE(closed.value().number, 1);
        QCOMPARE(closed.value().cashExpected, Paise::fromRupees(20000));
    }

    void futureDayIsRefused()
    {
        DayCloseFixture f;
        QVERIFY(f.open());
        f.at(kDay1, 23, 59);
        auto close = DayCloser(*f.store).close(kDay2);
        QVERIFY(!close.ok());
        QCOMPARE(close.error().code, QStringLiteral("dayclose.future_day"));
        QCOMPARE(DayCloser(*f.store).preview(kDay2).error().code, QStringLiteral("dayclose.future_day"));
        QCOMPARE(f.dayCloseRows(), 0);
    }

    // A close is one FULL commit: a second connection (the next run after a kill, another process) finds exactly
    // one report and gets it back instead of writing a second.
    void secondCloserOnTheSameFileFindsOneReport()
    {
        DayCloseFixture f;
        QVERIFY(f.open());
        f.at(kDay1, 10);
        QVERIFY(f.row(QStringLiteral("W1"), TxKind::AepsWithdrawal, Paise {100000}, TxState::Success));
        f.at(kDay1, 20);
        auto first = DayCloser(*f.store).close(kDay1, Paise {123});
        QVERIFY(first.ok());

        SAATHI_OPEN_STORE(other, f.path(), f.clock);
        auto second = DayCloser(*other).close(kDay1);
        QVERIFY(second.ok());
        QVERIFY(second.value().alreadyClosed);
        QCOMPARE(second.value().number, first.value().number);
        QCOMPARE(second.value().closedAtMs, first.value().closedAtMs);
        QCOMPARE(second.value().evalueClose, std::optional<Paise>(Paise {123}));
        QCOMPARE(f.dayCloseRows(), 1);

        // The table is append-only: a report cannot be changed or removed afterwards.
        QSqlQuery q(other->database());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM day_closes")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE day_closes SET report_json = '{}'")));
    }
};

QTEST_GUILESS_MAIN(TestDayCloser)
#include "TestDayCloser.moc"
