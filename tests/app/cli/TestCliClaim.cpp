// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// saathi-cli claim list|slip (issue #19), a public interface: the rows to chase with their clocks as JSON (amounts in
// integer paise), a returning customer's rows by mobile with what to tell them, the claim slip as text in English
// and Hindi, a rules file that moves the deadline, and --help at every level.
#include "../../core/journal/JournalTestData.h"
#include "CliRunner.h"

#include <QJsonArray>

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::test;

namespace {

const QString kMobile = QStringLiteral("9876543210");
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QDate istDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Clock::istZone()).date();
}

QJsonObject rowOf(const QJsonObject& list, const QString& ref)
{
    for (const QJsonValue& v : list.value(QStringLiteral("claims")).toArray()) {
        if (v.toObject().value(QStringLiteral("client_ref_id")).toString() == ref) {
            return v.toObject();
        }
    }
    return {};
}

} // namespace

class TestCliClaim : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_created = 0; // two days ago, at this time of day

private Q_SLOTS:
    void initTestCase()
    {
        // The CLI counts with the real clock: the rows are written two days back with a clock of their own.
        m_created = SystemClock::instance().nowMs() - 2 * kDayMs;
        ManualClock clock(m_created);
        m_db = m_dir.filePath(QStringLiteral("claims.sqlite"));
        SAATHI_OPEN_STORE(store, m_db, clock);
        QVERIFY(store->prepare(withdrawal(QStringLiteral("k1"), QStringLiteral("WAITCLI"), 2500, kMobile)).ok());
        QVERIFY(store->markSent(QStringLiteral("WAITCLI")).ok());
        Outcome pending = answer(TxState::Pending, Source::Response, QStringLiteral("2883457001"),
                                 QStringLiteral("{\"status\":0,\"data\":{\"tx_status\":\"2\",\"tid\":\"2883457001\","
                                                "\"bank_ref_num\":\"633700000001\",\"stan\":\"700001\"}}"));
        pending.rrn = QStringLiteral("633700000001");
        QVERIFY(store->recordOutcome(QStringLiteral("WAITCLI"), pending).ok());
        QVERIFY(store->prepare(withdrawal(QStringLiteral("k2"), QStringLiteral("LOSTCLI"), 1000, kMobile)).ok());
        QVERIFY(store->markSent(QStringLiteral("LOSTCLI")).ok());
        QVERIFY(store->recordOutcome(QStringLiteral("LOSTCLI"), answer(TxState::Unknown)).ok());
        clock.advanceMs(kDayMs); // the reconciler's answer, the next day
        QVERIFY(store->recordOutcome(QStringLiteral("LOSTCLI"), answer(TxState::Failed, Source::Inquiry)).ok());
        QVERIFY(store
                    ->prepare(
                        withdrawal(QStringLiteral("k3"), QStringLiteral("OTHERCLI"), 700, QStringLiteral("9123456780")))
                    .ok());
        QVERIFY(store->markSent(QStringLiteral("OTHERCLI")).ok());
        QVERIFY(store->recordOutcome(QStringLiteral("OTHERCLI"), answer(TxState::Failed)).ok());
    }

    void listShowsEachRowsClockInPaise()
    {
        const CliRun run = runCli({QStringLiteral("claim"), QStringLiteral("list"), QStringLiteral("--db"), m_db});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject list = run.json();
        QCOMPARE(list.value(QStringLiteral("count")).toInt(), 2); // WAITCLI and OTHERCLI; LOSTCLI is final
        const QJsonObject wait = rowOf(list, QStringLiteral("WAITCLI"));
        QCOMPARE(wait.value(QStringLiteral("kind")).toString(), QStringLiteral("aeps_withdrawal"));
        QCOMPARE(wait.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(wait.value(QStringLiteral("amount_paise")).toInteger(), 250000);
        QCOMPARE(wait.value(QStringLiteral("days_since")).toInt(), 2);
        QCOMPARE(wait.value(QStringLiteral("days_left")).toInt(), 3);
        QCOMPARE(wait.value(QStringLiteral("deadline")).toString(), istDay(m_created).addDays(5).toString(Qt::ISODate));
        QVERIFY(wait.value(QStringLiteral("created_at")).toString().endsWith(QStringLiteral("+05:30")));
        QCOMPARE(wait.value(QStringLiteral("resolved")).toBool(), false);
        QVERIFY(wait.value(QStringLiteral("resolved_at")).isNull());
        QVERIFY(wait.value(QStringLiteral("tell")).toString().contains(QStringLiteral("still being checked")));
    }

    void listByMobileTellsTheReturningCustomer()
    {
        const CliRun run = runCli({QStringLiteral("claim"), QStringLiteral("list"), QStringLiteral("--mobile"), kMobile,
                                   QStringLiteral("--db"), m_db});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject list = run.json();
        QCOMPARE(list.value(QStringLiteral("count")).toInt(), 2); // not the other customer's row
        const QJsonObject lost = rowOf(list, QStringLiteral("LOSTCLI"));
        QCOMPARE(lost.value(QStringLiteral("resolved")).toBool(), true);
        QVERIFY(lost.value(QStringLiteral("resolved_at"))
                    .toString()
                    .startsWith(istDay(m_created + kDayMs).toString(Qt::ISODate)));
        QVERIFY2(lost.value(QStringLiteral("tell")).toString().contains(QStringLiteral("was reversed on")),
                 qPrintable(lost.value(QStringLiteral("tell")).toString()));
        const CliRun bad = runCli({QStringLiteral("claim"), QStringLiteral("list"), QStringLiteral("--mobile"),
                                   QStringLiteral("98765"), QStringLiteral("--db"), m_db});
        QCOMPARE(bad.exitCode, 2);
    }

    void slipPrintsTheDisputeKeysInEitherLanguage()
    {
        for (const QString& lang : {QStringLiteral("en"), QStringLiteral("hi")}) {
            const CliRun run = runCli({QStringLiteral("claim"), QStringLiteral("slip"), QStringLiteral("WAITCLI"),
                                       QStringLiteral("--lang"), lang, QStringLiteral("--db"), m_db});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QString text = QString::fromUtf8(run.out);
            for (const QString& key :
                 {QStringLiteral("633700000001"), QStringLiteral("700001"), QStringLiteral("2883457001"),
                  QStringLiteral("WAITCLI"), QStringLiteral("₹2,500.00"), QStringLiteral("20810200")}) {
                QVERIFY2(text.contains(key), qPrintable(key + QStringLiteral(" missing:\n") + text));
            }
            QVERIFY(!text.contains(kMobile));
        }
        const CliRun none = runCli({QStringLiteral("claim"), QStringLiteral("slip"), QStringLiteral("NOSUCHREF"),
                                    QStringLiteral("--db"), m_db});
        QCOMPARE(none.exitCode, 1);
    }

    void aRulesFileMovesTheDeadline()
    {
        const QString rules = m_dir.filePath(QStringLiteral("rules.json"));
        QFile file(rules);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"rules\":[{\"id\":\"aeps_test\",\"kinds\":[\"aeps_withdrawal\"],\"states\":[\"pending\","
                   "\"unknown\",\"failed\"],\"reversal_days\":9,\"compensation_per_day_paise\":10000,"
                   "\"source\":\"test circular\",\"text\":{\"en\":\"T+9\"}}]}");
        file.close();
        const CliRun run = runCli({QStringLiteral("claim"), QStringLiteral("--rules"), rules, QStringLiteral("list"),
                                   QStringLiteral("--db"), m_db});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(rowOf(run.json(), QStringLiteral("WAITCLI")).value(QStringLiteral("deadline")).toString(),
                 istDay(m_created).addDays(9).toString(Qt::ISODate));
        QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly) && bad.write("{") == 1);
        bad.close();
        const CliRun refused = runCli({QStringLiteral("claim"), QStringLiteral("list"), QStringLiteral("--rules"),
                                       bad.fileName(), QStringLiteral("--db"), m_db});
        QCOMPARE(refused.exitCode, 1);
    }

    void helpAtEveryLevel()
    {
        for (const QStringList& args :
             {QStringList {QStringLiteral("claim"), QStringLiteral("--help")},
              QStringList {QStringLiteral("claim"), QStringLiteral("list"), QStringLiteral("--help")},
              QStringList {QStringLiteral("claim"), QStringLiteral("slip"), QStringLiteral("--help")}}) {
            const CliRun run = runCli(args);
            QCOMPARE(run.exitCode, 0);
            QVERIFY(run.out.contains("usage: saathi-cli claim"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliClaim)
#include "TestCliClaim.moc"
