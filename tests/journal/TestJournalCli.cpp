// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// saathi-cli journal … on a journal file this test writes with the store.
#include "JournalTestData.h"

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

Run cli(const QStringList& args)
{
    QProcess p;
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

private Q_SLOTS:
    void initTestCase()
    {
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
