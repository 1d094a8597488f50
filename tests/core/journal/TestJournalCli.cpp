// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// saathi-cli journal … on a journal file this test writes with the store.
#include "JournalTestData.h"
#include "core/journal/JournalPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::test;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// A private home for every run (tests never touch the developer's journal, settings or keychain).
QProcessEnvironment g_env = QProcessEnvironment::systemEnvironment();

Run cli(const QStringList& args)
{
    QProcess p;
    p.setProcessEnvironment(g_env);
    p.start(qEnvironmentVariable("SAATHI_CLI"), args);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return Run {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
                p.readAllStandardError()};
}
} // namespace

class TestJournalCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_data; // the CLI's AppDataLocation under the private home

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(bytes);
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString home = m_dir.filePath(QStringLiteral("home"));
        g_env.insert(QStringLiteral("HOME"), home);
        g_env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/share"));
        g_env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        g_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=/nonexistent/saathi-no-bus"));
        g_env.remove(QStringLiteral("SAATHI_SETTINGS_PATH"));
        m_data = home + QStringLiteral("/share/Saathi/saathi");
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        SystemClock clock;
        SAATHI_OPEN_STORE(store, m_db, clock);
        QVERIFY(store->prepare(withdrawal(QStringLiteral("k1"), QStringLiteral("CLI1"), 1500)).ok());
        Outcome o = answer(TxState::Success, Source::Response, QStringLiteral("TIDCLI1"),
                           QStringLiteral("{\"aadhar\":\"%1\",\"tid\":\"TIDCLI1\"}").arg(kJournalTestAadhaar));
        o.rrn = QStringLiteral("RRNCLI1");
        QVERIFY(store->recordOutcome(QStringLiteral("CLI1"), o).ok());
        QVERIFY(store->prepare(withdrawal(QStringLiteral("k2"), QStringLiteral("CLI2"), 200)).ok());
    }

    void aFullDiskIsReportedAsFullNotDamaged()
    {
        // Issue #13: the CLI called a full disk's journal "damaged, contact your distributor". The journal was
        // closed cleanly (no -shm left); on a full disk opening it cannot grow its index.
        QProcessEnvironment full = g_env;
        full.insert(QStringLiteral("LD_PRELOAD"), qEnvironmentVariable("SAATHI_FULL_DISK_PRELOAD"));
        full.insert(QStringLiteral("SAATHI_TEST_DISK_FULL"), QStringLiteral("1"));
        std::swap(full, g_env);
        const Run r = cli({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--db"), m_db});
        std::swap(full, g_env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("The disk is full: free some disk space"), r.err.constData());
        QVERIFY(!r.err.contains("damaged"));
        QCOMPARE(cli({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--db"), m_db}).exitCode, 0);
    }

    void listPrintsRowsAsJson()
    {
        const Run r = cli({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = r.json().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("1500"));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("aadhaar")).toString(), QStringLiteral("XXXX XXXX 7058"));
        const Run f = cli({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--state"), QStringLiteral("prepared")});
        QCOMPARE(f.json().value(QStringLiteral("rows")).toArray().size(), 1);
    }

    void showFindsByRrnWithTheAuditTrail()
    {
        const Run r = cli({QStringLiteral("journal"), QStringLiteral("show"), QStringLiteral("RRNCLI1"),
                           QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("client_ref_id")).toString(), QStringLiteral("CLI1"));
        QCOMPARE(r.json().value(QStringLiteral("events")).toArray().size(), 2);
        QVERIFY(!r.out.contains(kJournalTestAadhaar.toUtf8()));
    }

    void exportWritesCsv()
    {
        const Run r = cli({QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("created_at_ist,client_ref_id"));
        QCOMPARE(r.out.count("\r\n"), 3);
    }

    void doctorReadsTheDurabilityPragmasBack()
    {
        const Run r = cli({QStringLiteral("journal"), QStringLiteral("doctor"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(r.json().value(QStringLiteral("synchronous")).toInt(), 2);
        QCOMPARE(r.json().value(QStringLiteral("secure_delete")).toInt(), 1);
        QCOMPARE(r.json().value(QStringLiteral("foreign_keys")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("unresolved")).toInt(), 1);
    }

    void verifyReportsAnIntactChain()
    {
        const Run r = cli({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("intact")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("events")).toInt(), 3);
    }

    void reconcileWithoutEkoSettingsFailsClearly()
    {
        // Reconciling needs Eko; without --config (and no factory installed) it says how to give it.
        const Run r = cli({QStringLiteral("journal"), QStringLiteral("reconcile"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--config"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void envPicksThatEnvironmentsOwnJournal()
    {
        SystemClock clock;
        {
            SAATHI_OPEN_STORE_WITH(uat, m_data + QStringLiteral("/journal-uat.sqlite"), clock,
                                   storeOptions(EkoEnvironment::Uat));
            QVERIFY(uat->prepare(withdrawal(QStringLiteral("ku"), QStringLiteral("UATCLI1"))).ok());
        }
        const Run r
            = cli({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--env"), QStringLiteral("uat")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = r.json().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("environment")).toString(), QStringLiteral("uat"));
        // No --env: the app's setting (training here), whose journal does not exist yet; nothing is created.
        const Run training = cli({QStringLiteral("journal"), QStringLiteral("list")});
        QCOMPARE(training.exitCode, 1);
        QVERIFY2(training.err.contains("journal-training.sqlite"), training.err.constData());
        QVERIFY(!QFile::exists(m_data + QStringLiteral("/journal-training.sqlite")));
        // The app set to UAT: its journal is the default.
        const QString ini = writeFile(QStringLiteral("saathi.ini"), "[eko]\nenvironment=uat\n");
        g_env.insert(QStringLiteral("SAATHI_SETTINGS_PATH"), ini);
        const Run fromSettings = cli({QStringLiteral("journal"), QStringLiteral("doctor")});
        g_env.remove(QStringLiteral("SAATHI_SETTINGS_PATH"));
        QCOMPARE(fromSettings.exitCode, 0);
        QCOMPARE(fromSettings.json().value(QStringLiteral("environment")).toString(), QStringLiteral("uat"));
        QCOMPARE(fromSettings.json().value(QStringLiteral("unresolved")).toInt(), 1);
    }

    void anotherEnvironmentsFileIsRefused()
    {
        SystemClock clock;
        {
            SAATHI_OPEN_STORE_WITH(misplaced, m_data + QStringLiteral("/journal-production.sqlite"), clock,
                                   storeOptions(EkoEnvironment::Training));
        }
        const Run r = cli(
            {QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--env"), QStringLiteral("production")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("belongs to the training environment"), r.err.constData());
        QVERIFY(QFile::remove(m_data + QStringLiteral("/journal-production.sqlite")));
    }

    void migrateMovesOnEvidenceAndListsTheRowsToSettleByHand()
    {
        const QString legacy = m_dir.filePath(QStringLiteral("legacy/journal.sqlite"));
        SystemClock clock;
        {
            SAATHI_OPEN_STORE_WITH(old, legacy, clock, storeOptions(std::nullopt));
            PrepareRequest prod = withdrawal(QStringLiteral("kp"), QStringLiteral("LEGPROD1"));
            prod.agentUserCode = QStringLiteral("11112222");
            QVERIFY(old->prepare(prod).ok());
            QVERIFY(old->prepare(withdrawal(QStringLiteral("ka"), QStringLiteral("LEGAMBIG1"))).ok()); // 20810200
        }
        const QStringList args {QStringLiteral("journal"),
                                QStringLiteral("migrate"),
                                QStringLiteral("--db"),
                                legacy,
                                QStringLiteral("--no-keychain"),
                                QStringLiteral("--user-code"),
                                QStringLiteral("production=11112222"),
                                QStringLiteral("--user-code"),
                                QStringLiteral("uat=20810200")};
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("moved")).toObject().value(QStringLiteral("production")).toInt(), 1);
        const QJsonArray settle = r.json().value(QStringLiteral("to_settle_by_hand")).toArray();
        QCOMPARE(settle.size(), 1);
        QCOMPARE(settle.at(0).toObject().value(QStringLiteral("client_ref_id")).toString(),
                 QStringLiteral("LEGAMBIG1"));
        const Run moved
            = cli({QStringLiteral("journal"), QStringLiteral("show"), QStringLiteral("LEGPROD1"),
                   QStringLiteral("--db"), JournalPaths::forEnvironment(legacy, EkoEnvironment::Production)});
        QCOMPARE(moved.exitCode, 0);
        QCOMPARE(moved.json().value(QStringLiteral("environment")).toString(), QStringLiteral("production"));
        const Run again = cli(args);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value(QStringLiteral("moved_before")).toInt(), 1);
        const Run help = cli({QStringLiteral("journal"), QStringLiteral("migrate"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--user-code"));
    }

    void customerTransactionNeedsToKnowItsEnvironment()
    {
        const QString config = writeFile(
            QStringLiteral("elsewhere.json"),
            "{\"base_url\": \"https://eko.example.com/ekoapi\", \"developer_key\": \"d\", \"access_key\": \"a\", "
            "\"initiator_id\": \"9962981729\", \"user_code\": \"20810200\"}");
        const Run aeps = cli({QStringLiteral("aeps"), QStringLiteral("withdraw"), QStringLiteral("--config"), config});
        QCOMPARE(aeps.exitCode, 2);
        QVERIFY2(aeps.err.contains("\"environment\"") && aeps.err.contains("--db"), aeps.err.constData());
        const Run dmt = cli({QStringLiteral("dmt"), QStringLiteral("transfer"), QStringLiteral("--config"), config});
        QCOMPARE(dmt.exitCode, 2);
        QVERIFY2(dmt.err.contains("\"environment\""), dmt.err.constData());
    }

    void missingFileAndBadUsageAreErrors()
    {
        const Run missing = cli({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--db"),
                                 m_dir.filePath(QStringLiteral("nope.sqlite"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nope.sqlite"))));
        const Run bad = cli({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--kind"), QStringLiteral("lottery")});
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestJournalCli)
#include "TestJournalCli.moc"
