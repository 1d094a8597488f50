// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// saathi-cli till open|move|report|close (issue #19) on a journal file whose transactions this test writes with the
// store: the JSON in paise to the paisa, rupee input checked at its option, the settings' operators, help at every
// level.
#include "CliRunner.h"
#include "core/journal/JournalStore.h"
#include "core/till/Operators.h"
#include "core/util/Clock.h"

#include <QJsonArray>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;
using namespace saathi::journal;

namespace {

using Run = test::CliRun;

Run cli(QStringList args)
{
    return test::runCli(args);
}

} // namespace

class TestCliTill : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A fresh training journal (tagged, so the CLI's --db counts training's rows), and the settings file.
    QString freshJournal()
    {
        const QString path = m_dir.filePath(QStringLiteral("j%1.sqlite").arg(++m_files));
        JournalStore::Options o;
        o.environment = EkoEnvironment::Training;
        return JournalStore::open(path, SystemClock::instance(), o).ok() ? path : QString();
    }

    static bool journalRow(const QString& db, const QString& ref, TxKind kind, qint64 paise, TxState state)
    {
        JournalStore::Options o;
        o.environment = EkoEnvironment::Training;
        auto store = JournalStore::open(db, SystemClock::instance(), o);
        if (!store) {
            return false;
        }
        PrepareRequest r;
        r.submissionKey = QStringLiteral("key-") + ref;
        r.clientRefId = ref;
        r.kind = kind;
        r.amount = Paise {paise};
        r.customerMobile = QStringLiteral("9876543210");
        r.agentUserCode = QStringLiteral("20810200");
        if (!store.value()->prepare(r) || !store.value()->markSent(ref)) {
            return false;
        }
        Outcome outcome;
        outcome.state = state;
        return store.value()->recordOutcome(ref, outcome).ok();
    }

    static int shifts(const QString& db)
    {
        auto store = JournalStore::open(db, SystemClock::instance());
        QSqlQuery q(store.value()->database());
        return q.exec(QStringLiteral("SELECT count(*) FROM till_shifts")) && q.next() ? q.value(0).toInt() : -1;
    }

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private Q_SLOTS:
    void initTestCase() { qputenv("SAATHI_SETTINGS_PATH", settingsPath().toLocal8Bit()); }

    void init() { QFile::remove(settingsPath()); }

    void helpAtEveryLevel()
    {
        const Run group = cli({QStringLiteral("till"), QStringLiteral("--help")});
        QCOMPARE(group.exitCode, 0);
        for (const char* sub : {"open", "move", "report", "close"}) {
            QVERIFY2(group.out.contains(QByteArray(QByteArray("  ") + sub)), sub);
        }
        const Run open = cli({QStringLiteral("till"), QStringLiteral("open"), QStringLiteral("--help")});
        QCOMPARE(open.exitCode, 0);
        QVERIFY(open.out.contains("--cash R"));
        QVERIFY(open.out.contains("--operator NAME"));
        const Run close = cli({QStringLiteral("help"), QStringLiteral("till"), QStringLiteral("close")});
        QCOMPARE(close.exitCode, 0);
        QVERIFY(close.out.contains("--hand-over-to NAME"));
    }

    void aShiftThroughTheCliIsTheJournalsArithmeticInPaise()
    {
        const QString db = freshJournal();
        QVERIFY(!db.isEmpty());
        const Run opened = cli({QStringLiteral("till"), QStringLiteral("open"), QStringLiteral("--cash=20000"),
                                QStringLiteral("--operator"), QStringLiteral("Asha"), QStringLiteral("--db"), db});
        QCOMPARE(opened.exitCode, 0);
        QCOMPARE(opened.json().value(QStringLiteral("opening_cash_paise")).toInteger(), 2000000);
        QCOMPARE(opened.json().value(QStringLiteral("operator")).toString(), QStringLiteral("Asha"));
        QVERIFY(opened.json().value(QStringLiteral("opened_at")).toString().endsWith(QStringLiteral("+05:30")));
        QVERIFY(opened.json().value(QStringLiteral("open")).toBool());

        QVERIFY(journalRow(db, QStringLiteral("W1"), TxKind::AepsWithdrawal, 250050, TxState::Success));
        QVERIFY(journalRow(db, QStringLiteral("W2"), TxKind::AepsWithdrawal, 100000, TxState::Failed));
        QVERIFY(journalRow(db, QStringLiteral("W3"), TxKind::AepsWithdrawal, 70000, TxState::Pending));
        QVERIFY(journalRow(db, QStringLiteral("D1"), TxKind::DmtTransfer, 300000, TxState::Success));

        const Run moved = cli({QStringLiteral("till"), QStringLiteral("move"), QStringLiteral("--amount"),
                               QStringLiteral("-300.50"), QStringLiteral("--reason"), QStringLiteral("Tea"),
                               QStringLiteral("--db"), db});
        QCOMPARE(moved.exitCode, 0);
        QCOMPARE(moved.json().value(QStringLiteral("amount_paise")).toInteger(), -30050);
        QCOMPARE(moved.json().value(QStringLiteral("reason")).toString(), QStringLiteral("Tea"));

        const qint64 expected = 2000000 - 30050 - 250050 + 300000;
        const Run report = cli({QStringLiteral("till"), QStringLiteral("report"), QStringLiteral("--db"), db});
        QCOMPARE(report.exitCode, 0);
        const QJsonObject r = report.json();
        QCOMPARE(r.value(QStringLiteral("expected_cash_paise")).toInteger(), expected);
        QCOMPARE(r.value(QStringLiteral("open_rows")).toInt(), 1);
        QCOMPARE(r.value(QStringLiteral("moves")).toArray().size(), 1);
        const QJsonObject withdrawals
            = r.value(QStringLiteral("kinds")).toObject().value(QStringLiteral("cash_withdrawal")).toObject();
        QCOMPARE(withdrawals.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(withdrawals.value(QStringLiteral("amount_paise")).toInteger(), 250050);
        QCOMPARE(withdrawals.value(QStringLiteral("cash_paise")).toInteger(), -250050);
        QCOMPARE(r.value(QStringLiteral("kinds"))
                     .toObject()
                     .value(QStringLiteral("dmt_transfer"))
                     .toObject()
                     .value(QStringLiteral("cash_paise"))
                     .toInteger(),
                 300000);

        const Run closed = cli({QStringLiteral("till"), QStringLiteral("close"), QStringLiteral("--counted"),
                                QStringLiteral("20190"), QStringLiteral("--db"), db});
        QCOMPARE(closed.exitCode, 0);
        const QJsonObject c = closed.json();
        QCOMPARE(c.value(QStringLiteral("expected_cash_paise")).toInteger(), expected);
        QCOMPARE(c.value(QStringLiteral("counted_cash_paise")).toInteger(), 2019000);
        QCOMPARE(c.value(QStringLiteral("difference_paise")).toInteger(), 2019000 - expected);
        QVERIFY(c.value(QStringLiteral("closed_at")).toString().endsWith(QStringLiteral("+05:30")));
        QVERIFY(c.value(QStringLiteral("next")).isNull());

        const Run none = cli({QStringLiteral("till"), QStringLiteral("report"), QStringLiteral("--db"), db});
        QCOMPARE(none.exitCode, 7);
        QVERIFY(none.err.contains("till.no_shift"));
    }

    void rupeesAreCheckedAtTheirOptionAndNothingIsWritten()
    {
        const QString db = freshJournal();
        for (const char* bad : {"12.345", "-5", "abc", "1e3", "12.", ""}) {
            const Run r = cli({QStringLiteral("till"), QStringLiteral("open"), QStringLiteral("--cash"),
                               QString::fromLatin1(bad), QStringLiteral("--operator"), QStringLiteral("Asha"),
                               QStringLiteral("--db"), db});
            QVERIFY2(r.exitCode == 2, bad);
            QVERIFY2(r.err.contains("--cash"), r.err.constData());
        }
        QCOMPARE(cli({QStringLiteral("till"), QStringLiteral("open"), QStringLiteral("--operator"),
                      QStringLiteral("Asha"), QStringLiteral("--db"), db})
                     .exitCode,
                 2); // --cash is required
        QCOMPARE(shifts(db), 0);
        QCOMPARE(cli({QStringLiteral("till"), QStringLiteral("open"), QStringLiteral("--cash"), QStringLiteral("100"),
                      QStringLiteral("--operator"), QStringLiteral("Asha"), QStringLiteral("--db"), db})
                     .exitCode,
                 0);
        const Run zero = cli({QStringLiteral("till"), QStringLiteral("move"), QStringLiteral("--amount=0"),
                              QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--db"), db});
        QCOMPARE(zero.exitCode, 2);
        QVERIFY(zero.err.contains("--amount"));
        const Run noReason = cli({QStringLiteral("till"), QStringLiteral("move"), QStringLiteral("--amount"),
                                  QStringLiteral("5"), QStringLiteral("--db"), db});
        QCOMPARE(noReason.exitCode, 2);
        QVERIFY(noReason.err.contains("--reason"));
        const Run again
            = cli({QStringLiteral("till"), QStringLiteral("open"), QStringLiteral("--cash"), QStringLiteral("100"),
                   QStringLiteral("--operator"), QStringLiteral("Ravi"), QStringLiteral("--db"), db});
        QCOMPARE(again.exitCode, 7);
        QVERIFY(again.err.contains("till.shift_open"));
        QCOMPARE(shifts(db), 1);
    }

    void theSettingsOperatorsDecideWhoMayOpen()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            till::Operators operators(settings);
            QVERIFY(operators.add(QStringLiteral("Asha"), QStringLiteral("4821")).isNull());
        }
        const QString db = freshJournal();
        const Run only = cli({QStringLiteral("till"), QStringLiteral("open"), QStringLiteral("--cash"),
                              QStringLiteral("500"), QStringLiteral("--db"), db});
        QCOMPARE(only.exitCode, 0);
        QCOMPARE(only.json().value(QStringLiteral("operator")).toString(), QStringLiteral("Asha"));
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            till::Operators operators(settings);
            QVERIFY(operators.add(QStringLiteral("Ravi"), QStringLiteral("1357")).isNull());
        }
        const Run stranger
            = cli({QStringLiteral("till"), QStringLiteral("close"), QStringLiteral("--counted"), QStringLiteral("500"),
                   QStringLiteral("--hand-over-to"), QStringLiteral("Meena"), QStringLiteral("--db"), db});
        QCOMPARE(stranger.exitCode, 2);
        QVERIFY(stranger.err.contains("Meena"));
        const Run handed
            = cli({QStringLiteral("till"), QStringLiteral("close"), QStringLiteral("--counted"), QStringLiteral("500"),
                   QStringLiteral("--hand-over-to"), QStringLiteral("ravi"), QStringLiteral("--db"), db});
        QCOMPARE(handed.exitCode, 0);
        const QJsonObject next = handed.json().value(QStringLiteral("next")).toObject();
        QCOMPARE(next.value(QStringLiteral("operator")).toString(), QStringLiteral("Ravi"));
        QCOMPARE(next.value(QStringLiteral("opening_cash_paise")).toInteger(), 50000);
        QVERIFY(cli({QStringLiteral("till"), QStringLiteral("close"), QStringLiteral("--counted"),
                     QStringLiteral("500"), QStringLiteral("--db"), db})
                    .exitCode
                == 0);
        // Two operators: the CLI does not guess.
        const Run which = cli({QStringLiteral("till"), QStringLiteral("open"), QStringLiteral("--cash"),
                               QStringLiteral("500"), QStringLiteral("--db"), db});
        QCOMPARE(which.exitCode, 2);
        QVERIFY(which.err.contains("--operator"));
        QCOMPARE(cli({QStringLiteral("till"), QStringLiteral("open"), QStringLiteral("--cash"), QStringLiteral("500"),
                      QStringLiteral("--operator"), QStringLiteral("Meena"), QStringLiteral("--db"), db})
                     .exitCode,
                 2);
        QCOMPARE(shifts(db), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliTill)
#include "TestCliTill.moc"
