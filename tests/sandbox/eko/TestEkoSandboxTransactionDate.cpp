// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// AePS answers date the transaction as Eko's samples do (reference §6.5, issue #14): transaction_date and
// transaction_time both "dd-MM-yy HH:mm:ss" in IST, never the sandbox's old "dd-MM-yyyy".
#include "SandboxTestClient.h"
#include "core/util/Clock.h"
#include "sandbox/eko/EkoSandbox.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace saathi;
using namespace saathi::sandbox;
using saathi::test::HttpResult;
using saathi::test::SandboxTestClient;

namespace {
const QString kCustomer = QStringLiteral("999941057058");
// 23 Nov 2026 23:50:07 IST, ten minutes before the IST day ends (UTC is still on the 23rd too).
const qint64 kNow = QDateTime(QDate(2026, 11, 23), QTime(18, 20, 7), QTimeZone::utc()).toMSecsSinceEpoch();
} // namespace

class TestEkoSandboxTransactionDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_clock.setNowMs(kNow);
        m_sandbox = std::make_unique<EkoSandbox>(EkoSandboxConfig(), &m_clock);
        QVERIFY(m_sandbox->listen());
        m_sandbox->markEkycDone(QStringLiteral("20810200"), QStringLiteral("999977788890"));
        m_sandbox->markDailyKycDone(QStringLiteral("20810200"));
        m_client = std::make_unique<SandboxTestClient>(m_sandbox->baseUrl(), m_clock);
    }
    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void transactionDateAndTimeUseEkosSampleFormat_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("amount");
        QTest::newRow("cash withdrawal") << "cash-withdrawl"
                                         << "500";
        QTest::newRow("balance enquiry") << "balance-enquiry" << QString();
        QTest::newRow("mini statement") << "mini-statement" << QString();
    }
    void transactionDateAndTimeUseEkosSampleFormat()
    {
        QFETCH(QString, op);
        QFETCH(QString, amount);
        QJsonObject body {{QStringLiteral("client_ref_id"), QString(QStringLiteral("DATE-") + op)},
                          {QStringLiteral("bank_code"), QStringLiteral("SBIN")},
                          {QStringLiteral("aadhar"), m_client->encryptAadhaar(kCustomer)},
                          {QStringLiteral("latlong"), QStringLiteral("12.97,77.59")},
                          {QStringLiteral("piddata"), SandboxTestClient::pid(false)}};
        if (!amount.isEmpty()) {
            body[QStringLiteral("amount")] = amount;
        }
        const HttpResult r = m_client->json(
            "POST", QStringLiteral("/v3/customer/collection/aeps-fingpay/%1/9876543210").arg(op), body);
        QCOMPARE(r.status(), 0);
        QCOMPARE(r.dataText(QStringLiteral("transaction_date")), QStringLiteral("23-11-26 23:50:07"));
        QCOMPARE(r.dataText(QStringLiteral("transaction_time")), QStringLiteral("23-11-26 23:50:07"));
        static const QRegularExpression oldForm(QStringLiteral("^[0-9]{2}-[0-9]{2}-[0-9]{4}$"));
        QVERIFY(!oldForm.match(r.dataText(QStringLiteral("transaction_date"))).hasMatch());
    }

private:
    ManualClock m_clock {kNow};
    std::unique_ptr<EkoSandbox> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
};

QTEST_GUILESS_MAIN(TestEkoSandboxTransactionDate)
#include "TestEkoSandboxTransactionDate.moc"
