// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Issue #19: the rows whose customer may have been debited, on a real journal file: what is still to chase with its
// clock, and what the returning customer (found by mobile) hears once the reconciler made the row final.
#include "../journal/JournalTestData.h"
#include "core/claims/StuckMoney.h"

using namespace saathi;
using namespace saathi::claims;
using namespace saathi::journal;
using namespace saathi::test;

namespace {

const QString kMobile = QStringLiteral("9876543210");
const QString kOther = QStringLiteral("9123456780");

qint64 ist(int day, int hour = 10)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, 0), Clock::istZone()).toMSecsSinceEpoch();
}

const StuckRow* find(const QList<StuckRow>& rows, const QString& ref)
{
    for (const StuckRow& r : rows) {
        if (r.row.clientRefId == ref) {
            return &r;
        }
    }
    return nullptr;
}

QStringList refs(const QList<StuckRow>& rows)
{
    QStringList out;
    for (const StuckRow& r : rows) {
        out << r.row.clientRefId;
    }
    return out;
}

} // namespace

class TestStuckMoney : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock {ist(3)};
    std::unique_ptr<JournalStore> m_store;
    ClaimRules m_rules = ClaimRules::builtIn();

    bool send(const QString& ref, qint64 rupees, const QString& mobile, TxState state, Source source = Source::Response)
    {
        return m_store->prepare(withdrawal(QStringLiteral("k-") + ref, ref, rupees, mobile)).ok()
            && m_store->markSent(ref).ok() && m_store->recordOutcome(ref, answer(state, source)).ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = JournalStore::open(m_dir.filePath(QStringLiteral("stuck.sqlite")), m_clock, storeOptions());
        QVERIFY2(opened.ok(), qPrintable(opened.error().detail));
        m_store = std::move(opened.value());
        // 3 Dec: one pending, one unknown, one pending that will succeed, a direct success, another customer's
        // failure and a balance enquiry (no money).
        QVERIFY(send(QStringLiteral("WAIT1"), 2500, kMobile, TxState::Pending));
        m_clock.advanceMs(60000);
        QVERIFY(send(QStringLiteral("LOST1"), 2500, kMobile, TxState::Unknown));
        m_clock.advanceMs(60000);
        QVERIFY(send(QStringLiteral("LATE1"), 1000, kMobile, TxState::Pending));
        m_clock.advanceMs(60000);
        QVERIFY(send(QStringLiteral("DONE1"), 700, kMobile, TxState::Success));
        m_clock.advanceMs(60000);
        QVERIFY(send(QStringLiteral("FAIL2"), 3000, kOther, TxState::Failed));
        PrepareRequest balance = withdrawal(QStringLiteral("k-BAL1"), QStringLiteral("BAL1"), 0, kMobile);
        balance.kind = TxKind::BalanceEnquiry;
        QVERIFY(m_store->prepare(balance).ok() && m_store->markSent(QStringLiteral("BAL1")).ok());
        QVERIFY(m_store->recordOutcome(QStringLiteral("BAL1"), answer(TxState::Failed)).ok());
        // 5 Dec: the reconciler hears "failed" for LOST1 and "success" for LATE1.
        m_clock.setNowMs(ist(5, 9));
        QVERIFY(m_store->recordOutcome(QStringLiteral("LOST1"), answer(TxState::Failed, Source::Inquiry)).ok());
        QVERIFY(m_store->recordOutcome(QStringLiteral("LATE1"), answer(TxState::Success, Source::Inquiry)).ok());
        m_clock.setNowMs(ist(5, 18));
    }

    void pendingRowIsStillBeingCheckedWithItsClock()
    {
        const auto chase = StuckMoney(*m_store, m_rules).toChase(m_clock.nowMs());
        QVERIFY2(chase.ok(), qPrintable(chase.error().detail));
        QCOMPARE(refs(chase.value()), (QStringList {QStringLiteral("WAIT1"), QStringLiteral("FAIL2")}));
        const StuckRow& wait = chase.value().at(0);
        QVERIFY(!wait.resolved);
        QCOMPARE(wait.clock.deadline, QDate(2026, 12, 8));
        QCOMPARE(wait.clock.daysSince, 2);
        QCOMPARE(StuckMoney::tellCustomer(wait),
                 QStringLiteral("Your ₹2,500 of 3 Dec is still being checked: day 2 of 5, due back by 8 Dec."));
        QCOMPARE(StuckMoney::clockText(wait), QStringLiteral("Day 2 of 5 · due back by 8 Dec"));
    }

    void reconciledFailedIsReversedOnItsDay()
    {
        const auto rows = StuckMoney(*m_store, m_rules).forMobile(kMobile, m_clock.nowMs());
        QVERIFY2(rows.ok(), qPrintable(rows.error().detail));
        const StuckRow* lost = find(rows.value(), QStringLiteral("LOST1"));
        QVERIFY(lost);
        QVERIFY(lost->resolved);
        QCOMPARE(lost->resolvedAtMs, ist(5, 9));
        QCOMPARE(StuckMoney::tellCustomer(*lost), QStringLiteral("Your ₹2,500 of 3 Dec was reversed on 5 Dec."));
    }

    void reconciledSuccessMeansPayTheCash()
    {
        const auto rows = StuckMoney(*m_store, m_rules).forMobile(kMobile, m_clock.nowMs());
        QVERIFY(rows.ok());
        const StuckRow* late = find(rows.value(), QStringLiteral("LATE1"));
        QVERIFY(late);
        QVERIFY(late->resolved);
        QCOMPARE(StuckMoney::tellCustomer(*late),
                 QStringLiteral("Your ₹1,000 of 3 Dec went through on 5 Dec: pay the cash."));
    }

    void forMobileIsOnlyThatCustomersStuckRowsNewestFirst()
    {
        const auto rows = StuckMoney(*m_store, m_rules).forMobile(kMobile, m_clock.nowMs());
        QVERIFY(rows.ok());
        // Not DONE1 (never stuck), not the balance enquiry, not the other customer's FAIL2.
        QCOMPARE(refs(rows.value()),
                 (QStringList {QStringLiteral("LATE1"), QStringLiteral("LOST1"), QStringLiteral("WAIT1")}));
        const auto other = StuckMoney(*m_store, m_rules).forMobile(kOther, m_clock.nowMs());
        QCOMPARE(refs(other.value()), QStringList {QStringLiteral("FAIL2")});
        QVERIFY(!other.value().at(0).resolved);
        QCOMPARE(StuckMoney::tellCustomer(other.value().at(0)),
                 QStringLiteral("Your ₹3,000 of 3 Dec failed. If your account was debited, the bank must return it "
                                "by 8 Dec."));
        QVERIFY(StuckMoney(*m_store, m_rules).forMobile(QStringLiteral("98765"), m_clock.nowMs()).value().isEmpty());
    }

    void overdueRowsOweCompensationAndOldFailuresDropOff()
    {
        StuckMoney stuck(*m_store, m_rules);
        const auto late = stuck.toChase(ist(11));
        QVERIFY(late.ok());
        const StuckRow* wait = find(late.value(), QStringLiteral("WAIT1"));
        QVERIFY(wait);
        QCOMPARE(StuckMoney::clockText(*wait), QStringLiteral("Overdue 3 days: ₹300 compensation due"));
        // A failure is chased for its window plus the grace; an open row until it is final, however old.
        const auto much = stuck.toChase(ist(3) + 40LL * 24 * 3600 * 1000, 30);
        QCOMPARE(refs(much.value()), QStringList {QStringLiteral("WAIT1")});
    }

    void slipIsRefusedForRowsWithoutAClaim()
    {
        StuckMoney stuck(*m_store, m_rules);
        QVERIFY(stuck.slip(QStringLiteral("WAIT1"), {}, QStringLiteral("en"), m_clock.nowMs()).ok());
        QCOMPARE(stuck.slip(QStringLiteral("DONE1"), {}, QStringLiteral("en"), m_clock.nowMs()).error().code,
                 QStringLiteral("claims.no_claim"));
        QCOMPARE(stuck.slip(QStringLiteral("NOPE"), {}, QStringLiteral("en"), m_clock.nowMs()).error().code,
                 QStringLiteral("claims.not_found"));
    }
};

QTEST_GUILESS_MAIN(TestStuckMoney)
#include "TestStuckMoney.moc"
