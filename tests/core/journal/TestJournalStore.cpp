// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "JournalTestData.h"

#include <QSqlQuery>

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::test;

class TestJournalStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void durabilityPragmasReadBackAsPromised()
    {
        SAATHI_OPEN_STORE(store, path("pragmas.sqlite"), m_clock);
        auto d = store->durability();
        QVERIFY(d.ok());
        QCOMPARE(d.value().journalMode, QStringLiteral("wal"));
        QCOMPARE(d.value().synchronous, 2);
        QVERIFY(d.value().foreignKeys);
        QCOMPARE(d.value().secureDelete, 1);
        // markSent relaxes synchronous for one commit only (R2) and must put FULL back.
        QVERIFY(store->prepare(withdrawal(QStringLiteral("k1"), QStringLiteral("REF1"))).ok());
        QVERIFY(store->markSent(QStringLiteral("REF1")).ok());
        QCOMPARE(store->durability().value().synchronous, 2);
    }

    void preparedRowIsCommittedBeforeSending()
    {
        const QString file = path("committed.sqlite");
        SAATHI_OPEN_STORE(store, file, m_clock);
        auto p = store->prepare(withdrawal(QStringLiteral("k-commit"), QStringLiteral("REFC")));
        QVERIFY(p.ok());
        QVERIFY(p.value().created);
        QCOMPARE(p.value().record.state, TxState::Prepared);
        // A second connection (another process after a crash) sees the row at once.
        SAATHI_OPEN_STORE(other, file, m_clock);
        auto seen = other->find(QStringLiteral("REFC"));
        QVERIFY(seen.ok() && seen.value().has_value());
        QCOMPARE(seen.value()->amount, Paise::fromRupees(500));
        QCOMPARE(seen.value()->maskedAadhaar(), QStringLiteral("XXXX XXXX 7058"));
        QCOMPARE(seen.value()->consentLanguage, QStringLiteral("hi"));
        QVERIFY(seen.value()->nextAttemptAtMs > 0); // the reconciler will ask about it even if the app dies now
    }

    void sameSubmissionKeyTwiceYieldsOneRowAndOneSend()
    {
        SAATHI_OPEN_STORE(store, path("idem.sqlite"), m_clock);
        const auto request = withdrawal(QStringLiteral("form-token-1"), QStringLiteral("REFI1"));
        auto first = store->prepare(request);
        QVERIFY(first.ok() && first.value().mustSend());
        QVERIFY(store->markSent(QStringLiteral("REFI1")).ok());
        // Double click: the same form token with a freshly drawn client_ref_id.
        auto again = request;
        again.clientRefId = QStringLiteral("REFI2");
        auto second = store->prepare(again);
        QVERIFY(second.ok());
        QVERIFY(!second.value().mustSend());
        QCOMPARE(second.value().record.clientRefId, QStringLiteral("REFI1"));
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM transactions")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // The row is past prepared: it can never be claimed for sending again.
        auto resend = store->markSent(QStringLiteral("REFI1"));
        QVERIFY(!resend.ok());
        QCOMPARE(resend.error().code, QStringLiteral("journal.already_sent"));
    }

    void onlyOneCallerClaimsAPreparedRow()
    {
        SAATHI_OPEN_STORE(store, path("claim.sqlite"), m_clock);
        QVERIFY(store->prepare(withdrawal(QStringLiteral("k-claim"), QStringLiteral("REFCL"))).ok());
        SAATHI_OPEN_STORE(other, path("claim.sqlite"), m_clock);
        QVERIFY(store->markSent(QStringLiteral("REFCL")).ok());
        QVERIFY(!other->markSent(QStringLiteral("REFCL")).ok());
    }

    void sameCustomerAmountAndKindWithinTenMinutesIsFlagged()
    {
        SAATHI_OPEN_STORE(store, path("n5.sqlite"), m_clock);
        QVERIFY(store->prepare(withdrawal(QStringLiteral("n5-1"), QStringLiteral("N51"), 1000)).ok());
        m_clock.advanceMs(5 * 60'000);
        const auto second = withdrawal(QStringLiteral("n5-2"), QStringLiteral("N52"), 1000);
        auto similar = store->similarRecent(second, 10 * 60'000);
        QVERIFY(similar.ok());
        QCOMPARE(similar.value().size(), 1);
        QCOMPARE(similar.value().first().clientRefId, QStringLiteral("N51"));
        QVERIFY(store->similarRecent(withdrawal(QStringLiteral("n5-3"), QStringLiteral("N53"), 900), 10 * 60'000)
                    .value()
                    .isEmpty());
        m_clock.advanceMs(6 * 60'000);
        QVERIFY(store->similarRecent(second, 10 * 60'000).value().isEmpty());
    }

    void reusedKeyWithOtherDetailsIsRefused()
    {
        SAATHI_OPEN_STORE(store, path("reuse.sqlite"), m_clock);
        QVERIFY(store->prepare(withdrawal(QStringLiteral("k-r"), QStringLiteral("REFR1"), 500)).ok());
        auto other = store->prepare(withdrawal(QStringLiteral("k-r"), QStringLiteral("REFR2"), 900));
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, QStringLiteral("journal.key_reused"));
    }

    void aadhaarColumnHoldsAtMostFourDigits()
    {
        SAATHI_OPEN_STORE(store, path("a2.sqlite"), m_clock);
        auto r = withdrawal(QStringLiteral("k-a"), QStringLiteral("REFA"));
        r.aadhaarLast4 = kJournalTestAadhaar;
        auto refused = store->prepare(r);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().detail.contains(kJournalTestAadhaar));
        // The schema refuses it too, whatever code writes.
        QSqlQuery q(store->database());
        q.prepare(QStringLiteral("INSERT INTO transactions (client_ref_id, kind, state, amount_paise, aadhaar_last4, "
                                 "agent_user_code, created_at_ms, updated_at_ms) VALUES "
                                 "('X1','aeps_withdrawal','prepared',100,?,'u',0,0)"));
        q.addBindValue(kJournalTestAadhaar);
        QVERIFY(!q.exec());
        // And amounts are integers.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO transactions (client_ref_id, kind, state, amount_paise, "
                                       "agent_user_code, created_at_ms, updated_at_ms) VALUES "
                                       "('X2','aeps_withdrawal','prepared',100.5,'u',0,0)")));
    }

    void outcomeIsJournaledWithAnAuditTrail()
    {
        SAATHI_OPEN_STORE(store, path("trail.sqlite"), m_clock);
        const QString ref = QStringLiteral("REFT");
        QVERIFY(store->prepare(withdrawal(QStringLiteral("k-t"), ref)).ok());
        QVERIFY(store->markSent(ref).ok());
        m_clock.advanceMs(5000);
        Outcome o = answer(TxState::Success, Source::Response, QStringLiteral("TID77"));
        o.txStatus = 0;
        o.rrn = QStringLiteral("331512345678");
        o.fee = Paise {0};
        o.commission = Paise {250};
        o.balance = Paise::fromRupees(12000);
        auto done = store->recordOutcome(ref, o);
        QVERIFY2(done.ok(), qPrintable(done.error().detail));
        QCOMPARE(done.value().state, TxState::Success);
        QCOMPARE(done.value().commission->value, 250);
        QCOMPARE(done.value().nextAttemptAtMs, 0);
        auto events = store->events(ref);
        QVERIFY(events.ok());
        QCOMPARE(events.value().size(), 3);
        QVERIFY(!events.value().at(0).from.has_value());
        QCOMPARE(*events.value().at(2).from, TxState::Sent);
        QCOMPARE(events.value().at(2).to, TxState::Success);
        QCOMPARE(events.value().at(2).source, Source::Response);
        auto byRrn = store->findByReference(QStringLiteral("331512345678"));
        QVERIFY(byRrn.ok() && byRrn.value().has_value());
        QCOMPARE(byRrn.value()->clientRefId, ref);
    }

    void statesNeverMoveBackwards()
    {
        SAATHI_OPEN_STORE(store, path("forward.sqlite"), m_clock);
        const QString ref = QStringLiteral("REFF");
        QVERIFY(store->prepare(withdrawal(QStringLiteral("k-f"), ref)).ok());
        QVERIFY(store->markSent(ref).ok());
        QVERIFY(store->recordOutcome(ref, answer(TxState::Unknown)).ok());
        QVERIFY(store->recordOutcome(ref, answer(TxState::Success, Source::Inquiry)).ok());
        // The money call's late answer says "failed": refused, the confirmed success stays.
        auto stale = store->recordOutcome(ref, answer(TxState::Failed, Source::Response));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, QStringLiteral("journal.stale_outcome"));
        QCOMPARE(store->find(ref).value()->state, TxState::Success);
        // Repeating the final state only fills fields still empty (one audit event); with nothing new, nothing.
        QVERIFY(store->recordOutcome(ref, answer(TxState::Success, Source::Response, QStringLiteral("T9"))).ok());
        QCOMPARE(store->find(ref).value()->tid, QStringLiteral("T9"));
        QCOMPARE(store->events(ref).value().size(), 5);
        QCOMPARE(store->events(ref).value().last().to, TxState::Success);
        QVERIFY(store->recordOutcome(ref, answer(TxState::Success, Source::Response, QStringLiteral("T10"))).ok());
        QCOMPARE(store->find(ref).value()->tid, QStringLiteral("T9"));
        QCOMPARE(store->events(ref).value().size(), 5);
    }

    void failedBecomesSuccessOnlyFromALookup()
    {
        QVERIFY(!canTransition(TxState::Failed, TxState::Success, Source::Response));
        QVERIFY(canTransition(TxState::Failed, TxState::Success, Source::Inquiry));
        QVERIFY(!canTransition(TxState::Success, TxState::Failed, Source::Inquiry));
        QVERIFY(!canTransition(TxState::Sent, TxState::Prepared, Source::Local));
        QVERIFY(!canTransition(TxState::Unknown, TxState::Sent, Source::Local));
        QVERIFY(!canTransition(TxState::Sent, TxState::NotSent, Source::Response));
        QVERIFY(canTransition(TxState::Prepared, TxState::NotSent, Source::Local));
        QVERIFY(!canTransition(TxState::Refunded, TxState::Success, Source::Inquiry));
        QCOMPARE(stateForTxStatus(2), TxState::Pending);
        QCOMPARE(stateForTxStatus(5), TxState::Pending);
        QCOMPARE(stateForTxStatus(4), TxState::Refunded);
    }

    void editingTheFileOutsideTheAppBreaksTheChain()
    {
        SAATHI_OPEN_STORE(store, path("chain.sqlite"), m_clock);
        for (int i = 0; i < 5; ++i) {
            const QString ref = QStringLiteral("CH%1").arg(i);
            QVERIFY(store->prepare(withdrawal(QStringLiteral("ck%1").arg(i), ref)).ok());
            QVERIFY(store->markSent(ref).ok());
            QVERIFY(store->recordOutcome(ref, answer(TxState::Success, Source::Response, QStringLiteral("T"))).ok());
        }
        auto clean = store->verifyChain();
        QVERIFY(clean.ok());
        QVERIFY(clean.value().intact);
        QCOMPARE(clean.value().events, 15);
        QCOMPARE(clean.value().transactions, 5);
        QSqlQuery q(store->database());
        // "sqlite3 journal.sqlite 'UPDATE transactions SET amount_paise = …'"
        QVERIFY(q.exec(QStringLiteral("UPDATE transactions SET amount_paise = 99900 WHERE client_ref_id = 'CH2'")));
        auto edited = store->verifyChain().value();
        QVERIFY(!edited.intact);
        QCOMPARE(edited.firstBadClientRefId, QStringLiteral("CH2"));
        QCOMPARE(edited.firstBadEventId, 0);
        // Removing an event from the trail is caught by the chain itself.
        QVERIFY(q.exec(QStringLiteral("UPDATE transactions SET amount_paise = 50000 WHERE client_ref_id = 'CH2'")));
        QVERIFY(store->verifyChain().value().intact);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM events WHERE id = 7")));
        QCOMPARE(store->verifyChain().value().firstBadEventId, 8);
    }

    void rawBodiesArePurgedAfterRetention()
    {
        SAATHI_OPEN_STORE(store, path("purge.sqlite"), m_clock);
        const QString ref = QStringLiteral("REFP");
        QVERIFY(store->prepare(withdrawal(QStringLiteral("k-p"), ref)).ok());
        QVERIFY(store
                    ->recordOutcome(ref,
                                    answer(TxState::Failed, Source::Response, QString(),
                                           QStringLiteral("{\"status\":1,\"message\":\"declined\"}")))
                    .ok());
        QVERIFY(!store->find(ref).value()->rawResponse.isEmpty());
        m_clock.advanceMs(1000);
        auto purged = store->purgeRawResponses(m_clock.nowMs());
        QVERIFY(purged.ok());
        QCOMPARE(purged.value(), 1);
        QVERIFY(store->find(ref).value()->rawResponse.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJournalStore)
#include "TestJournalStore.moc"
