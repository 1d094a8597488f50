// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "JournalTestData.h"
#include "core/journal/EventChain.h"
#include "core/journal/JournalDatabase.h"
#include "core/journal/JournalSchema.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::test;

class TestJournalSchema : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static void insertV1Row(QSqlDatabase& db, const char* ref, const char* state, qint64 createdMs)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO transactions (client_ref_id, kind, state, amount_paise, customer_mobile, "
                                 "aadhaar_last4, agent_user_code, created_at_ms, updated_at_ms) "
                                 "VALUES (?, 'aeps_withdrawal', ?, 150000, '9876543210', '7058', '20810200', ?, ?)"));
        q.addBindValue(QString::fromLatin1(ref));
        q.addBindValue(QString::fromLatin1(state));
        q.addBindValue(createdMs);
        q.addBindValue(createdMs);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QSqlQuery ev(db);
        QVERIFY(ev.exec(QStringLiteral("INSERT INTO events (transaction_id, at_ms, to_state, source) "
                                       "VALUES (last_insert_rowid(), %1, 'prepared', 'local')")
                            .arg(createdMs)));
    }

private Q_SLOTS:
    void versionOneFileIsMigratedForward()
    {
        const QString file = path("v1.sqlite");
        {
            JournalDatabase db;
            QVERIFY(db.open(file, {}).isNull());
            auto v = schema::migrate(db.db(), m_clock.nowMs(), 1);
            QVERIFY2(v.ok(), qPrintable(v.error().detail));
            QCOMPARE(v.value(), 1);
            insertV1Row(db.db(), "OLDSENT", "sent", m_clock.nowMs() - 3'600'000);
            insertV1Row(db.db(), "OLDDONE", "success", m_clock.nowMs() - 7'200'000);
            QSqlQuery q(db.db());
            // v1 has no idempotency column yet.
            QVERIFY(!q.exec(QStringLiteral("SELECT submission_key FROM transactions")));
        }
        m_clock.advanceMs(60'000);
        // A file with rows from before v5 is nobody's environment's journal: it opens only without one.
        SAATHI_OPEN_STORE_WITH(store, file, m_clock, storeOptions(std::nullopt));
        QCOMPARE(schema::version(store->database()).value(), schema::kLatestVersion);
        auto sent = store->find(QStringLiteral("OLDSENT"));
        QVERIFY(sent.ok() && sent.value().has_value());
        QCOMPARE(sent.value()->state, TxState::Sent);
        QCOMPARE(sent.value()->amount, Paise::fromRupees(1500));
        QCOMPARE(sent.value()->nextAttemptAtMs, m_clock.nowMs()); // due at the first pass after the upgrade
        QCOMPARE(store->find(QStringLiteral("OLDDONE")).value()->nextAttemptAtMs, 0);
        // v5: the old rows' origin is unknown, so no environment's reconciler picks them up; they are listed for
        // the agent instead.
        QVERIFY(!sent.value()->environment.has_value());
        QCOMPARE(store->dueForInquiry(EkoEnvironment::Training, m_clock.nowMs(), 10).value().size(), 0);
        auto unknown = store->originUnknownOpenRows();
        QVERIFY(unknown.ok());
        QCOMPARE(unknown.value().size(), 1);
        QCOMPARE(unknown.value().constFirst().clientRefId, QStringLiteral("OLDSENT"));
        QCOMPARE(store->events(QStringLiteral("OLDSENT")).value().size(), 1);
        // The new idempotency column works on the migrated file.
        auto p = store->prepare(withdrawal(QStringLiteral("k-new"), QStringLiteral("NEWREF")));
        QVERIFY(p.ok() && p.value().created);
        QVERIFY(!store->prepare(withdrawal(QStringLiteral("k-new"), QStringLiteral("NEWREF2"))).value().created);
        // v3 chained the events written before the chain existed, and new ones follow on.
        auto check = store->verifyChain();
        QVERIFY(check.ok());
        QVERIFY(check.value().intact);
        QCOMPARE(check.value().events, 3);
        // Opening again is a no-op.
        store.reset();
        SAATHI_OPEN_STORE_WITH(again, file, m_clock, storeOptions(std::nullopt));
        QCOMPARE(again->find(QStringLiteral("OLDSENT")).value()->nextAttemptAtMs, m_clock.nowMs());
    }

    void versionFourFileKeepsItsChainThroughTheUpgrade()
    {
        const QString file = path("v4.sqlite");
        {
            JournalDatabase db;
            QVERIFY(db.open(file, {}).isNull());
            QCOMPARE(schema::migrate(db.db(), m_clock.nowMs(), 4).value(), 4);
            insertV1Row(db.db(), "V4OPEN", "unknown", m_clock.nowMs() - 600'000);
            insertV1Row(db.db(), "V4DONE", "success", m_clock.nowMs() - 900'000);
            QVERIFY(chain::backfill(db.db()).ok()); // the chain as a v4 build left it
            QSqlQuery q(db.db());
            QVERIFY(!q.exec(QStringLiteral("SELECT environment FROM transactions")));
        }
        SAATHI_OPEN_STORE_WITH(store, file, m_clock, storeOptions(std::nullopt));
        QCOMPARE(schema::version(store->database()).value(), schema::kLatestVersion);
        auto check = store->verifyChain();
        QVERIFY(check.ok());
        QVERIFY2(check.value().intact, qPrintable(check.value().firstBadClientRefId));
        QCOMPARE(check.value().events, 2);
        QCOMPARE(check.value().transactions, 2);
        QVERIFY(!store->environment().has_value());
        QVERIFY(!store->find(QStringLiteral("V4OPEN")).value()->environment.has_value());
        // The upgraded legacy file is never taken as an environment's journal.
        store.reset();
        auto asTraining = JournalStore::open(file, m_clock, storeOptions(EkoEnvironment::Training));
        QVERIFY(!asTraining.ok());
        QCOMPARE(asTraining.error().code, QStringLiteral("journal.legacy_file"));
        QVERIFY(asTraining.error().userMessage.contains(QStringLiteral("journal migrate")));
    }

    void fileFromANewerSaathiIsRefused()
    {
        const QString file = path("future.sqlite");
        {
            SAATHI_OPEN_STORE(store, file, m_clock);
            QSqlQuery q(store->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        auto store = JournalStore::open(file, m_clock);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("journal.too_new"));
        QVERIFY(!store.error().userMessage.isEmpty());
    }

    void garbageFileGivesAClearError()
    {
        const QString file = path("garbage.sqlite");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        auto store = JournalStore::open(file, m_clock);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("journal.corrupt"));
        QVERIFY(store.error().userMessage.contains(QStringLiteral("damaged")));
    }

    void zeroedPageFailsTheIntegrityCheck()
    {
        const QString file = path("zeroed.sqlite");
        {
            SAATHI_OPEN_STORE(store, file, m_clock);
            for (int i = 0; i < 300; ++i) {
                const QString n = QString::number(i);
                QVERIFY(store->prepare(withdrawal(QStringLiteral("k") + n, QStringLiteral("Z") + n)).ok());
            }
        } // last connection closed: WAL checkpointed into the main file
        QFile f(file);
        QVERIFY(f.size() > 3 * 4096);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4096);
        f.write(QByteArray(4096, '\0'));
        f.close();
        auto store = JournalStore::open(file, m_clock);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("journal.corrupt"));
    }
};

QTEST_GUILESS_MAIN(TestJournalSchema)
#include "TestJournalSchema.moc"
