// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/dayclose/DayCloseOutput.h"
#include "core/journal/HistoryQuery.h"

#include <QTest>

using namespace saathi;
using namespace saathi::dayclose;
using namespace saathi::journal;

namespace {

const QDate kDay(2026, 12, 1);

DayCloseReport sampleReport()
{
    DayCloseReport r;
    r.number = 7;
    r.istDay = kDay;
    r.closedAtMs = history::istDayStartMs(kDay) + 21 * 3600'000;
    r.kinds = {{TxKind::AepsWithdrawal, 12, Paise {2500000}, 14, 1, 1, Paise {0}, Paise {12550}},
               {TxKind::DmtTransfer, 2, Paise {1234567890}, 2, 0, 0, Paise {4000}, Paise {1234}}};
    r.fees = Paise {4000};
    r.commission = Paise {13784};
    r.evalueOpen = Paise {5000000};
    r.cashExpected = Paise {2300000};
    r.cashCounted = Paise {2299000};
    r.cashDifference = Paise {-1000};
    till::Shift s;
    s.id = 1;
    s.operatorName = QStringLiteral("=Asha Kumari Devi Prasad Shrivastava of the long name");
    s.openedAtMs = history::istDayStartMs(kDay) + 9 * 3600'000;
    s.closedAtMs = history::istDayStartMs(kDay) + 20 * 3600'000;
    s.openingCash = Paise {2000000};
    s.expectedCash = Paise {2300000};
    s.countedCash = Paise {2299000};
    s.difference = Paise {-1000};
    s.handedTo = QStringLiteral("Ravi");
    r.shifts = {s};
    UnresolvedLine u;
    u.clientRefId = QStringLiteral("SAATHI-20261130-0000000000000001");
    u.kind = TxKind::AepsWithdrawal;
    u.state = TxState::Pending;
    u.amount = Paise {250000};
    u.createdAtMs = history::istDayStartMs(kDay.addDays(-1)) + 10 * 3600'000;
    u.ageDays = 1;
    u.carried = true;
    r.unresolved = {u};
    r.clearedSinceLastClose = {QStringLiteral("SAATHI-OLD-1")};
    return r;
}

CounterIdentity identity()
{
    CounterIdentity id;
    id.userCode = QStringLiteral("20810200");
    id.shopName = QStringLiteral("Sharma General Store, \"Main\" Road");
    id.shopAddress = QStringLiteral("Shop 4, Gandhi Chowk, near the old bus stand, Rampur, Uttar Pradesh 244901");
    return id;
}

// RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled.
QList<QStringList> parseCsv(const QString& text, bool* ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty()) {
                *ok = false;
            }
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')) {
                *ok = false;
            }
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty()) {
        *ok = false;
    }
    return rows;
}

const QStringList* rowStarting(const QList<QStringList>& rows, const QString& first)
{
    for (const QStringList& r : rows) {
        if (!r.isEmpty() && r.first() == first) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace

class TestDayCloseOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesFitThePaper_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("80 mm / font B 58 mm") << 42;
        QTest::newRow("58 mm font A") << 32;
    }

    void linesFitThePaper()
    {
        QFETCH(int, width);
        const QStringList lines = DayCloseOutput::lines(sampleReport(), identity(), width);
        for (const QString& line : lines) {
            QVERIFY2(line.size() <= width,
                     qPrintable(QStringLiteral("%1 > %2: %3").arg(line.size()).arg(width).arg(line)));
        }
        const QString text = lines.join(QLatin1Char('\n'));
        QVERIFY(text.contains(QStringLiteral("DAY CLOSE No. 7")));
        QVERIFY(text.contains(QStringLiteral("₹25,000.00")));
        QVERIFY(text.contains(QStringLiteral("₹1,23,45,678.90")));
        QVERIFY(text.contains(QStringLiteral("-₹10.00")));
        QVERIFY(text.contains(QStringLiteral("UNRESOLVED (1)")));
        // Wrapped at spaces on narrow paper: read as one text.
        QVERIFY(lines.join(QLatin1Char(' ')).simplified().contains(QStringLiteral("1 day old (carried)")));
        QVERIFY(text.contains(QStringLiteral("20810200")));
    }

    void previewSaysItIsNotClosed()
    {
        DayCloseReport r = sampleReport();
        r.number = 0;
        r.closedAtMs = 0;
        r.evalueOpen.reset();
        const QString text = DayCloseOutput::lines(r, identity()).join(QLatin1Char('\n'));
        QVERIFY(text.contains(QStringLiteral("PREVIEW")));
        QVERIFY(text.contains(QStringLiteral("not known")));
        QVERIFY(DayCloseOutput::html(r, identity()).contains(QStringLiteral("not closed yet")));
    }

    void htmlCarriesTheFiguresEscaped()
    {
        const QString html = DayCloseOutput::html(sampleReport(), identity());
        for (const QString& figure :
             {QStringLiteral("₹25,000.00"), QStringLiteral("₹1,23,45,678.90"), QStringLiteral("₹23,000.00"),
              QStringLiteral("₹22,990.00"), QStringLiteral("-₹10.00"), QStringLiteral("₹50,000.00"),
              QStringLiteral("SAATHI-20261130-0000000000000001"), QStringLiteral("01/12/2026")}) {
            QVERIFY2(html.contains(figure), qPrintable(figure));
        }
        QVERIFY(html.contains(QStringLiteral("&quot;Main&quot;")));
        QVERIFY(!html.contains(QStringLiteral("\"Main\"")));
    }

    void csvParsesWithRupeesAndEnglishHeaders()
    {
        bool ok = false;
        const QByteArray bytes = DayCloseOutput::csv(sampleReport(), identity());
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes), &ok);
        QVERIFY(ok);
        const QStringList* header = rowStarting(rows, QStringLiteral("report_number"));
        QVERIFY(header);
        const qsizetype at = rows.indexOf(*header);
        QCOMPARE(rows.at(at + 1).at(0), QStringLiteral("7"));
        QCOMPARE(rows.at(at + 1).at(1), QStringLiteral("2026-12-01"));
        QCOMPARE(rows.at(at + 1).at(3), QStringLiteral("Sharma General Store, \"Main\" Road"));

        const QStringList* kindHeader = rowStarting(rows, QStringLiteral("kind"));
        QVERIFY(kindHeader);
        QCOMPARE(*kindHeader,
                 (QStringList {QStringLiteral("kind"), QStringLiteral("count"), QStringLiteral("total"),
                               QStringLiteral("attempted"), QStringLiteral("failed"), QStringLiteral("open"),
                               QStringLiteral("fees"), QStringLiteral("commission")}));
        const QStringList* cw = rowStarting(rows, QStringLiteral("cash_withdrawal"));
        QVERIFY(cw);
        QCOMPARE(cw->at(1), QStringLiteral("12"));
        QCOMPARE(cw->at(2), QStringLiteral("25000.00"));
        QCOMPARE(cw->at(7), QStringLiteral("125.50"));
        QCOMPARE(rowStarting(rows, QStringLiteral("dmt_transfer"))->at(2), QStringLiteral("12345678.90"));
        QCOMPARE(rowStarting(rows, QStringLiteral("cash_difference"))->at(1), QStringLiteral("-10.00"));
        QCOMPARE(rowStarting(rows, QStringLiteral("evalue_open"))->at(1), QStringLiteral("50000.00"));
        QCOMPARE(rowStarting(rows, QStringLiteral("evalue_close"))->at(1), QString()); // not known
        const QStringList* shift = rowStarting(rows, QStringLiteral("1"));
        QVERIFY(shift);
        QVERIFY(shift->at(1).startsWith(QStringLiteral("'="))); // never a formula in a spreadsheet
        QCOMPARE(shift->at(8), QStringLiteral("Ravi"));
        const QStringList* stuck = rowStarting(rows, QStringLiteral("SAATHI-20261130-0000000000000001"));
        QVERIFY(stuck);
        QCOMPARE(stuck->at(1), QStringLiteral("cash_withdrawal"));
        QCOMPARE(stuck->at(2), QStringLiteral("pending"));
        QCOMPARE(stuck->at(3), QStringLiteral("2500.00"));
        QCOMPARE(stuck->at(5), QStringLiteral("1"));
        QCOMPARE(stuck->at(6), QStringLiteral("yes"));
        QVERIFY(rowStarting(rows, QStringLiteral("SAATHI-OLD-1")));
    }
};

QTEST_GUILESS_MAIN(TestDayCloseOutput)
#include "TestDayCloseOutput.moc"
