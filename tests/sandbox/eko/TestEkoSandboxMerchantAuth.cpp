// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Per-withdrawal merchant authentication (reference §6.6) in the sandbox: the route, and the catalogue switch that
// makes a cash withdrawal need a fresh, single-use id (as reference_id or reference_tid, contradiction 14).
#include "SandboxTestClient.h"
#include "core/util/Clock.h"
#include "sandbox/eko/EkoSandbox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;
using namespace saathi::sandbox;
using saathi::test::HttpResult;
using saathi::test::SandboxTestClient;

namespace {
const QString kAgentAadhaar = QStringLiteral("999977788890");
const QString kCustomerAadhaar = QStringLiteral("999941057058");
const QString kUserCode = QStringLiteral("20810200");
} // namespace

class TestEkoSandboxMerchantAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void switchOffWithdrawalsNeedNoAuthentication();
    void switchOnWithdrawalNeedsAFreshSingleUseId();
    void eitherFieldNameCarriesTheId();
    void authenticationChecksTheAgentAndTheFinger();

private:
    void switchOn();
    HttpResult authenticate(const QString& aadhaar, bool withWadh = false);
    HttpResult withdraw(const QString& ref, const QString& idField = {}, const QString& id = {});

    ManualClock m_clock {1700000000000};
    QTemporaryDir m_dir;
    std::unique_ptr<EkoSandbox> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestEkoSandboxMerchantAuth::init()
{
    m_clock.setNowMs(1700000000000);
    m_sandbox = std::make_unique<EkoSandbox>(EkoSandboxConfig(), &m_clock);
    QVERIFY(m_sandbox->listen());
    m_client = std::make_unique<SandboxTestClient>(m_sandbox->baseUrl(), m_clock);
    m_sandbox->markEkycDone(kUserCode, kAgentAadhaar);
    m_sandbox->markDailyKycDone(kUserCode);
}

void TestEkoSandboxMerchantAuth::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

// The integrator's way: a copy of the catalogue with the switch flipped, no recompiling.
void TestEkoSandboxMerchantAuth::switchOn()
{
    QFile builtIn(QStringLiteral(":/saathi/eko/endpoints.json"));
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    QByteArray json = builtIn.readAll();
    QVERIFY(json.contains("\"merchant_auth_per_withdrawal\": false"));
    json.replace("\"merchant_auth_per_withdrawal\": false", "\"merchant_auth_per_withdrawal\": true");
    QFile copy(m_dir.filePath(QStringLiteral("endpoints.json")));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(json);
    copy.close();
    EkoSandboxConfig config = m_sandbox->config();
    config.catalogueFile = copy.fileName();
    m_sandbox->setConfig(config);
}

HttpResult TestEkoSandboxMerchantAuth::authenticate(const QString& aadhaar, bool withWadh)
{
    return m_client->json("POST", QStringLiteral("/v2/aeps/aepsmerchantauth"),
                          {{QStringLiteral("customer_id"), QStringLiteral("9962981729")},
                           {QStringLiteral("aadhar"), m_client->encryptAadhaar(aadhaar)},
                           {QStringLiteral("client_ref_id"), QStringLiteral("MA-%1").arg(m_clock.nowMs())},
                           {QStringLiteral("latlong"), QStringLiteral("12.97,77.59")},
                           {QStringLiteral("bank_code"), QStringLiteral("KARB")},
                           {QStringLiteral("piddata"), SandboxTestClient::pid(withWadh)}});
}

HttpResult TestEkoSandboxMerchantAuth::withdraw(const QString& ref, const QString& idField, const QString& id)
{
    QJsonObject body {{QStringLiteral("client_ref_id"), ref},
                      {QStringLiteral("bank_code"), QStringLiteral("SBIN")},
                      {QStringLiteral("aadhar"), m_client->encryptAadhaar(kCustomerAadhaar)},
                      {QStringLiteral("latlong"), QStringLiteral("12.97,77.59")},
                      {QStringLiteral("piddata"), SandboxTestClient::pid(false)},
                      {QStringLiteral("amount"), QStringLiteral("500")}};
    if (!idField.isEmpty()) {
        body.insert(idField, id);
    }
    return m_client->json("POST", QStringLiteral("/v3/customer/collection/aeps-fingpay/cash-withdrawl/9876543210"),
                          body);
}

void TestEkoSandboxMerchantAuth::switchOffWithdrawalsNeedNoAuthentication()
{
    QCOMPARE(withdraw(QStringLiteral("off-1")).typeId(), 1463);
    const HttpResult auth = authenticate(kAgentAadhaar);
    QCOMPARE(auth.status(), 0);
    QCOMPARE(auth.typeId(), 1752);
    QVERIFY(!auth.dataText(QStringLiteral("reference_id")).isEmpty());
}

void TestEkoSandboxMerchantAuth::switchOnWithdrawalNeedsAFreshSingleUseId()
{
    switchOn();
    const QString before = m_sandbox->agent(kUserCode)->wallet.toWireString();
    const HttpResult bare = withdraw(QStringLiteral("on-1"));
    QCOMPARE(bare.status(), 1464);
    QCOMPARE(bare.dataText(QStringLiteral("reason")), QStringLiteral("Merchant authentication required"));
    QCOMPARE(m_sandbox->agent(kUserCode)->wallet.toWireString(), before); // nothing moved

    const QString id = authenticate(kAgentAadhaar).dataText(QStringLiteral("reference_id"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(withdraw(QStringLiteral("on-2"), QStringLiteral("reference_id"), id).typeId(), 1463);
    QCOMPARE(withdraw(QStringLiteral("on-3"), QStringLiteral("reference_id"), id).status(), 1464); // used up

    const QString late = authenticate(kAgentAadhaar).dataText(QStringLiteral("reference_id"));
    m_clock.advanceMs(5 * 60 * 1000 + 1);
    QCOMPARE(withdraw(QStringLiteral("on-4"), QStringLiteral("reference_id"), late).status(), 1464); // expired
    QCOMPARE(withdraw(QStringLiteral("on-5"), QStringLiteral("reference_id"), QStringLiteral("MAUTH999")).status(),
             1464);
}

void TestEkoSandboxMerchantAuth::eitherFieldNameCarriesTheId()
{
    switchOn();
    const QString id = authenticate(kAgentAadhaar).dataText(QStringLiteral("reference_tid"));
    QCOMPARE(withdraw(QStringLiteral("tid-1"), QStringLiteral("reference_tid"), id).typeId(), 1463);
}

void TestEkoSandboxMerchantAuth::authenticationChecksTheAgentAndTheFinger()
{
    const HttpResult other = authenticate(kCustomerAadhaar); // not the agent's own Aadhaar
    QCOMPARE(other.status(), 1464);
    QCOMPARE(other.dataText(QStringLiteral("reason")), QStringLiteral("Aadhar/PAN/Merchant Name Not Matching"));
    QCOMPARE(authenticate(kAgentAadhaar, true).status(), 1464); // an eKYC capture (wadh) is not a transaction's
    const HttpResult missing = m_client->json("POST", QStringLiteral("/v2/aeps/aepsmerchantauth"), {});
    QCOMPARE(missing.status(), 97);
    QVERIFY(missing.invalidParams().contains(QStringLiteral("piddata")));
}

QTEST_GUILESS_MAIN(TestEkoSandboxMerchantAuth)
#include "TestEkoSandboxMerchantAuth.moc"
