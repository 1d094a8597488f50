// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// DMT-Fino (reference §7.3, §8) over real HTTP with JSON bodies: sender onboarding and biometric eKYC with its OTP,
// recipients, the single-use transfer OTP, limits before and after eKYC, refunds on the v3 refund routes, and a
// dropped answer reconciled by inquiry to exactly one wallet debit.
#include "SandboxTestClient.h"
#include "core/util/Clock.h"
#include "sandbox/eko/EkoSandbox.h"

#include <QJsonArray>
#include <QTest>

using namespace saathi;
using namespace saathi::sandbox;
using saathi::test::HttpResult;
using saathi::test::SandboxTestClient;

namespace {
const QString kAsha = QStringLiteral("9822200001"); // eKYC done, one HDFC recipient
const QString kVijay = QStringLiteral("9822200002"); // KYC pending, no recipients
const QString kSenderAadhaar = QStringLiteral("999941057058");
const QString kFino = QStringLiteral("/v3/customer/payment/dmt-fino");
} // namespace

class TestEkoSandboxDmtFino : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newSenderIsOnboardedAndCompletesEkyc();
    void wrongExpiredAndReusedEkycOtps();
    void badBiometricFailsSenderEkyc();
    void recipientsAreAddedListedAndDeleted();
    void transferOtpIsSingleUse();
    void transferAbove5000IsRefused();
    void limitBeforeEkycIs5000AndResetsNextMonth();
    void impsFailureIsRefundedOnTheV3RefundRoutes();
    void neftIsInitiatedThenResolved();
    void droppedTransferResponseIsReconciledToOneDebit();

private:
    QString sender(const QString& mobile) const { return kFino + QStringLiteral("/sender/") + mobile; }
    QString recipientOf(const QString& mobile) const
    {
        return m_sandbox->dmtCustomer(DmtRail::Fino, mobile)->recipients.value(0).id;
    }
    QString sendOtp(const QString& mobile, const QString& amount);
    HttpResult transfer(const QString& ref, const QString& amount, const QString& otpRef,
                        const QString& otp = QStringLiteral("123456"), const QString& mobile = kAsha,
                        const QString& channel = QStringLiteral("2"));
    // Sends a transfer OTP and transfers with it.
    HttpResult send(const QString& ref, const QString& amount, const QString& mobile = kAsha);
    Paise wallet() const { return m_sandbox->agent(QStringLiteral("20810200"))->wallet; }

    ManualClock m_clock {1700000000000};
    std::unique_ptr<EkoSandbox> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestEkoSandboxDmtFino::init()
{
    m_clock.setNowMs(1700000000000);
    m_sandbox = std::make_unique<EkoSandbox>(EkoSandboxConfig(), &m_clock);
    QVERIFY(m_sandbox->listen());
    m_sandbox->setAgentWallet(QStringLiteral("20810200"), Paise::fromRupees(100000));
    m_client = std::make_unique<SandboxTestClient>(m_sandbox->baseUrl(), m_clock);
}

void TestEkoSandboxDmtFino::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

QString TestEkoSandboxDmtFino::sendOtp(const QString& mobile, const QString& amount)
{
    const auto r = m_client->json("POST", kFino + QStringLiteral("/otp"),
                                  {{QStringLiteral("customer_id"), mobile},
                                   {QStringLiteral("recipient_id"), recipientOf(mobile)},
                                   {QStringLiteral("amount"), amount}});
    return r.typeId() == 2133 ? r.dataText(QStringLiteral("otp_ref_id")) : QString();
}

HttpResult TestEkoSandboxDmtFino::transfer(const QString& ref, const QString& amount, const QString& otpRef,
                                           const QString& otp, const QString& mobile, const QString& channel)
{
    return m_client->json("POST", kFino,
                          {{QStringLiteral("recipient_id"), recipientOf(mobile)},
                           {QStringLiteral("amount"), amount},
                           {QStringLiteral("customer_id"), mobile},
                           {QStringLiteral("otp"), otp},
                           {QStringLiteral("otp_ref_id"), otpRef},
                           {QStringLiteral("client_ref_id"), ref},
                           {QStringLiteral("channel"), channel},
                           {QStringLiteral("latlong"), QStringLiteral("12.97,77.59")},
                           {QStringLiteral("state"), QStringLiteral("1")}});
}

HttpResult TestEkoSandboxDmtFino::send(const QString& ref, const QString& amount, const QString& mobile)
{
    return transfer(ref, amount, sendOtp(mobile, amount), QStringLiteral("123456"), mobile);
}

void TestEkoSandboxDmtFino::newSenderIsOnboardedAndCompletesEkyc()
{
    const QString mobile = QStringLiteral("9876511111");
    QCOMPARE(m_client->get(sender(mobile)).status(), 308);
    const auto onboarded = m_client->json(
        "POST", sender(mobile),
        {{QStringLiteral("name"), QStringLiteral("Farida Begum")},
         {QStringLiteral("dob"), QStringLiteral("1992-03-04")},
         {QStringLiteral("residence_address"), QJsonObject {{QStringLiteral("city"), QStringLiteral("Hubballi")}}}});
    // Eko's samples: the step comes back with status 0 and is named in response_type_id (reference §7.3).
    QCOMPARE(onboarded.status(), 0);
    QCOMPARE(onboarded.typeId(), 2134);
    QCOMPARE(onboarded.dataText(QStringLiteral("total_limit")), QStringLiteral("5000.00"));
    QCOMPARE(m_client
                 ->json("POST", sender(mobile),
                        {{QStringLiteral("name"), QStringLiteral("Farida Begum")},
                         {QStringLiteral("dob"), QStringLiteral("1992-03-04")},
                         {QStringLiteral("residence_address"), QStringLiteral("{}")}})
                 .status(),
             17);
    QCOMPARE(m_client->get(sender(mobile)).typeId(), 2134);
    // The sender's Aadhaar travels plain (reference §2.4): an RSA ciphertext is not a 12-digit number.
    const auto encrypted = m_client->json("PUT", sender(mobile) + QStringLiteral("/otp"),
                                          {{QStringLiteral("aadhar"), m_client->encryptAadhaar(kSenderAadhaar)},
                                           {QStringLiteral("piddata"), SandboxTestClient::pid(true)}});
    QCOMPARE(encrypted.status(), 97);
    QVERIFY(encrypted.invalidParams().contains(QStringLiteral("aadhar")));
    const auto ekyc = m_client->json(
        "PUT", sender(mobile) + QStringLiteral("/otp"),
        {{QStringLiteral("aadhar"), kSenderAadhaar}, {QStringLiteral("piddata"), SandboxTestClient::pid(true)}});
    QCOMPARE(ekyc.status(), 0);
    QCOMPARE(ekyc.typeId(), 2129);
    const QString kycRequest = ekyc.dataText(QStringLiteral("kyc_request_id"));
    const QString otpRef = ekyc.dataText(QStringLiteral("otp_ref_id"));
    QVERIFY(!kycRequest.isEmpty() && !otpRef.isEmpty());
    const auto done = m_client->json("PUT", sender(mobile) + QStringLiteral("/otp/verify"),
                                     {{QStringLiteral("kyc_request_id"), kycRequest},
                                      {QStringLiteral("otp"), QStringLiteral("123456")},
                                      {QStringLiteral("otp_ref_id"), otpRef}});
    QCOMPARE(done.status(), 0);
    QCOMPARE(done.typeId(), 2132);
    QCOMPARE(done.dataText(QStringLiteral("total_limit")), QStringLiteral("25000.00"));
    const auto found = m_client->get(sender(mobile));
    QCOMPARE(found.status(), 0);
    QCOMPARE(found.typeId(), 309);
    QCOMPARE(found.dataText(QStringLiteral("aadhar")), QStringLiteral("XXXX XXXX 7058"));
    QCOMPARE(m_sandbox->dmtCustomer(DmtRail::Fino, mobile)->kyc, FinoKycStage::Done);
    QCOMPARE(m_client
                 ->json("PUT", sender(mobile) + QStringLiteral("/otp"),
                        {{QStringLiteral("aadhar"), kSenderAadhaar},
                         {QStringLiteral("piddata"), SandboxTestClient::pid(true)}})
                 .status(),
             585);
}

void TestEkoSandboxDmtFino::wrongExpiredAndReusedEkycOtps()
{
    auto ekyc = [&] {
        return m_client->json(
            "PUT", sender(kVijay) + QStringLiteral("/otp"),
            {{QStringLiteral("aadhar"), kSenderAadhaar}, {QStringLiteral("piddata"), SandboxTestClient::pid(true)}});
    };
    auto verify = [&](const HttpResult& step, const QString& otp) {
        return m_client->json("PUT", sender(kVijay) + QStringLiteral("/otp/verify"),
                              {{QStringLiteral("kyc_request_id"), step.dataText(QStringLiteral("kyc_request_id"))},
                               {QStringLiteral("otp"), otp},
                               {QStringLiteral("otp_ref_id"), step.dataText(QStringLiteral("otp_ref_id"))}});
    };
    const auto first = ekyc();
    const auto wrong = verify(first, QStringLiteral("111111"));
    QCOMPARE(wrong.status(), 2131);
    QCOMPARE(wrong.json.value(QStringLiteral("response_status_id")).toInt(), 302);
    m_clock.advanceMs(m_sandbox->config().otpValidityMs + 1000);
    const auto expired = verify(first, QStringLiteral("123456"));
    QCOMPARE(expired.status(), 2131);
    QCOMPARE(expired.json.value(QStringLiteral("response_status_id")).toInt(), 303);
    const auto second = ekyc();
    QCOMPARE(verify(second, QStringLiteral("123456")).typeId(), 2132);
    const auto reused = verify(second, QStringLiteral("123456"));
    QCOMPARE(reused.status(), 2131);
    QCOMPARE(reused.json.value(QStringLiteral("message")).toString(), QStringLiteral("OTP already Consumed"));
}

void TestEkoSandboxDmtFino::badBiometricFailsSenderEkyc()
{
    const auto r = m_client->json("PUT", sender(kVijay) + QStringLiteral("/otp"),
                                  {{QStringLiteral("aadhar"), kSenderAadhaar},
                                   {QStringLiteral("piddata"), SandboxTestClient::pid(false)}}); // no wadh
    QCOMPARE(r.status(), 2135);
    QCOMPARE(r.dataText(QStringLiteral("reason")), QStringLiteral("Authentication Failed. Invalid Biometric data."));
    const auto bad = m_client->json("PUT", sender(kVijay) + QStringLiteral("/otp"),
                                    {{QStringLiteral("aadhar"), QStringLiteral("not-encrypted")},
                                     {QStringLiteral("piddata"), SandboxTestClient::pid(true)}});
    QCOMPARE(bad.status(), 97);
    QVERIFY(bad.invalidParams().contains(QStringLiteral("aadhar")));
}

void TestEkoSandboxDmtFino::recipientsAreAddedListedAndDeleted()
{
    QCOMPARE(m_client->get(sender(kVijay) + QStringLiteral("/recipients")).typeId(), 22);
    const QJsonObject who {{QStringLiteral("recipient_name"), QStringLiteral("Rekha Singh")},
                           {QStringLiteral("recipient_mobile"), QStringLiteral("9822200777")},
                           {QStringLiteral("account"), QStringLiteral("33445566778")},
                           {QStringLiteral("ifsc"), QStringLiteral("PUNB0112200")}};
    const auto added = m_client->json("POST", sender(kVijay) + QStringLiteral("/recipient"), who);
    QCOMPARE(added.typeId(), 43);
    const QString id = added.dataText(QStringLiteral("recipient_id"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_client->json("POST", sender(kVijay) + QStringLiteral("/recipient"), who).status(), 342);
    QJsonObject badFormat = who;
    badFormat[QStringLiteral("ifsc")] = QStringLiteral("PUNB011220");
    QCOMPARE(m_client->json("POST", sender(kVijay) + QStringLiteral("/recipient"), badFormat).status(), 136);
    QJsonObject unknownBank = who;
    unknownBank[QStringLiteral("ifsc")] = QStringLiteral("ZZZZ0112200");
    QCOMPARE(m_client->json("POST", sender(kVijay) + QStringLiteral("/recipient"), unknownBank).status(), 521);
    const auto list = m_client->get(sender(kVijay) + QStringLiteral("/recipients"));
    QCOMPARE(list.typeId(), 23);
    QCOMPARE(list.data().value(QStringLiteral("recipient_list")).toArray().size(), 1);
    QCOMPARE(m_client->json("DELETE", sender(kVijay) + QStringLiteral("/recipient/") + id, {}).status(), 0);
    QCOMPARE(m_client->get(sender(kVijay) + QStringLiteral("/recipients")).typeId(), 22);
    QCOMPARE(m_client->json("POST", sender(QStringLiteral("9876599999")) + QStringLiteral("/recipient"), who).status(),
             308);
}

void TestEkoSandboxDmtFino::transferOtpIsSingleUse()
{
    const QString otpRef = sendOtp(kAsha, QStringLiteral("5000"));
    QVERIFY(!otpRef.isEmpty());
    const auto wrong = transfer(QStringLiteral("fino-w"), QStringLiteral("5000"), otpRef, QStringLiteral("999999"));
    QCOMPARE(wrong.status(), 55);
    QCOMPARE(wrong.json.value(QStringLiteral("message")).toString(), QStringLiteral("Wrong OTP"));
    const auto ok = transfer(QStringLiteral("fino-1"), QStringLiteral("5000"), otpRef);
    QCOMPARE(ok.status(), 0);
    QCOMPARE(ok.typeId(), 325);
    QCOMPARE(ok.dataText(QStringLiteral("tx_status")), QStringLiteral("0"));
    QCOMPARE(wallet(), Paise::fromRupees(100000 - 5050));
    const auto reused = transfer(QStringLiteral("fino-2"), QStringLiteral("5000"), otpRef);
    QCOMPARE(reused.status(), 55);
    QCOMPARE(reused.json.value(QStringLiteral("message")).toString(), QStringLiteral("OTP already Consumed"));
    QCOMPARE(m_sandbox->dmtLedger().size(), 1);
    // An OTP sent for one amount does not authorise another.
    const QString other = sendOtp(kAsha, QStringLiteral("100"));
    QCOMPARE(transfer(QStringLiteral("fino-3"), QStringLiteral("200"), other).status(), 55);
    const auto q
        = m_client->get(QStringLiteral("/v3/tools/reference/transaction/") + ok.dataText(QStringLiteral("tid")));
    QCOMPARE(q.typeId(), 1472);
    QCOMPARE(q.dataText(QStringLiteral("client_ref_id")), QStringLiteral("fino-1"));
}

void TestEkoSandboxDmtFino::transferAbove5000IsRefused()
{
    const auto r = send(QStringLiteral("fino-big"), QStringLiteral("5001"));
    QCOMPARE(r.status(), 97);
    QVERIFY(r.invalidParams().contains(QStringLiteral("amount")));
    QVERIFY(m_sandbox->dmtLedger().isEmpty());
}

void TestEkoSandboxDmtFino::limitBeforeEkycIs5000AndResetsNextMonth()
{
    m_clock.setNowMs(QDateTime(QDate(2023, 11, 30), QTime(23, 59), Clock::istZone()).toMSecsSinceEpoch());
    QCOMPARE(m_client
                 ->json("POST", sender(kVijay) + QStringLiteral("/recipient"),
                        {{QStringLiteral("recipient_name"), QStringLiteral("Rekha Singh")},
                         {QStringLiteral("recipient_mobile"), QStringLiteral("9822200777")},
                         {QStringLiteral("account"), QStringLiteral("33445566778")},
                         {QStringLiteral("ifsc"), QStringLiteral("PUNB0112200")}})
                 .typeId(),
             43);
    QCOMPARE(send(QStringLiteral("vj-1"), QStringLiteral("4000"), kVijay).status(), 0);
    const auto over = send(QStringLiteral("vj-2"), QStringLiteral("1001"), kVijay);
    QCOMPARE(over.status(), 36);
    QCOMPARE(over.dataText(QStringLiteral("available_limit")), QStringLiteral("1000.00"));
    m_clock.setNowMs(QDateTime(QDate(2023, 12, 1), QTime(0, 1), Clock::istZone()).toMSecsSinceEpoch());
    QCOMPARE(send(QStringLiteral("vj-3"), QStringLiteral("4500"), kVijay).status(), 0);
    QCOMPARE(m_sandbox->dmtDebitCount(QStringLiteral("vj-2")), 0);
}

void TestEkoSandboxDmtFino::impsFailureIsRefundedOnTheV3RefundRoutes()
{
    const auto r = send(QStringLiteral("fino-rf"), QStringLiteral("4321"));
    QCOMPARE(r.dataText(QStringLiteral("tx_status")), QStringLiteral("3"));
    QCOMPARE(r.json.value(QStringLiteral("response_status_id")).toInt(), 3);
    const QString tid = r.dataText(QStringLiteral("tid"));
    QCOMPARE(wallet(), Paise::fromRupees(100000) - Paise::fromRupees(4321) - Paise {4321});
    const QString refund = QStringLiteral("/v3/customer/payment/refund/") + tid;
    const auto otp = m_client->json("POST", refund + QStringLiteral("/otp"), {});
    QCOMPARE(otp.typeId(), 2133);
    const QString otpRef = otp.dataText(QStringLiteral("otp_ref_id"));
    QJsonObject body {{QStringLiteral("otp"), QStringLiteral("000000")},
                      {QStringLiteral("otp_ref_id"), otpRef},
                      {QStringLiteral("service_code"), QStringLiteral("80")},
                      {QStringLiteral("state"), QStringLiteral("1")}};
    QCOMPARE(m_client->json("POST", refund, body).status(), 302);
    body[QStringLiteral("otp")] = QStringLiteral("123456");
    const auto done = m_client->json("POST", refund, body);
    QCOMPARE(done.typeId(), 74);
    QCOMPARE(done.dataText(QStringLiteral("refunded_amount")), QStringLiteral("4364.21"));
    QCOMPARE(wallet(), Paise::fromRupees(100000));
    QCOMPARE(m_client->get(QStringLiteral("/v3/tools/reference/transaction/client_ref_id:fino-rf"))
                 .dataText(QStringLiteral("tx_status")),
             QStringLiteral("4"));
    QCOMPARE(m_client->json("POST", refund, body).status(), 461);
    QCOMPARE(m_client->json("POST", QStringLiteral("/v3/customer/payment/refund/42/otp"), {}).status(), 168);
}

void TestEkoSandboxDmtFino::neftIsInitiatedThenResolved()
{
    const QString otpRef = sendOtp(kAsha, QStringLiteral("3000"));
    const auto r = transfer(QStringLiteral("fino-neft"), QStringLiteral("3000"), otpRef, QStringLiteral("123456"),
                            kAsha, QStringLiteral("1"));
    QCOMPARE(r.dataText(QStringLiteral("tx_status")), QStringLiteral("2"));
    m_sandbox->resolvePending();
    QCOMPARE(m_client->get(QStringLiteral("/v3/tools/reference/transaction/client_ref_id:fino-neft"))
                 .dataText(QStringLiteral("tx_status")),
             QStringLiteral("0"));
}

void TestEkoSandboxDmtFino::droppedTransferResponseIsReconciledToOneDebit()
{
    const QString otpRef = sendOtp(kAsha, QStringLiteral("1200"));
    m_sandbox->armFault(Fault::DropResponse, QStringLiteral("fino-transfer"));
    m_client->timeoutMs = 800;
    const auto r = transfer(QStringLiteral("fino-drop"), QStringLiteral("1200"), otpRef);
    QCOMPARE(r.httpStatus, 0);
    QCOMPARE(m_sandbox->dmtDebitCount(QStringLiteral("fino-drop")), 1);
    m_client->timeoutMs = 5000;
    const auto q = m_client->get(QStringLiteral("/v3/tools/reference/transaction/client_ref_id:fino-drop"));
    QCOMPARE(q.typeId(), 1472);
    QCOMPARE(q.dataText(QStringLiteral("tx_status")), QStringLiteral("0"));
    QCOMPARE(q.dataText(QStringLiteral("amount")), QStringLiteral("1200.00"));
    QCOMPARE(transfer(QStringLiteral("fino-drop"), QStringLiteral("1200"), otpRef).status(), 97);
    QCOMPARE(m_sandbox->dmtDebitCount(QStringLiteral("fino-drop")), 1);
}

QTEST_GUILESS_MAIN(TestEkoSandboxDmtFino)
#include "TestEkoSandboxDmtFino.moc"
