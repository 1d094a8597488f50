// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Issue #12: each Eko environment has its own journal, and a row is only ever inquired against the one that sent it.
#include "FakeInquirer.h"
#include "JournalTestData.h"
#include "core/journal/HistoryQuery.h"
#include "core/journal/JournalEnvironment.h"
#include "core/journal/JournalPaths.h"
#include "core/journal/Reconciler.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::test;

class TestJournalEnvironment : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("e%1.sqlite").arg(++m_files)); }

    static PrepareRequest unclear(const QString& ref, std::optional<EkoEnvironment> env = std::nullopt)
    {
        PrepareRequest r = withdrawal(QStringLiteral("key-") + ref, ref);
        r.environment = env;
        return r;
    }
    static void journalUnknown(JournalStore& store, const PrepareRequest& r)
    {
        QVERIFY2(store.prepare(r).ok(), qPrintable(r.clientRefId));
        QVERIFY(store.markSent(r.clientRefId).ok());
        QVERIFY(store.recordOutcome(r.clientRefId, answer(TxState::Unknown)).ok());
    }

private Q_SLOTS:
    void pathsAndWireNamesAreStable()
    {
        QCOMPARE(JournalPaths::forEnvironment(QStringLiteral("/data/journal.sqlite"), EkoEnvironment::Training),
                 QStringLiteral("/data/journal-training.sqlite"));
        QCOMPARE(JournalPaths::forEnvironment(QStringLiteral("/data/journal.sqlite"), EkoEnvironment::Uat),
                 QStringLiteral("/data/journal-uat.sqlite"));
        QCOMPARE(JournalPaths::forEnvironment(QStringLiteral("/data/journal.sqlite"), EkoEnvironment::Production),
                 QStringLiteral("/data/journal-production.sqlite"));
        QCOMPARE(environmentFromWireName(QStringLiteral("uat")), std::optional(EkoEnvironment::Uat));
        QVERIFY(!environmentFromWireName(QStringLiteral("staging")).has_value()); // an alias is not a wire name
        QCOMPARE(ekoHost(QUrl(QStringLiteral("https://api.eko.in:25002/ekoicici"))),
                 QStringLiteral("api.eko.in:25002"));
        QCOMPARE(ekoHost(QUrl(QStringLiteral("https://staging.eko.in/ekoapi"))), QStringLiteral("staging.eko.in"));
        QCOMPARE(environmentForHost(QStringLiteral("staging.eko.in")), std::optional(EkoEnvironment::Uat));
        QCOMPARE(environmentForHost(QStringLiteral("api.eko.in:25002")), std::optional(EkoEnvironment::Production));
        QCOMPARE(environmentForHost(QStringLiteral("127.0.0.1:8443")), std::optional(EkoEnvironment::Training));
        QVERIFY(!environmentForHost(QStringLiteral("eko.example.com")).has_value());
    }

    void emptyFileIsTaggedAndAnotherEnvironmentIsRefused()
    {
        ManualClock clock;
        const QString file = freshPath();
        {
            SAATHI_OPEN_STORE_WITH(store, file, clock, storeOptions(EkoEnvironment::Training));
            QCOMPARE(store->environment(), std::optional(EkoEnvironment::Training));
        }
        auto asUat = JournalStore::open(file, clock, storeOptions(EkoEnvironment::Uat));
        QVERIFY(!asUat.ok());
        QCOMPARE(asUat.error().code, QStringLiteral("journal.wrong_environment"));
        QVERIFY(asUat.error().userMessage.contains(environmentName(EkoEnvironment::Training)));
        QVERIFY(asUat.error().userMessage.contains(environmentName(EkoEnvironment::Uat)));
        // Without an environment (CLI --db) there is no check, and the store works for the file's tag.
        SAATHI_OPEN_STORE_WITH(tool, file, clock, storeOptions(std::nullopt));
        QCOMPARE(tool->environment(), std::optional(EkoEnvironment::Training));
    }

    void untaggedFileWithRowsIsRefusedAsLegacy()
    {
        ManualClock clock;
        const QString file = freshPath();
        {
            SAATHI_OPEN_STORE_WITH(store, file, clock, storeOptions(std::nullopt));
            QVERIFY(store->prepare(unclear(QStringLiteral("OLD1"))).ok());
            QVERIFY(!store->find(QStringLiteral("OLD1")).value()->environment.has_value());
        }
        auto asProduction = JournalStore::open(file, clock, storeOptions(EkoEnvironment::Production));
        QVERIFY(!asProduction.ok());
        QCOMPARE(asProduction.error().code, QStringLiteral("journal.legacy_file"));
        SAATHI_OPEN_STORE_WITH(tool, file, clock, storeOptions(std::nullopt));
        QVERIFY(!tool->environment().has_value()); // refusing did not tag it
    }

    void rowsCarryTheirEnvironmentAndHost()
    {
        ManualClock clock;
        SAATHI_OPEN_STORE_WITH(store, freshPath(), clock, storeOptions(EkoEnvironment::Uat));
        PrepareRequest r = unclear(QStringLiteral("HOST1"));
        r.ekoHost = QStringLiteral("staging.eko.in");
        QVERIFY(store->prepare(r).ok());
        const auto row = store->find(QStringLiteral("HOST1")).value();
        QCOMPARE(row->environment, std::optional(EkoEnvironment::Uat));
        QCOMPARE(row->ekoHost, QStringLiteral("staging.eko.in"));
        QVERIFY(store->verifyChain().value().intact);
    }

    void requestForAnotherEnvironmentIsRefusedBeforeAnythingIsWritten()
    {
        ManualClock clock;
        SAATHI_OPEN_STORE_WITH(store, freshPath(), clock, storeOptions(EkoEnvironment::Training));
        auto explicitUat = store->prepare(unclear(QStringLiteral("WRONG1"), EkoEnvironment::Uat));
        QVERIFY(!explicitUat.ok());
        QCOMPARE(explicitUat.error().code, QStringLiteral("journal.wrong_environment"));
        PrepareRequest toProduction = unclear(QStringLiteral("WRONG2"));
        toProduction.ekoHost = QStringLiteral("api.eko.in:25002");
        auto byHost = store->prepare(toProduction);
        QVERIFY(!byHost.ok());
        QCOMPARE(byHost.error().code, QStringLiteral("journal.wrong_environment"));
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM transactions")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void trainingAndUatJournalsNeverShareARow()
    {
        ManualClock clock;
        const QString base = m_dir.filePath(QStringLiteral("shared/journal.sqlite"));
        SAATHI_OPEN_STORE_WITH(training, JournalPaths::forEnvironment(base, EkoEnvironment::Training), clock,
                               storeOptions(EkoEnvironment::Training));
        SAATHI_OPEN_STORE_WITH(uat, JournalPaths::forEnvironment(base, EkoEnvironment::Uat), clock,
                               storeOptions(EkoEnvironment::Uat));
        journalUnknown(*training, unclear(QStringLiteral("TRN1")));
        journalUnknown(*uat, unclear(QStringLiteral("UAT1")));
        const auto trainingRows = history::page(*training, HistoryFilter(), 10).value().rows;
        const auto uatRows = history::page(*uat, HistoryFilter(), 10).value().rows;
        QCOMPARE(trainingRows.size(), 1);
        QCOMPARE(uatRows.size(), 1);
        QCOMPARE(trainingRows.constFirst().clientRefId, QStringLiteral("TRN1"));
        QCOMPARE(uatRows.constFirst().clientRefId, QStringLiteral("UAT1"));
        QCOMPARE(uatRows.constFirst().environment, std::optional(EkoEnvironment::Uat));
        QVERIFY(!QFileInfo::exists(base)); // the legacy path is never written
    }

    void reconcilerAsksOnlyAboutItsEnvironmentsRows()
    {
        ManualClock clock;
        // A CLI --db store (no environment): rows of every origin in one file.
        SAATHI_OPEN_STORE_WITH(store, freshPath(), clock, storeOptions(std::nullopt));
        journalUnknown(*store, unclear(QStringLiteral("ORIGIN0"))); // origin unknown
        journalUnknown(*store, unclear(QStringLiteral("UATROW"), EkoEnvironment::Uat));
        journalUnknown(*store, unclear(QStringLiteral("TRNROW"), EkoEnvironment::Training));
        clock.advanceMs(3'600'000);
        FakeInquirer training(clock);
        training.env = EkoEnvironment::Training;
        training.fallback = InquiryResult::notFound();
        Reconciler rec(*store, &training, clock);
        QSignalSpy passes(&rec, &Reconciler::passFinished);
        rec.reconcileNow(true);
        QTRY_COMPARE(passes.size(), 1);
        QCOMPARE(training.calls.size(), 1);
        QCOMPARE(training.calls.constFirst().clientRefId, QStringLiteral("TRNROW"));
        QCOMPARE(rec.unresolvedCount(), 1);

        // An inquirer that cannot say which Eko it asks is asked about nothing here.
        FakeInquirer silent(clock);
        Reconciler blind(*store, &silent, clock);
        QSignalSpy blindPasses(&blind, &Reconciler::passFinished);
        blind.reconcileNow(true);
        QTRY_COMPARE(blindPasses.size(), 1);
        QCOMPARE(silent.calls.size(), 0);
        QCOMPARE(store->find(QStringLiteral("ORIGIN0")).value()->state, TxState::Unknown);
        QCOMPARE(store->find(QStringLiteral("UATROW")).value()->state, TxState::Unknown);
    }

    void taggedJournalIsNotReconciledThroughAnotherEnvironmentsClient()
    {
        ManualClock clock;
        SAATHI_OPEN_STORE_WITH(store, freshPath(), clock, storeOptions(EkoEnvironment::Production));
        journalUnknown(*store, unclear(QStringLiteral("PROD1")));
        clock.advanceMs(3'600'000);
        FakeInquirer sandbox(clock);
        sandbox.env = EkoEnvironment::Training; // the client still points at the training sandbox
        sandbox.fallback = InquiryResult::notFound();
        Reconciler rec(*store, &sandbox, clock);
        QSignalSpy passes(&rec, &Reconciler::passFinished);
        rec.reconcileNow(true);
        QTRY_COMPARE(passes.size(), 1);
        QCOMPARE(sandbox.calls.size(), 0);
        QCOMPARE(store->find(QStringLiteral("PROD1")).value()->state, TxState::Unknown);
    }

    void notFoundNeverClosesAnOriginUnknownRow()
    {
        ManualClock clock;
        SAATHI_OPEN_STORE_WITH(store, freshPath(), clock, storeOptions(std::nullopt));
        const QString ref = QStringLiteral("ORIGIN1");
        QVERIFY(store->prepare(unclear(ref)).ok()); // prepared, origin unknown
        for (int i = 0; i < 6; ++i) {
            clock.advanceMs(3'600'000);
            QVERIFY(store->recordNotFound(ref, QStringLiteral("{\"status\":168}"), EkoEnvironment::Training).ok());
        }
        const auto row = store->find(ref).value();
        QCOMPARE(row->state, TxState::Prepared);
        QCOMPARE(row->notFoundCount, 0);
        QCOMPARE(store->originUnknownOpenRows().value().size(), 1);
    }

    void environmentIsPartOfTheRowDigestButMovedToIsNot()
    {
        ManualClock clock;
        SAATHI_OPEN_STORE(store, freshPath(), clock);
        QVERIFY(store->prepare(unclear(QStringLiteral("DIG1"))).ok());
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE transactions SET moved_to = 'uat'")));
        QVERIFY(store->verifyChain().value().intact);
        QVERIFY(q.exec(QStringLiteral("UPDATE transactions SET environment = 'production'")));
        const auto check = store->verifyChain().value();
        QVERIFY(!check.intact);
        QCOMPARE(check.firstBadClientRefId, QStringLiteral("DIG1"));
    }
};

QTEST_GUILESS_MAIN(TestJournalEnvironment)
#include "TestJournalEnvironment.moc"
