// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Drift guard: Eko's published contract, transcribed by hand into reference/eko-api-facts.json (each fact with its
// section of eko-api.md), against the endpoint catalogue (what the client sends) and the sandbox (what it accepts).
// For every operation: only the required fields are accepted, every optional one too, each missing required field
// gets 97 / invalid_params, and each body encoding is accepted or refused (415) exactly as the reference says.
#include "SandboxTestClient.h"
#include "core/eko/EndpointCatalogue.h"
#include "core/util/Clock.h"
#include "sandbox/eko/EkoSandbox.h"

#include <QFile>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace saathi;
using namespace saathi::sandbox;
using saathi::test::HttpResult;
using saathi::test::SandboxTestClient;

namespace {

QJsonObject loadFacts()
{
    QFile file(QStringLiteral(SAATHI_REFERENCE_FACTS));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("operations")).toObject();
}

QSet<QString> keys(const QJsonObject& o)
{
    const QStringList k = o.keys();
    return QSet<QString>(k.begin(), k.end());
}

QSet<QString> set(const QStringList& l)
{
    return QSet<QString>(l.begin(), l.end());
}

QJsonObject address()
{
    return QJsonObject {{QStringLiteral("line"), QStringLiteral("12 Main Road")},
                        {QStringLiteral("city"), QStringLiteral("Jaipur")},
                        {QStringLiteral("state"), QStringLiteral("Rajasthan")},
                        {QStringLiteral("state_id"), QStringLiteral("23")},
                        {QStringLiteral("district"), QStringLiteral("Jaipur")},
                        {QStringLiteral("pincode"), QStringLiteral("302001")}};
}

// What an integrator would send in each field: values that pass the field's own format checks, so that an answer
// of 97 can only mean a field the sandbox wanted and did not get.
QJsonValue sample(const QString& field, const QString& aadharForm, SandboxTestClient& client, int serial)
{
    static const QHash<QString, QString> plain = {
        {QStringLiteral("initiator_id"), QStringLiteral("9962981729")},
        {QStringLiteral("user_code"), QStringLiteral("20810200")},
        {QStringLiteral("pan_number"), QStringLiteral("ABCPE1234F")},
        {QStringLiteral("first_name"), QStringLiteral("Asha")},
        {QStringLiteral("middle_name"), QStringLiteral("K")},
        {QStringLiteral("last_name"), QStringLiteral("Devi")},
        {QStringLiteral("email"), QStringLiteral("asha@example.com")},
        {QStringLiteral("dob"), QStringLiteral("1990-01-01")},
        {QStringLiteral("shop_name"), QStringLiteral("Asha Store")},
        {QStringLiteral("latlong"), QStringLiteral("26.9124,75.7873")},
        {QStringLiteral("service_code"), QStringLiteral("43")},
        {QStringLiteral("modelname"), QStringLiteral("MSO1300E3")},
        {QStringLiteral("devicenumber"), QStringLiteral("1234567")},
        {QStringLiteral("account"), QStringLiteral("50100012345678")},
        {QStringLiteral("ifsc"), QStringLiteral("SBIN0001234")},
        {QStringLiteral("shop_type"), QStringLiteral("5411")},
        {QStringLiteral("customer_id_type"), QStringLiteral("mobile_number")},
        {QStringLiteral("customer_id"), QStringLiteral("9876543210")},
        {QStringLiteral("otp"), QStringLiteral("123456")},
        {QStringLiteral("otp_ref_id"), QStringLiteral("1")},
        {QStringLiteral("reference_tid"), QStringLiteral("EKYKF1I")},
        {QStringLiteral("reference_id"), QStringLiteral("EKYKF1I")},
        {QStringLiteral("bank_code"), QStringLiteral("SBIN")},
        {QStringLiteral("amount"), QStringLiteral("100")},
        {QStringLiteral("service_type"), QStringLiteral("5")},
        {QStringLiteral("pipe"), QStringLiteral("0")},
        {QStringLiteral("notify_customer"), QStringLiteral("0")},
        {QStringLiteral("source_ip"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("name"), QStringLiteral("Ravi Kumar")},
        {QStringLiteral("id_type"), QStringLiteral("mobile_number")},
        {QStringLiteral("id"), QStringLiteral("9876543210")},
        {QStringLiteral("skip_verification"), QStringLiteral("0")},
        {QStringLiteral("recipient_name"), QStringLiteral("Sita Ram")},
        {QStringLiteral("recipient_mobile"), QStringLiteral("9812345678")},
        {QStringLiteral("recipient_type"), QStringLiteral("3")},
        {QStringLiteral("bank_id"), QStringLiteral("1")},
        {QStringLiteral("recipient_id"), QStringLiteral("1")},
        {QStringLiteral("channel"), QStringLiteral("2")},
        {QStringLiteral("state"), QStringLiteral("1")},
        {QStringLiteral("timestamp"), QStringLiteral("2023-11-14T12:00:00")},
        {QStringLiteral("currency"), QStringLiteral("INR")},
        {QStringLiteral("merchant_document_id"), QStringLiteral("ABCDE1234F")},
        {QStringLiteral("hold_timeout"), QStringLiteral("10")},
        {QStringLiteral("kyc_request_id"), QStringLiteral("1")},
        {QStringLiteral("intent_id"), QStringLiteral("5")},
        {QStringLiteral("recipient_id_type"), QStringLiteral("1")},
    };
    if (field == QLatin1String("aadhar")) {
        const QString digits = QStringLiteral("999941057058"); // training's synthetic sample
        return aadharForm == QLatin1String("plain") ? digits : client.encryptAadhaar(digits);
    }
    if (field == QLatin1String("piddata")) {
        return SandboxTestClient::pid(false);
    }
    if (field == QLatin1String("client_ref_id")) {
        return QStringLiteral("CONF%1").arg(serial);
    }
    if (field == QLatin1String("mobile")) {
        return QStringLiteral("98290%1").arg(10000 + serial, 5, 10, QLatin1Char('0')); // a new agent each time
    }
    if (field == QLatin1String("residence_address") || field == QLatin1String("office_address")
        || field == QLatin1String("address_as_per_proof")) {
        return address();
    }
    return plain.value(field);
}

QString fillPath(QString path)
{
    static const QHash<QString, QString> params = {{QStringLiteral("user_code"), QStringLiteral("20810200")},
                                                   {QStringLiteral("service_code"), QStringLiteral("43")},
                                                   {QStringLiteral("customer_id"), QStringLiteral("9876543210")},
                                                   {QStringLiteral("bank_code"), QStringLiteral("SBIN")},
                                                   {QStringLiteral("ifsc"), QStringLiteral("SBIN0001234")},
                                                   {QStringLiteral("ref"), QStringLiteral("1234567890")},
                                                   {QStringLiteral("tid"), QStringLiteral("1234567890")},
                                                   {QStringLiteral("client_ref_id"), QStringLiteral("NOSUCHREF")},
                                                   {QStringLiteral("otp"), QStringLiteral("123456")},
                                                   {QStringLiteral("recipient_id"), QStringLiteral("1")},
                                                   {QStringLiteral("account"), QStringLiteral("50100012345678")}};
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QRegularExpressionMatch m;
    while ((m = placeholder.match(path)).hasMatch()) {
        path.replace(m.capturedStart(), m.capturedLength(), params.value(m.captured(1), QStringLiteral("1")));
    }
    return path;
}

QByteArray formOf(const QJsonObject& fields)
{
    QUrlQuery q;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString text = it.value().isObject()
            ? QString::fromUtf8(QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact))
            : it.value().toString();
        q.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(text)));
    }
    return q.query(QUrl::FullyEncoded).toLatin1();
}

} // namespace

class TestEkoReferenceConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void referenceAndCatalogueNameTheSameOperations();
    void catalogueStatesTheReferenceFacts_data();
    void catalogueStatesTheReferenceFacts();
    void sandboxAcceptsRequiredFieldsOnly_data() { operationRows(); }
    void sandboxAcceptsRequiredFieldsOnly();
    void sandboxAcceptsEveryOptionalField_data() { operationRows(); }
    void sandboxAcceptsEveryOptionalField();
    void sandboxAnswers97ForEachMissingRequiredField_data() { operationRows(); }
    void sandboxAnswers97ForEachMissingRequiredField();
    void sandboxTakesExactlyTheReferenceEncodings_data() { operationRows(); }
    void sandboxTakesExactlyTheReferenceEncodings();

private:
    void operationRows();
    QJsonObject fieldsOf(const QJsonObject& fact, bool withOptional, const QStringList& without = {});
    static QList<QStringList> oneOfGroups(const QJsonObject& fact);
    HttpResult send(const QJsonObject& fact, const QJsonObject& fields, const QString& encoding);
    static QString bodyEncoding(const QJsonObject& fact);

    QJsonObject m_facts;
    ManualClock m_clock {1700000000000};
    std::unique_ptr<EkoSandbox> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
    int m_serial = 0;
};

void TestEkoReferenceConformance::initTestCase()
{
    m_facts = loadFacts();
    QVERIFY2(m_facts.size() > 40, "reference/eko-api-facts.json is missing or short");
}

void TestEkoReferenceConformance::init()
{
    EkoSandboxConfig config;
    config.requestHashMode = RequestHashMode::NotChecked; // the hash has tests of its own; here only fields count
    m_sandbox = std::make_unique<EkoSandbox>(config, &m_clock);
    QVERIFY(m_sandbox->listen());
    m_client = std::make_unique<SandboxTestClient>(m_sandbox->baseUrl(), m_clock);
}

void TestEkoReferenceConformance::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

void TestEkoReferenceConformance::operationRows()
{
    QTest::addColumn<QString>("operation");
    for (const QString& name : m_facts.keys()) {
        QTest::newRow(qPrintable(name)) << name;
    }
}

QString TestEkoReferenceConformance::bodyEncoding(const QJsonObject& fact)
{
    const QJsonObject encodings = fact.value(QStringLiteral("encodings")).toObject();
    for (const char* preferred : {"none", "multipart", "json", "form"}) {
        if (encodings.contains(QLatin1String(preferred))) {
            return QLatin1String(preferred);
        }
    }
    return {};
}

QList<QStringList> TestEkoReferenceConformance::oneOfGroups(const QJsonObject& fact)
{
    QList<QStringList> groups;
    for (const QString& group : fact.value(QStringLiteral("one_of")).toObject().keys()) {
        groups << group.split(QLatin1Char('|'));
    }
    return groups;
}

QJsonObject TestEkoReferenceConformance::fieldsOf(const QJsonObject& fact, bool withOptional,
                                                  const QStringList& without)
{
    const QString form = fact.value(QStringLiteral("aadhar")).toObject().value(QStringLiteral("form")).toString();
    QJsonObject fields;
    ++m_serial;
    QStringList names = fact.value(QStringLiteral("required")).toObject().keys();
    if (withOptional) {
        names += fact.value(QStringLiteral("optional")).toObject().keys();
    } else {
        for (const QStringList& group : oneOfGroups(fact)) {
            names << group.first(); // the least a request can carry: one field of each group
        }
    }
    for (const QString& name : names) {
        if (!without.contains(name)) {
            fields.insert(name, sample(name, form, *m_client, m_serial));
        }
    }
    return fields;
}

HttpResult TestEkoReferenceConformance::send(const QJsonObject& fact, const QJsonObject& fields,
                                             const QString& encoding)
{
    const QByteArray method = fact.value(QStringLiteral("method")).toString().toLatin1();
    QUrl url = m_client->url(fillPath(fact.value(QStringLiteral("path")).toString()));
    if (encoding == QLatin1String("none")) {
        url.setQuery(QString::fromLatin1(formOf(fields)), QUrl::StrictMode);
        return m_client->raw(method, url, QByteArray(), QByteArray());
    }
    if (encoding == QLatin1String("json")) {
        return m_client->raw(method, url, QJsonDocument(fields).toJson(QJsonDocument::Compact), "application/json");
    }
    if (encoding == QLatin1String("form")) {
        return m_client->raw(method, url, formOf(fields), "application/x-www-form-urlencoded");
    }
    auto* multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart json;
    json.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArrayLiteral("form-data; name=\"form-data\""));
    json.setBody(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    multi->append(json);
    for (const char* name : {"pan_card", "aadhar_front", "aadhar_back"}) {
        QHttpPart file;
        file.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"%1\"; filename=\"%1.jpg\"").arg(QLatin1String(name)));
        file.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("image/jpeg"));
        file.setBody(QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(2048, 'j'));
        multi->append(file);
    }
    return m_client->multipart(method, url, multi);
}

void TestEkoReferenceConformance::referenceAndCatalogueNameTheSameOperations()
{
    const auto catalogue = eko::EndpointCatalogue::builtIn();
    QVERIFY(catalogue);
    QCOMPARE(set(catalogue.value().operations()), keys(m_facts));
}

void TestEkoReferenceConformance::catalogueStatesTheReferenceFacts_data()
{
    operationRows();
}

void TestEkoReferenceConformance::catalogueStatesTheReferenceFacts()
{
    QFETCH(QString, operation);
    const QJsonObject fact = m_facts.value(operation).toObject();
    const auto catalogue = eko::EndpointCatalogue::builtIn();
    QVERIFY(catalogue);
    const eko::Endpoint* e = catalogue.value().find(operation);
    QVERIFY2(e, "not in the catalogue");
    QCOMPARE(QString::fromLatin1(e->method), fact.value(QStringLiteral("method")).toString());
    QCOMPARE(QLatin1Char('/') + e->version + e->pathTemplate, fact.value(QStringLiteral("path")).toString());
    const QSet<QString> encodings = keys(fact.value(QStringLiteral("encodings")).toObject());
    QVERIFY2(encodings.contains(eko::bodyEncodingName(e->body)), "the client sends an encoding Eko does not take");
    QSet<QString> accepts;
    for (const eko::BodyEncoding b : e->accepts) {
        accepts << eko::bodyEncodingName(b);
    }
    QCOMPARE(accepts, encodings);
    const QString form = fact.value(QStringLiteral("aadhar")).toObject().value(QStringLiteral("form")).toString();
    const eko::AadhaarForm expected = form == QLatin1String("rsa") ? eko::AadhaarForm::Rsa
        : form == QLatin1String("plain")                           ? eko::AadhaarForm::Plain
                                                                   : eko::AadhaarForm::None;
    QCOMPARE(int(e->aadhaar), int(expected));
    QCOMPARE(set(e->required), keys(fact.value(QStringLiteral("required")).toObject()));
    QCOMPARE(set(e->optional), keys(fact.value(QStringLiteral("optional")).toObject()));
    QCOMPARE(e->oneOf, oneOfGroups(fact));
    QStringList hashed;
    for (const QJsonValue& v :
         fact.value(QStringLiteral("request_hash")).toObject().value(QStringLiteral("fields")).toArray()) {
        // The catalogue names the plain Aadhaar "aadhaar_plain": it is not a body field.
        hashed << (v.toString() == QLatin1String("aadhaar") ? QStringLiteral("aadhaar_plain") : v.toString());
    }
    QCOMPARE(e->requestHashFields, hashed);
}

void TestEkoReferenceConformance::sandboxAcceptsRequiredFieldsOnly()
{
    QFETCH(QString, operation);
    const QJsonObject fact = m_facts.value(operation).toObject();
    const HttpResult r = send(fact, fieldsOf(fact, false), bodyEncoding(fact));
    QVERIFY2(r.httpStatus == 200 && r.status() != 97, r.body.left(400).constData());
}

void TestEkoReferenceConformance::sandboxAcceptsEveryOptionalField()
{
    QFETCH(QString, operation);
    const QJsonObject fact = m_facts.value(operation).toObject();
    const HttpResult r = send(fact, fieldsOf(fact, true), bodyEncoding(fact));
    QVERIFY2(r.httpStatus == 200 && r.status() != 97, r.body.left(400).constData());
    QVERIFY2(!r.json.isEmpty() && r.json.contains(QStringLiteral("status")), r.body.left(400).constData());
}

void TestEkoReferenceConformance::sandboxAnswers97ForEachMissingRequiredField()
{
    QFETCH(QString, operation);
    const QJsonObject fact = m_facts.value(operation).toObject();
    QList<QStringList> cases;
    for (const QString& field : fact.value(QStringLiteral("required")).toObject().keys()) {
        cases << QStringList {field};
    }
    cases += oneOfGroups(fact); // none of the group
    for (const QStringList& removed : cases) {
        const QString field = removed.first();
        const HttpResult r = send(fact, fieldsOf(fact, true, removed), bodyEncoding(fact));
        const QByteArray what = field.toLatin1() + ": " + r.body.left(300);
        QVERIFY2(r.httpStatus == 200 && r.status() == 97, what.constData());
        QCOMPARE(r.typeId(), -1);
        QVERIFY2(r.invalidParams().contains(field), what.constData());
    }
}

void TestEkoReferenceConformance::sandboxTakesExactlyTheReferenceEncodings()
{
    QFETCH(QString, operation);
    const QJsonObject fact = m_facts.value(operation).toObject();
    const QJsonObject encodings = fact.value(QStringLiteral("encodings")).toObject();
    if (encodings.contains(QStringLiteral("none"))) {
        QSKIP("a GET: fields travel in the query string");
    }
    for (const QString& encoding : {QStringLiteral("json"), QStringLiteral("form"), QStringLiteral("multipart")}) {
        const HttpResult r = send(fact, fieldsOf(fact, false), encoding);
        const QByteArray what = encoding.toLatin1() + ": " + QByteArray::number(r.httpStatus) + " " + r.body.left(300);
        if (encodings.contains(encoding)) {
            QVERIFY2(r.httpStatus == 200 && r.status() != 97, what.constData());
        } else {
            QVERIFY2(r.httpStatus == 415, what.constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestEkoReferenceConformance)
#include "TestEkoReferenceConformance.moc"
