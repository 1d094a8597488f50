// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// saathi-cli day close|show (issue #19) as a script runs it, on a real journal file: the numbered report's JSON
// (a public interface: amounts in integer paise), the CSV beside it, the same report again on a second close, exit 7
// while a till shift of the day is open, exit 2 for a day to come or a bad date, exit 1 for a day not closed.
#include "../../core/dayclose/DayCloseFixture.h"
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::test;

class TestCliDayClose : public QObject
{
    Q_OBJECT
private:
    DayCloseFixture m_f;
    QDate m_closedDay; // two days ago: a till shift opened and closed
    QDate m_openDay; // yesterday: a till shift still open

    CliRun day(const QStringList& args) { return runCli(QStringList {QStringLiteral("day")} + args); }
    QString db() const { return QStringLiteral("--db=") + m_f.path(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_f.open());
        const QDate today = SystemClock::instance().istDate(); // saathi-cli closes days up to today in India
        m_closedDay = today.addDays(-2);
        m_openDay = today.addDays(-1);
        m_f.at(m_closedDay.addDays(-1), 20);
        QVERIFY(m_f.row(QStringLiteral("P0"), TxKind::AepsWithdrawal, Paise {10000}, TxState::Success, {}, {},
                        Paise {7654321}));
        m_f.at(m_closedDay, 9);
        const qint64 shift = m_f.openShift(QStringLiteral("Asha"), Paise::fromRupees(20000));
        m_f.at(m_closedDay, 10);
        QVERIFY(m_f.row(QStringLiteral("W1"), TxKind::AepsWithdrawal, Paise {100000}, TxState::Success, Paise {0},
                        Paise {450}, Paise {7554321}));
        QVERIFY(m_f.row(QStringLiteral("W3"), TxKind::AepsWithdrawal, Paise {250000}, TxState::Pending));
        QVERIFY(m_f.row(QStringLiteral("D1"), TxKind::DmtTransfer, Paise {400000}, TxState::Success, Paise {4000},
                        Paise {1234}));
        m_f.at(m_closedDay, 19);
        QVERIFY(m_f.closeShift(shift, Paise {2300000}, Paise {2299000}));
        m_f.at(m_openDay, 9);
        QVERIFY(m_f.openShift(QStringLiteral("Ravi"), Paise::fromRupees(5000)) > 0);
        m_f.store.reset(); // saathi-cli opens the file on its own
    }

    void closePrintsTheNumberedReportAndWritesTheCsv()
    {
        const QString csv = m_f.dir.filePath(QStringLiteral("day.csv"));
        const CliRun r = day({QStringLiteral("close"), db(), QStringLiteral("--date"),
                              m_closedDay.toString(Qt::ISODate), QStringLiteral("--csv"), csv});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject j = r.json();
        QCOMPARE(j.value(QStringLiteral("number")).toInt(), 1);
        QCOMPARE(j.value(QStringLiteral("ist_day")).toString(), m_closedDay.toString(Qt::ISODate));
        const QJsonObject kinds = j.value(QStringLiteral("kinds")).toObject();
        const QJsonObject cw = kinds.value(QStringLiteral("cash_withdrawal")).toObject();
        QCOMPARE(cw.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(cw.value(QStringLiteral("total_paise")).toInteger(), 100000);
        QCOMPARE(cw.value(QStringLiteral("open")).toInt(), 1);
        QCOMPARE(
            kinds.value(QStringLiteral("dmt_transfer")).toObject().value(QStringLiteral("total_paise")).toInteger(),
            400000);
        QCOMPARE(j.value(QStringLiteral("fees_paise")).toInteger(), 4000);
        QCOMPARE(j.value(QStringLiteral("commission_paise")).toInteger(), 1684);
        QCOMPARE(j.value(QStringLiteral("evalue_open_paise")).toInteger(), 7654321);
        QCOMPARE(j.value(QStringLiteral("evalue_close_paise")).toInteger(), 7554321);
        QCOMPARE(j.value(QStringLiteral("cash_expected_paise")).toInteger(), 2300000);
        QCOMPARE(j.value(QStringLiteral("cash_counted_paise")).toInteger(), 2299000);
        QCOMPARE(j.value(QStringLiteral("cash_difference_paise")).toInteger(), -1000);
        const QJsonArray unresolved = j.value(QStringLiteral("unresolved")).toArray();
        QCOMPARE(unresolved.size(), 1);
        QCOMPARE(unresolved.first().toObject().value(QStringLiteral("client_ref_id")).toString(), QStringLiteral("W3"));
        QCOMPARE(unresolved.first().toObject().value(QStringLiteral("age_days")).toInt(), 0);
        QVERIFY(!j.value(QStringLiteral("already_closed")).toBool());

        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("kind,count,total,attempted,failed,open,fees,commission\r\n"));
        QVERIFY(bytes.contains("cash_withdrawal,1,1000.00,2,0,1,0.00,4.50\r\n"));
        QVERIFY(bytes.contains("W3,cash_withdrawal,pending,2500.00,"));

        // Closing the same day again prints the recorded report, never a second one.
        const CliRun again = day(
            {QStringLiteral("close"), db(), QString(QStringLiteral("--date=") + m_closedDay.toString(Qt::ISODate))});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value(QStringLiteral("number")).toInt(), 1);
        QVERIFY(again.json().value(QStringLiteral("already_closed")).toBool());
    }

    void openShiftIsRefusedWithItsOwnExitCode()
    {
        const CliRun r
            = day({QStringLiteral("close"), db(), QStringLiteral("--date"), m_openDay.toString(Qt::ISODate)});
        QCOMPARE(r.exitCode, 7);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("close the till first"), r.err.constData());
        const CliRun show
            = day({QStringLiteral("show"), db(), QStringLiteral("--date"), m_openDay.toString(Qt::ISODate)});
        QCOMPARE(show.exitCode, 1); // nothing was recorded
    }

    void showFindsARecordedReport()
    {
        const CliRun r = day({QStringLiteral("show"), db(), QStringLiteral("--number=1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("ist_day")).toString(), m_closedDay.toString(Qt::ISODate));
        QCOMPARE(r.json().value(QStringLiteral("cash_counted_paise")).toInteger(), 2299000);
        QCOMPARE(day({QStringLiteral("show"), db(), QStringLiteral("--number"), QStringLiteral("9")}).exitCode, 1);
    }

    void badDatesAreUsageErrors()
    {
        QCOMPARE(day({QStringLiteral("close"), db(), QStringLiteral("--date"), QStringLiteral("2999-01-01")}).exitCode,
                 2);
        QCOMPARE(day({QStringLiteral("close"), db(), QStringLiteral("--date"), QStringLiteral("01/12/2026")}).exitCode,
                 2);
        QCOMPARE(day({QStringLiteral("close"), db(), QStringLiteral("--evalue"), QStringLiteral("12.345")}).exitCode,
                 2);
        QCOMPARE(day({QStringLiteral("show"), db(), QStringLiteral("--number=1"), QStringLiteral("--date=2026-01-01")})
                     .exitCode,
                 2);
    }

    void helpAtEveryLevel()
    {
        const CliRun group = day({QStringLiteral("--help")});
        QCOMPARE(group.exitCode, 0);
        QVERIFY(group.out.contains("close") && group.out.contains("show"));
        const CliRun close = day({QStringLiteral("close"), QStringLiteral("--help")});
        QCOMPARE(close.exitCode, 0);
        QVERIFY(close.out.contains("--date") && close.out.contains("--csv") && close.out.contains("--evalue"));
        const CliRun show = day({QStringLiteral("show"), QStringLiteral("--help")});
        QVERIFY(show.out.contains("--number"));
    }
};

QTEST_GUILESS_MAIN(TestCliDayClose)
#include "TestCliDayClose.moc"
