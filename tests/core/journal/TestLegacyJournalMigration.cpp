// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Issue #12: the shared pre-v5 journal is split by evidence only; what cannot be placed is settled by hand.
#include "FakeInquirer.h"
#include "JournalTestData.h"
#include "core/journal/JournalPaths.h"
#include "core/journal/JournalService.h"
#include "core/journal/LegacyJournalMigration.h"
#include "core/journal/Reconciler.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::test;

namespace {
const QString kTrainingCode = QStringLiteral("20810200"); // training's agent, and Eko's published UAT sample
const QString kUatCode = QStringLiteral("33334444");
const QString kProductionCode = QStringLiteral("11112222");

int rowCount(JournalStore& store)
{
    QSqlQuery q(store.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM transactions")) && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestLegacyJournalMigration : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_runs = 0;
    ManualClock m_clock;

    // A legacy shared journal: rows written before v5 (no environment), and one a v5 CLI stamped.
    QString makeLegacy()
    {
        const QString dir = m_dir.filePath(QStringLiteral("run%1").arg(++m_runs));
        const QString file = dir + QStringLiteral("/journal.sqlite");
        auto opened = JournalStore::open(file, m_clock, storeOptions(std::nullopt));
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().detail));
            return {};
        }
        JournalStore& store = *opened.value();
        const auto add = [&](const char* ref, const QString& code, TxState state,
                             std::optional<EkoEnvironment> env = std::nullopt) {
            PrepareRequest r = withdrawal(QStringLiteral("k-") + QLatin1String(ref), QLatin1String(ref));
            r.agentUserCode = code;
            r.environment = env;
            if (!store.prepare(r).ok() || !store.markSent(r.clientRefId).ok()) {
                qWarning("cannot journal %s", ref);
            }
            Outcome o = answer(state, Source::Response, QStringLiteral("TID-") + QLatin1String(ref));
            o.rrn = QStringLiteral("RRN-") + QLatin1String(ref);
            store.recordOutcome(r.clientRefId, o);
        };
        add("PROD1", kProductionCode, TxState::Unknown);
        add("PROD2", kProductionCode, TxState::Success);
        add("UAT1", kUatCode, TxState::Success);
        add("AMBIG1", kTrainingCode, TxState::Unknown); // in training's and UAT's sets: must not be guessed
        add("AMBIG2", kTrainingCode, TxState::Success);
        add("NOBODY1", QStringLiteral("99990000"), TxState::Pending);
        add("COLUMN1", kTrainingCode, TxState::Unknown, EkoEnvironment::Production); // the column wins
        return file;
    }

    static LegacyMigrationRequest request(const QString& legacy, bool withProduction = true)
    {
        LegacyMigrationRequest r;
        r.legacyPath = legacy;
        r.userCodesByEnvironment[EkoEnvironment::Training] = {kTrainingCode};
        r.userCodesByEnvironment[EkoEnvironment::Uat] = {kTrainingCode, kUatCode};
        if (withProduction) {
            r.userCodesByEnvironment[EkoEnvironment::Production] = {kProductionCode};
        }
        return r;
    }

    static QStringList refs(const QList<TransactionRecord>& rows)
    {
        QStringList out;
        for (const TransactionRecord& r : rows) {
            out << r.clientRefId;
        }
        return out;
    }

private Q_SLOTS:
    void evidenceMovesRowsAndAmbiguousOnesStayToBeSettledByHand()
    {
        const QString legacy = makeLegacy();
        auto report = LegacyJournalMigration::run(request(legacy), m_clock);
        QVERIFY2(report.ok(), qPrintable(report.error().detail));
        const LegacyMigrationReport& r = report.value();
        QVERIFY(r.legacyFound);
        QCOMPARE(r.moved.value(EkoEnvironment::Production), 3); // PROD1, PROD2 (user code), COLUMN1 (column)
        QCOMPARE(r.moved.value(EkoEnvironment::Uat), 1);
        QCOMPARE(r.moved.value(EkoEnvironment::Training), 0);
        QCOMPARE(r.left, 3);
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(refs(r.toSettleByHand), (QStringList {QStringLiteral("AMBIG1"), QStringLiteral("NOBODY1")}));
        const TransactionRecord& ambiguous = r.toSettleByHand.constFirst();
        QCOMPARE(ambiguous.tid, QStringLiteral("TID-AMBIG1"));
        QCOMPARE(ambiguous.rrn, QStringLiteral("RRN-AMBIG1"));
        QCOMPARE(ambiguous.amount, Paise::fromRupees(500));
        QCOMPARE(ambiguous.kind, TxKind::AepsWithdrawal);
        QVERIFY(ambiguous.createdAtMs > 0);

        SAATHI_OPEN_STORE_WITH(production, JournalPaths::forEnvironment(legacy, EkoEnvironment::Production), m_clock,
                               storeOptions(EkoEnvironment::Production));
        QCOMPARE(rowCount(*production), 3);
        const auto moved = production->find(QStringLiteral("PROD1")).value();
        QCOMPARE(moved->environment, std::optional(EkoEnvironment::Production));
        QCOMPARE(moved->tid, QStringLiteral("TID-PROD1"));
        QCOMPARE(moved->state, TxState::Unknown);
        const auto events = production->events(QStringLiteral("PROD1")).value();
        QCOMPARE(events.size(), 4); // prepared, sent, unknown, and the move
        QVERIFY(events.last().note.contains(kProductionCode));
        QVERIFY(production->events(QStringLiteral("COLUMN1")).value().last().note.contains(QStringLiteral("column")));
        QVERIFY(production->verifyChain().value().intact);
        SAATHI_OPEN_STORE_WITH(uat, JournalPaths::forEnvironment(legacy, EkoEnvironment::Uat), m_clock,
                               storeOptions(EkoEnvironment::Uat));
        QCOMPARE(rowCount(*uat), 1);
        QVERIFY(uat->verifyChain().value().intact);

        SAATHI_OPEN_STORE_WITH(old, legacy, m_clock, storeOptions(std::nullopt));
        QCOMPARE(old->find(QStringLiteral("PROD1")).value()->movedTo, std::optional(EkoEnvironment::Production));
        QVERIFY(!old->find(QStringLiteral("AMBIG1")).value()->movedTo.has_value());
        QCOMPARE(refs(old->originUnknownOpenRows().value()), refs(r.toSettleByHand));
        QVERIFY(old->verifyChain().value().intact); // moved_to and the move events keep the legacy chain whole
    }

    void movedOpenRowIsReconciledInItsOwnEnvironment()
    {
        const QString legacy = makeLegacy();
        QVERIFY(LegacyJournalMigration::run(request(legacy), m_clock).ok());
        SAATHI_OPEN_STORE_WITH(production, JournalPaths::forEnvironment(legacy, EkoEnvironment::Production), m_clock,
                               storeOptions(EkoEnvironment::Production));
        FakeInquirer eko(m_clock);
        eko.env = EkoEnvironment::Production;
        eko.fallback = InquiryResult::known(0);
        Reconciler rec(*production, &eko, m_clock);
        QSignalSpy passes(&rec, &Reconciler::passFinished);
        rec.reconcileNow(true);
        QTRY_COMPARE(passes.size(), 1);
        QStringList asked;
        for (const auto& c : eko.calls) {
            asked << c.clientRefId;
        }
        QCOMPARE(asked, (QStringList {QStringLiteral("PROD1"), QStringLiteral("COLUMN1")}));
        QCOMPARE(production->find(QStringLiteral("PROD1")).value()->state, TxState::Success);
    }

    void runningAgainMovesNothingTwice()
    {
        const QString legacy = makeLegacy();
        QVERIFY(LegacyJournalMigration::run(request(legacy), m_clock).ok());
        auto again = LegacyJournalMigration::run(request(legacy), m_clock);
        QVERIFY(again.ok());
        QCOMPARE(again.value().moved.value(EkoEnvironment::Production), 0);
        QCOMPARE(again.value().movedBefore, 4);
        QCOMPARE(again.value().toSettleByHand.size(), 2);
        SAATHI_OPEN_STORE_WITH(production, JournalPaths::forEnvironment(legacy, EkoEnvironment::Production), m_clock,
                               storeOptions(EkoEnvironment::Production));
        QCOMPARE(rowCount(*production), 3);
    }

    void killBetweenCopyAndMarkNeitherDuplicatesNorLoses()
    {
        const QString legacy = makeLegacy();
        LegacyMigrationRequest copyOnly = request(legacy);
        copyOnly.copyOnlyForTest = true; // every destination commit happens, no legacy row is marked
        QVERIFY(LegacyJournalMigration::run(copyOnly, m_clock).ok());
        {
            SAATHI_OPEN_STORE_WITH(old, legacy, m_clock, storeOptions(std::nullopt));
            QVERIFY(!old->find(QStringLiteral("PROD1")).value()->movedTo.has_value());
        }
        auto resumed = LegacyJournalMigration::run(request(legacy), m_clock);
        QVERIFY(resumed.ok());
        QVERIFY(resumed.value().problems.isEmpty());
        QCOMPARE(resumed.value().moved.value(EkoEnvironment::Production), 3);
        SAATHI_OPEN_STORE_WITH(production, JournalPaths::forEnvironment(legacy, EkoEnvironment::Production), m_clock,
                               storeOptions(EkoEnvironment::Production));
        QCOMPARE(rowCount(*production), 3);
        QCOMPARE(production->events(QStringLiteral("PROD1")).value().size(), 4); // one move event, not two
        QVERIFY(production->verifyChain().value().intact);
        SAATHI_OPEN_STORE_WITH(old, legacy, m_clock, storeOptions(std::nullopt));
        QCOMPARE(old->find(QStringLiteral("PROD1")).value()->movedTo, std::optional(EkoEnvironment::Production));
    }

    void newEvidenceLaterMovesMoreRows()
    {
        const QString legacy = makeLegacy();
        auto first = LegacyJournalMigration::run(request(legacy, false), m_clock); // no production credentials yet
        QVERIFY(first.ok());
        QCOMPARE(first.value().moved.value(EkoEnvironment::Production), 1); // COLUMN1 only
        QVERIFY(refs(first.value().toSettleByHand).contains(QStringLiteral("PROD1")));
        auto second = LegacyJournalMigration::run(request(legacy), m_clock); // the agent saved them
        QVERIFY(second.ok());
        QCOMPARE(second.value().moved.value(EkoEnvironment::Production), 2);
        QVERIFY(!refs(second.value().toSettleByHand).contains(QStringLiteral("PROD1")));
    }

    void noLegacyFileIsNothingToDo()
    {
        auto r = LegacyJournalMigration::run(request(m_dir.filePath(QStringLiteral("none/journal.sqlite"))), m_clock);
        QVERIFY(r.ok());
        QVERIFY(!r.value().legacyFound);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("none/journal.sqlite"))));
    }

    void serviceMigratesBeforeOpeningAndListsRowsToSettle()
    {
        const QString legacy = makeLegacy();
        JournalService service(m_clock);
        QSignalSpy toSettle(&service, &JournalService::rowsToSettleByHand);
        auto opened = service.open(JournalPaths::forEnvironment(legacy, EkoEnvironment::Production),
                                   storeOptions(EkoEnvironment::Production), request(legacy));
        QTRY_VERIFY(opened.isFinished());
        QVERIFY2(opened.result().ok(), qPrintable(opened.result().error().detail));
        QTRY_COMPARE(toSettle.size(), 1);
        const auto rows = toSettle.at(0).at(0).value<QList<TransactionRecord>>();
        QCOMPARE(refs(rows), (QStringList {QStringLiteral("AMBIG1"), QStringLiteral("NOBODY1")}));
        auto listed = service.settleByHandRows();
        QTRY_VERIFY(listed.isFinished());
        QCOMPARE(listed.result().size(), 2);
        auto count = service.run([](JournalStore& s) { return s.unresolvedCount(); });
        QTRY_VERIFY(count.isFinished());
        QCOMPARE(count.result().value(), 2); // PROD1 and COLUMN1, now production's
    }
};

QTEST_GUILESS_MAIN(TestLegacyJournalMigration)
#include "TestLegacyJournalMigration.moc"
