// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Eko's transaction_date / transaction_time read as one IST moment (reference §6.5, issue #14): Eko's
// "dd-MM-yy HH:mm:ss" in either field, the older forms leniently, and nothing invented when a part is missing.
#include "core/eko/AepsTransaction.h"
#include "core/receipt/Receipt.h"
#include "core/util/Clock.h"

#include <QJsonDocument>
#include <QTest>

using namespace saathi;
using namespace saathi::eko;

class TestAepsTransactionDate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEkosFormAndTheOlderOnes_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime at(QDate(2026, 12, 6), QTime(14, 5, 9), Clock::istZone());
        QTest::newRow("Eko's samples: both fields") << "06-12-26 14:05:09"
                                                    << "06-12-26 14:05:09" << at;
        QTest::newRow("Eko's form in the date only") << "06-12-26 14:05:09" << QString() << at;
        QTest::newRow("Eko's form in the time only") << QString() << "06-12-26 14:05:09" << at;
        QTest::newRow("old sandbox: dd-MM-yyyy date") << "06-12-2026"
                                                      << "06-12-26 14:05:09" << at;
        QTest::newRow("ISO date, bare time") << "2026-12-06"
                                             << "14:05:09" << at;
        QTest::newRow("slashes, bare time, padding") << " 06/12/2026 "
                                                     << " 14:05:09 " << at;
        QTest::newRow("no seconds") << "06-12-26 14:05" << QString()
                                    << QDateTime(QDate(2026, 12, 6), QTime(14, 5), Clock::istZone());
        QTest::newRow("a date alone is no moment") << "06-12-2026" << QString() << QDateTime();
        QTest::newRow("a time alone is no moment") << QString() << "14:05:09" << QDateTime();
        QTest::newRow("no such day") << "31-02-26 10:00:00" << QString() << QDateTime();
        QTest::newRow("no such hour") << "06-12-26 25:00:00" << QString() << QDateTime();
        QTest::newRow("garbage") << "yesterday"
                                 << "soon" << QDateTime();
        QTest::newRow("empty") << QString() << QString() << QDateTime();
    }
    void readsEkosFormAndTheOlderOnes()
    {
        QFETCH(QString, date);
        QFETCH(QString, time);
        QFETCH(QDateTime, expected);
        const QDateTime got = AepsTransaction::parseBankTime(date, time);
        QCOMPARE(got.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(got.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
            QCOMPARE(got.offsetFromUtc(), 5 * 3600 + 30 * 60);
        }
    }

    void envelopeFieldsBecomeTheReceiptsBankTime()
    {
        const QByteArray body = R"({"status":0,"response_status_id":0,"response_type_id":1463,"message":"ok",
            "data":{"tx_status":"0","amount":"500.00","transaction_date":"23-11-26 23:50:07",
                    "transaction_time":"23-11-26 23:50:07"}})";
        const auto envelope = parseEnvelope(body);
        QVERIFY(envelope.ok());
        const AepsTransaction t = AepsTransaction::fromEnvelope(envelope.value());
        QCOMPARE(t.transactionDate, QStringLiteral("23-11-26 23:50:07"));
        QCOMPARE(t.bankTime, QDateTime(QDate(2026, 11, 23), QTime(23, 50, 7), Clock::istZone()));

        journal::TransactionRecord record;
        record.kind = journal::TxKind::BalanceEnquiry;
        record.state = journal::TxState::Success;
        record.createdAtMs = t.bankTime.toMSecsSinceEpoch() - 4000; // our clock, four seconds earlier
        const auto withTime = receipt::Receipt::build(record, t, CounterIdentity {});
        QVERIFY2(withTime.plainText().contains(QStringLiteral("Date & time     23/11/2026 23:50:03 IST\n"
                                                              "Bank time       23/11/2026 23:50:07 IST\n")),
                 qPrintable(withTime.plainText()));
        // No readable bank time, no line.
        const auto without = receipt::Receipt::build(record, AepsTransaction {}, CounterIdentity {});
        QVERIFY(!without.plainText().contains(QStringLiteral("Bank time")));
    }
};

QTEST_GUILESS_MAIN(TestAepsTransactionDate)
#include "TestAepsTransactionDate.moc"
