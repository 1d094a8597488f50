// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Becoming an AePS agent in the sandbox over real HTTP: onboarding (1290/1307/1287), service activation that stays
// PENDING for the configured delay, and the AePS Fingpay activation upload (multipart, JPEG/PDF < 1 MB, no PNG).
#include "SandboxTestClient.h"
#include "core/util/Clock.h"
#include "sandbox/eko/EkoSandbox.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace saathi;
using namespace saathi::sandbox;
using saathi::test::HttpResult;
using saathi::test::SandboxTestClient;

namespace {
const QString kAgentAadhaar = QStringLiteral("999977788890");
const QString kCustomer = QStringLiteral("999941057058");
const QString kLatLong = QStringLiteral("12.9716,77.5946");
} // namespace

class TestEkoSandboxAgent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void onboardingThenActivationAfterDelay();
    void fingpayActivationRejectsPngAndBadAddress();
    void fingpayActivationAcceptsQtMultipart();

private:
    HttpResult otp(const QString& aadhaar);

    ManualClock m_clock {1700000000000};
    std::unique_ptr<EkoSandbox> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestEkoSandboxAgent::init()
{
    m_clock.setNowMs(1700000000000);
    m_sandbox = std::make_unique<EkoSandbox>(EkoSandboxConfig(), &m_clock);
    QVERIFY(m_sandbox->listen());
    m_client = std::make_unique<SandboxTestClient>(m_sandbox->baseUrl(), m_clock);
}

void TestEkoSandboxAgent::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

HttpResult TestEkoSandboxAgent::otp(const QString& aadhaar)
{
    return m_client->json("POST", QStringLiteral("/v3/user/collection/aeps-fingpay/kyc/otp"),
                          {{QStringLiteral("aadhar"), m_client->encryptAadhaar(aadhaar)},
                           {QStringLiteral("customer_id"), QStringLiteral("9962981729")},
                           {QStringLiteral("latlong"), kLatLong}});
}

void TestEkoSandboxAgent::onboardingThenActivationAfterDelay()
{
    const QJsonObject address {{QStringLiteral("line"), QStringLiteral("12 MG Road")},
                               {QStringLiteral("city"), QStringLiteral("Bengaluru")},
                               {QStringLiteral("state"), QStringLiteral("Karnataka")},
                               {QStringLiteral("pincode"), QStringLiteral("560001")}};
    QJsonObject person {{QStringLiteral("pan_number"), QStringLiteral("ABCPE1234F")},
                        {QStringLiteral("mobile"), QStringLiteral("9123456780")},
                        {QStringLiteral("first_name"), QStringLiteral("Asha")},
                        {QStringLiteral("last_name"), QStringLiteral("Rao")},
                        {QStringLiteral("email"), QStringLiteral("asha@example.invalid")},
                        {QStringLiteral("residence_address"), address},
                        {QStringLiteral("dob"), QStringLiteral("1990-04-01")},
                        {QStringLiteral("shop_name"), QStringLiteral("Asha Stores")}};
    const auto onboarded = m_client->json("POST", QStringLiteral("/v3/user/network/eps-agent"), person);
    QCOMPARE(onboarded.typeId(), 1290);
    const QString userCode = onboarded.dataText(QStringLiteral("user_code"));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{8}$")).match(userCode).hasMatch());
    QCOMPARE(m_client->json("POST", QStringLiteral("/v3/user/network/eps-agent"), person).typeId(), 1307);
    person[QStringLiteral("mobile")] = QStringLiteral("9123456781");
    person[QStringLiteral("residence_address")] = QJsonArray {address};
    QCOMPARE(m_client->json("POST", QStringLiteral("/v3/user/network/eps-agent"), person).status(), 1287);

    // A new agent has no AePS until the service is activated, which takes the configured delay.
    m_client->userCode = userCode;
    QCOMPARE(otp(kCustomer).status(), 346);
    const auto activated
        = m_client->json("PUT", QStringLiteral("/v3/admin/network/agent/%1/service/43/activate").arg(userCode),
                         {{QStringLiteral("latlong"), kLatLong}});
    QCOMPARE(activated.typeId(), 1299);
    auto status43 = [&] {
        const auto services = m_client->get(QStringLiteral("/v3/user/account/services"));
        for (const QJsonValue& v : services.data().value(QStringLiteral("service_status_list")).toArray()) {
            if (v.toObject().value(QStringLiteral("service_code")).toString() == QLatin1String("43")) {
                return v.toObject().value(QStringLiteral("status")).toInt();
            }
        }
        return -1;
    };
    QCOMPARE(status43(), 2);
    m_clock.advanceMs(m_sandbox->config().activationDelayMs - 1);
    QCOMPARE(status43(), 2);
    m_clock.advanceMs(1);
    QCOMPARE(status43(), 1);
    QCOMPARE(otp(kCustomer).typeId(), 1600);
}

void TestEkoSandboxAgent::fingpayActivationRejectsPngAndBadAddress()
{
    m_sandbox->setServiceStatus(QStringLiteral("20810200"), 43, ServiceStatus::Deactivated);
    const QJsonObject office {{QStringLiteral("line"), QStringLiteral("Shop 4")},
                              {QStringLiteral("city"), QStringLiteral("Mysuru")},
                              {QStringLiteral("state"), QStringLiteral("Karnataka")},
                              {QStringLiteral("state_id"), QStringLiteral("12")},
                              {QStringLiteral("pincode"), QStringLiteral("570001")}};
    QJsonObject fields {{QStringLiteral("initiator_id"), QStringLiteral("9962981729")},
                        {QStringLiteral("modelname"), QStringLiteral("MFS100")},
                        {QStringLiteral("devicenumber"), QStringLiteral("1234567")},
                        {QStringLiteral("account"), QStringLiteral("1234567890")},
                        {QStringLiteral("ifsc"), QStringLiteral("KARB0000001")},
                        {QStringLiteral("shop_type"), QStringLiteral("5411")},
                        {QStringLiteral("aadhar"), kAgentAadhaar},
                        {QStringLiteral("latlong"), kLatLong},
                        {QStringLiteral("office_address"), office},
                        {QStringLiteral("address_as_per_proof"), office}};
    auto upload = [&](const QJsonObject& json, const QByteArray& panBytes) {
        const QByteArray b = "saathiBoundary42";
        QByteArray body;
        auto part = [&](const QByteArray& headers, const QByteArray& content) {
            body += "--" + b + "\r\n" + headers + "\r\n\r\n" + content + "\r\n";
        };
        part("Content-Disposition: form-data; name=\"form-data\"", QJsonDocument(json).toJson(QJsonDocument::Compact));
        part("Content-Disposition: form-data; name=\"pan_card\"; filename=\"pan.jpg\"\r\nContent-Type: image/jpeg",
             panBytes);
        for (const char* name : {"aadhar_front", "aadhar_back"}) {
            part("Content-Disposition: form-data; name=\"" + QByteArray(name)
                     + "\"; filename=\"a.pdf\"\r\n"
                       "Content-Type: application/pdf",
                 "%PDF-1.4 sandbox");
        }
        body += "--" + b + "--\r\n";
        return m_client->raw("PUT",
                             m_client->url(QStringLiteral("/v3/admin/network/agent/20810200/aeps-fingpay/activate")),
                             body, "multipart/form-data; boundary=" + b);
    };
    const QByteArray jpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(100, 'j');
    const auto png = upload(fields, QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(100, 'p'));
    QCOMPARE(png.status(), 97);
    QVERIFY(png.invalidParams().contains(QStringLiteral("pan_card")));
    QCOMPARE(upload(fields, QByteArray(1024 * 1024, '\xFF')).status(), 97); // ≥ 1 MB
    QJsonObject badState = fields;
    QJsonObject wrongOffice = office;
    wrongOffice[QStringLiteral("state_id")] = QStringLiteral("99");
    badState[QStringLiteral("office_address")] = wrongOffice;
    QCOMPARE(upload(badState, jpeg).status(), 1258);
    QJsonObject noLatLong = fields;
    noLatLong[QStringLiteral("latlong")] = QString();
    QCOMPARE(upload(noLatLong, jpeg).httpStatus, 500); // what B1 saw
    const auto ok = upload(fields, jpeg);
    QCOMPARE(ok.typeId(), 1259);
    QCOMPARE(ok.dataText(QStringLiteral("service_status")), QStringLiteral("2"));
    QCOMPARE(upload(fields, jpeg).status(), 1295);
    // JSON on the multipart route is the wrong content type.
    QCOMPARE(m_client->json("PUT", QStringLiteral("/v3/admin/network/agent/20810200/aeps-fingpay/activate"), fields)
                 .httpStatus,
             415);
}

void TestEkoSandboxAgent::fingpayActivationAcceptsQtMultipart()
{
    m_sandbox->setServiceStatus(QStringLiteral("20810200"), 43, ServiceStatus::Deactivated);
    const QJsonObject office {{QStringLiteral("line"), QStringLiteral("Shop 4")},
                              {QStringLiteral("city"), QStringLiteral("Mysuru")},
                              {QStringLiteral("state"), QStringLiteral("Karnataka")},
                              {QStringLiteral("state_id"), QStringLiteral("12")},
                              {QStringLiteral("pincode"), QStringLiteral("570001")}};
    const QJsonObject fields {{QStringLiteral("initiator_id"), QStringLiteral("9962981729")},
                              {QStringLiteral("user_code"), QStringLiteral("20810200")},
                              {QStringLiteral("modelname"), QStringLiteral("MFS100")},
                              {QStringLiteral("devicenumber"), QStringLiteral("1234567")},
                              {QStringLiteral("account"), QStringLiteral("1234567890")},
                              {QStringLiteral("ifsc"), QStringLiteral("KARB0000001")},
                              {QStringLiteral("shop_type"), QStringLiteral("5411")},
                              {QStringLiteral("aadhar"), kAgentAadhaar},
                              {QStringLiteral("latlong"), kLatLong},
                              {QStringLiteral("office_address"), office},
                              {QStringLiteral("address_as_per_proof"), office}};
    auto* multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart json;
    json.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArrayLiteral("form-data; name=\"form-data\""));
    json.setBody(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    multi->append(json);
    for (const char* name : {"pan_card", "aadhar_front", "aadhar_back"}) {
        QHttpPart file;
        file.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("image/jpeg"));
        file.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"%1\"; filename=\"%1.jpg\"").arg(QLatin1String(name)));
        file.setBody(QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(2000, 'j'));
        multi->append(file);
    }
    const auto r = m_client->multipart(
        "PUT", m_client->url(QStringLiteral("/v3/admin/network/agent/20810200/aeps-fingpay/activate")), multi);
    QCOMPARE(r.typeId(), 1259);
}

QTEST_GUILESS_MAIN(TestEkoSandboxAgent)
#include "TestEkoSandboxAgent.moc"
