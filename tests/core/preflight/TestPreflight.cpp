// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Issue #18: the one pre-flight step on a real SQLite journal file: every check with its severity, field and
// advice, the verdict, the suggestions from the memory, the IST day rollover, and a VID that skips the customer checks.
#include "../journal/JournalTestData.h"
#include "core/crypto/CustomerToken.h"
#include "core/preflight/CustomerMemory.h"
#include "core/preflight/Preflight.h"

using namespace saathi;
using saathi::journal::PrepareRequest;
using saathi::journal::TxKind;
using namespace saathi::preflight;
using namespace saathi::test;

namespace {

QString tokenFor(const char* digits)
{
    static const CustomerTokenizer tokenizer
        = CustomerTokenizer::fromKey(SecureBytes(QByteArray(CustomerTokenizer::kKeyBytes, 'p'))).value();
    return tokenizer.token(SecureBytes(QByteArray(digits)));
}

// 23:00 IST: an hour later it is the next IST day.
qint64 lateEveningIst()
{
    return QDateTime(QDate(2026, 12, 7), QTime(23, 0), Clock::istZone()).toMSecsSinceEpoch();
}

Request withdrawalRequest(const ManualClock& clock, const QString& bank = QStringLiteral("SBIN"))
{
    Request r;
    r.kind = TxKind::AepsWithdrawal;
    r.amount = Paise::fromRupees(500);
    r.bankCode = bank;
    r.customerToken = tokenFor("999941057058");
    r.istDay = clock.istDate();
    r.agent.ekycDone = true;
    r.agent.dailyLoginToday = true;
    return r;
}

QList<Check> checks(const QList<Reason>& reasons)
{
    QList<Check> out;
    for (const Reason& r : reasons) {
        out.append(r.check);
    }
    return out;
}

} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString nextPath() { return m_dir.filePath(QStringLiteral("journal%1.sqlite").arg(++m_files)); }

private Q_SLOTS:
    void aKnownGoodCustomerGoesWithSuggestions()
    {
        ManualClock clock(lateEveningIst());
        SAATHI_OPEN_STORE(store, nextPath(), clock);
        const Request r = withdrawalRequest(clock);
        CustomerMemory memory(store->database());
        QVERIFY(
            memory.learnBank(r.customerToken, QStringLiteral("PUNB"), Conclusion::BankWorked, 100, r.istDay).isNull());
        QVERIFY(
            memory.learnBank(r.customerToken, QStringLiteral("SBIN"), Conclusion::BankWorked, 200, r.istDay).isNull());
        QVERIFY(memory.learnFinger(r.customerToken, device::Finger::LeftIndex, 200).isNull());
        const Outcome o = Preflight::evaluate(*store, r);
        QVERIFY2(o.reasons.isEmpty(), qPrintable(o.reasons.value(0).message));
        QVERIFY(o.isGo());
        QCOMPARE(o.suggestedBank, QStringLiteral("SBIN")); // the newest that worked
        QCOMPARE(o.suggestedFinger, device::Finger::LeftIndex);
    }

    void agentChecksStopWithoutAField()
    {
        ManualClock clock(lateEveningIst());
        Request r = withdrawalRequest(clock);
        r.agent.ekycDone = false;
        QList<Reason> reasons = Preflight::localChecks(r);
        QCOMPARE(checks(reasons), QList<Check> {Check::Ekyc});
        QCOMPARE(reasons.at(0).severity, Severity::Stop);
        QVERIFY(reasons.at(0).field.isEmpty());
        QVERIFY(reasons.at(0).message.contains(QStringLiteral("eKYC")));

        r.agent.ekycDone = true;
        r.agent.dailyLoginToday = false;
        reasons = Preflight::localChecks(r);
        QCOMPARE(checks(reasons), QList<Check> {Check::DailyLogin});
        QVERIFY(reasons.at(0).message.contains(QStringLiteral("daily login")));
        // The daily login itself, and DMT, need no daily login.
        r.needsAgentLogin = false;
        QVERIFY(Preflight::localChecks(r).isEmpty());
        r.needsAgentLogin = true;
        r.kind = TxKind::DmtTransfer;
        QVERIFY(Preflight::localChecks(r).isEmpty());
    }

    void amountLimitAndDmtRoomStopAtTheAmount()
    {
        ManualClock clock(lateEveningIst());
        Request r = withdrawalRequest(clock);
        r.amount = Paise::fromRupees(10000);
        QVERIFY(Preflight::localChecks(r).isEmpty());
        r.amount = Paise::fromRupees(10050);
        QList<Reason> reasons = Preflight::localChecks(r);
        QCOMPARE(checks(reasons), QList<Check> {Check::AmountLimit});
        QCOMPARE(reasons.at(0).field, QStringLiteral("amount"));
        QVERIFY(reasons.at(0).message.contains(QStringLiteral("₹10000")));

        Request dmt;
        dmt.kind = TxKind::DmtTransfer;
        dmt.needsAgentLogin = false;
        dmt.amount = Paise::fromRupees(12000); // split into parts: no per-transaction limit here
        QVERIFY(Preflight::localChecks(dmt).isEmpty());
        dmt.dmtMonthlyRoom = Paise::fromRupees(12000);
        QVERIFY(Preflight::localChecks(dmt).isEmpty());
        dmt.dmtMonthlyRoom = Paise::fromRupees(11999);
        reasons = Preflight::localChecks(dmt);
        QCOMPARE(checks(reasons), QList<Check> {Check::DmtMonthlyRoom});
        QCOMPARE(reasons.at(0).severity, Severity::Stop);
        QCOMPARE(reasons.at(0).field, QStringLiteral("amount"));
    }

    void strikeGuardWarnsThenStopsUntilTheTestCapture()
    {
        ManualClock clock(lateEveningIst());
        Request r = withdrawalRequest(clock);
        r.needsAgentLogin = false; // the daily login itself
        r.agentFinger = true;
        r.agent.failedAuthStreak = 1;
        QVERIFY(Preflight::localChecks(r).isEmpty());
        r.agent.failedAuthStreak = 2;
        QList<Reason> reasons = Preflight::localChecks(r);
        QCOMPARE(checks(reasons), QList<Check> {Check::AgentStrikes});
        QCOMPARE(reasons.at(0).severity, Severity::Stop);
        QVERIFY(reasons.at(0).message.contains(QStringLiteral("Test the device")));
        r.agent.testCapturePassed = true;
        reasons = Preflight::localChecks(r);
        QCOMPARE(reasons.at(0).severity, Severity::Warn);
        QVERIFY(reasons.at(0).message.contains(QStringLiteral("third failure")));
        // The customer's own finger is not the agent's: no strike guard.
        r.agentFinger = false;
        QVERIFY(Preflight::localChecks(r).isEmpty());
    }

    void sixthWithdrawalOfTheDayStops()
    {
        ManualClock clock(lateEveningIst());
        SAATHI_OPEN_STORE(store, nextPath(), clock);
        const Request r = withdrawalRequest(clock);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(Preflight::evaluate(*store, r).verdict(), Verdict::Go);
            PrepareRequest p = withdrawal(QStringLiteral("k%1").arg(i), QStringLiteral("PF%1").arg(i));
            p.customerToken = r.customerToken;
            QVERIFY(store->prepare(p).ok());
        }
        const Outcome o = Preflight::evaluate(*store, r);
        QCOMPARE(o.verdict(), Verdict::Stop);
        QCOMPARE(checks(o.reasons), QList<Check> {Check::CustomerDailyCount});
        QCOMPARE(o.reasons.at(0).field, QStringLiteral("aadhaar"));
        // A balance enquiry is not a withdrawal.
        Request enquiry = r;
        enquiry.kind = TxKind::BalanceEnquiry;
        enquiry.amount = Paise();
        QVERIFY(Preflight::evaluate(*store, enquiry).isGo());
    }

    void notLinkedBankWarnsAndNamesTheBankThatWorked()
    {
        ManualClock clock(lateEveningIst());
        SAATHI_OPEN_STORE(store, nextPath(), clock);
        Request r = withdrawalRequest(clock, QStringLiteral("PUNB"));
        CustomerMemory memory(store->database());
        QVERIFY(
            memory.learnBank(r.customerToken, QStringLiteral("PUNB"), Conclusion::NotLinked, 100, r.istDay).isNull());
        Outcome o = Preflight::evaluate(*store, r);
        QCOMPARE(o.verdict(), Verdict::Warn);
        QCOMPARE(checks(o.reasons), QList<Check> {Check::BankNotLinked});
        QCOMPARE(o.reasons.at(0).field, QStringLiteral("bank"));
        QVERIFY(o.suggestedBank.isEmpty());
        QVERIFY(!o.reasons.at(0).message.contains(QStringLiteral("SBIN")));
        QVERIFY(
            memory.learnBank(r.customerToken, QStringLiteral("SBIN"), Conclusion::BankWorked, 200, r.istDay).isNull());
        o = Preflight::evaluate(*store, r);
        QCOMPARE(o.suggestedBank, QStringLiteral("SBIN"));
        QVERIFY(o.reasons.at(0).message.contains(QStringLiteral("SBIN")));
        // Another customer at the same bank is not warned; another bank of this customer neither.
        Request other = r;
        other.customerToken = tokenFor("999971658847");
        QVERIFY(Preflight::evaluate(*store, other).isGo());
        r.bankCode = QStringLiteral("SBIN");
        QVERIFY(Preflight::evaluate(*store, r).isGo());
    }

    void bankLimitIsFlaggedUntilTheIstDayEnds()
    {
        ManualClock clock(lateEveningIst());
        SAATHI_OPEN_STORE(store, nextPath(), clock);
        const Request r = withdrawalRequest(clock);
        QVERIFY(CustomerMemory(store->database())
                    .learnBank(r.customerToken, r.bankCode, Conclusion::LimitExhausted, clock.nowMs(), r.istDay)
                    .isNull());
        const Outcome today = Preflight::evaluate(*store, r);
        QCOMPARE(checks(today.reasons), QList<Check> {Check::BankLimitToday});
        QCOMPARE(today.reasons.at(0).severity, Severity::Warn);
        QCOMPARE(today.reasons.at(0).field, QStringLiteral("bank"));
        // 90 minutes later it is the next day in India (still the same UTC day): no longer flagged.
        clock.advanceMs(90 * 60'000);
        QCOMPARE(clock.nowUtc().date(), QDate(2026, 12, 7));
        QVERIFY(Preflight::evaluate(*store, withdrawalRequest(clock)).isGo());
    }

    void aVidSkipsTheCustomerChecksWithANote()
    {
        ManualClock clock(lateEveningIst());
        SAATHI_OPEN_STORE(store, nextPath(), clock);
        Request r = withdrawalRequest(clock);
        r.customerToken.clear();
        const Outcome o = Preflight::evaluate(*store, r);
        QCOMPARE(checks(o.reasons), QList<Check> {Check::CustomerChecksSkipped});
        QCOMPARE(o.reasons.at(0).severity, Severity::Note);
        QCOMPARE(o.verdict(), Verdict::Go);
        QCOMPARE(o.withSeverity(Severity::Note).size(), 1);
        QVERIFY(o.withSeverity(Severity::Warn).isEmpty());
    }

    void reasonsAreOrderedStopsWarningsNotes()
    {
        ManualClock clock(lateEveningIst());
        SAATHI_OPEN_STORE(store, nextPath(), clock);
        Request r = withdrawalRequest(clock);
        r.agentFinger = true; // a withdrawal with merchant authentication
        r.agent.failedAuthStreak = 2;
        r.agent.testCapturePassed = true; // warn
        r.amount = Paise::fromRupees(20000); // stop
        r.customerToken.clear(); // note
        const Outcome o = Preflight::evaluate(*store, r);
        QCOMPARE(checks(o.reasons),
                 (QList<Check> {Check::AmountLimit, Check::AgentStrikes, Check::CustomerChecksSkipped}));
        QCOMPARE(o.verdict(), Verdict::Stop);
        QCOMPARE(o.withSeverity(Severity::Stop).size(), 1);
        QCOMPARE(o.withSeverity(Severity::Warn).size(), 1);
        for (const Reason& reason : o.reasons) {
            QVERIFY(!reason.message.isEmpty());
        }
    }

    void wireNamesAreStable()
    {
        QCOMPARE(wireName(Check::BankNotLinked), QStringLiteral("bank_not_linked"));
        QCOMPARE(wireName(Check::CustomerDailyCount), QStringLiteral("customer_daily_count"));
        QCOMPARE(wireName(Check::CustomerChecksSkipped), QStringLiteral("customer_checks_skipped"));
        QCOMPARE(wireName(Check::AgentStrikes), QStringLiteral("agent_strikes"));
        QCOMPARE(wireName(Check::DailyLogin), QStringLiteral("daily_login"));
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "TestPreflight.moc"
