// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// What the client puts on the wire for one operation, from the catalogue's facts: only listed fields, user_code where
// required, client_ref_id where listed, `aadhar` encrypted or plain as the catalogue says, nothing sent without a
// required field.
#include "core/eko/WireBody.h"
#include "core/eko/WireFields.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace saathi;
using namespace saathi::eko;

namespace {

Endpoint endpoint(const QByteArray& json)
{
    const auto catalogue = EndpointCatalogue::fromJson(R"({"operations":{"op":)" + json + "}}");
    return catalogue ? *catalogue.value().find(QStringLiteral("op")) : Endpoint {};
}

struct Encryptor
{
    int calls = 0;
    AadhaarEncryptor fn()
    {
        return [this](const SecureBytes& digits) -> Result<QString> {
            ++calls;
            return QString(QStringLiteral("RSA(") + QString::number(digits.size()) + QLatin1Char(')'));
        };
    }
};

} // namespace

class TestWireFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyListedFieldsGo()
    {
        const Endpoint e = endpoint(R"({"method":"POST","version":"v3","path":"/x","body":"json",
            "required":["initiator_id","amount"],"optional":["client_ref_id"]})");
        EkoRequest r;
        r.fields = QJsonObject {{QStringLiteral("amount"), QStringLiteral("100")},
                                {QStringLiteral("customer_id"), QStringLiteral("9876543210")}};
        r.clientRefId = QStringLiteral("REF1");
        Encryptor enc;
        const auto fields = wireFields(e, r, QStringLiteral("9962981729"), QStringLiteral("20810200"), enc.fn());
        QVERIFY(fields);
        QCOMPARE(
            fields.value().keys(),
            (QStringList {QStringLiteral("amount"), QStringLiteral("client_ref_id"), QStringLiteral("initiator_id")}));
        // user_code is neither required nor listed: not sent (DMT-Fino past Get Sender, reference §7.3).
        QVERIFY(!fields.value().contains(QStringLiteral("user_code")));
    }

    void userCodeGoesWhereRequired()
    {
        const Endpoint e = endpoint(R"({"method":"GET","version":"v3","path":"/x","body":"none",
            "required":["initiator_id","user_code"],"optional":[]})");
        Encryptor enc;
        const auto fields
            = wireFields(e, EkoRequest {}, QStringLiteral("9962981729"), QStringLiteral("20810200"), enc.fn());
        QVERIFY(fields);
        QCOMPARE(fields.value().value(QStringLiteral("user_code")).toString(), QStringLiteral("20810200"));
    }

    void aadhaarTakesTheCataloguesForm()
    {
        const QByteArray digits = "999941057058";
        Encryptor enc;
        EkoRequest r;
        r.aadhaar = SecureBytes(digits);
        const Endpoint plain = endpoint(R"({"method":"PUT","version":"v3","path":"/x","body":"json","aadhar":"plain",
            "required":["initiator_id","aadhar"],"optional":[]})");
        const auto sentPlain = wireFields(plain, r, QStringLiteral("1"), QStringLiteral("2"), enc.fn());
        QVERIFY(sentPlain);
        QCOMPARE(sentPlain.value().value(QStringLiteral("aadhar")).toString(), QString::fromLatin1(digits));
        QCOMPARE(enc.calls, 0);
        const Endpoint rsa = endpoint(R"({"method":"PUT","version":"v3","path":"/x","body":"json","aadhar":"rsa",
            "required":["initiator_id","aadhar"],"optional":[]})");
        const auto sentRsa = wireFields(rsa, r, QStringLiteral("1"), QStringLiteral("2"), enc.fn());
        QVERIFY(sentRsa);
        QCOMPARE(sentRsa.value().value(QStringLiteral("aadhar")).toString(), QStringLiteral("RSA(12)"));
        QCOMPARE(enc.calls, 1);
    }

    void builtInCatalogueSendsDmtFinoSenderAadhaarPlain()
    {
        const auto catalogue = EndpointCatalogue::builtIn();
        QVERIFY(catalogue);
        QCOMPARE(int(catalogue.value().find(QStringLiteral("dmt_fino.sender_ekyc"))->aadhaar),
                 int(AadhaarForm::Plain)); // reference §2.4
        for (const char* op : {"aeps.ekyc_send_otp", "aeps.daily_kyc", "aeps.cash_withdrawal", "aeps.balance_enquiry",
                               "aeps.mini_statement", "aeps.aadhaar_pay", "aeps.merchant_auth"}) {
            QCOMPARE(int(catalogue.value().find(QLatin1String(op))->aadhaar), int(AadhaarForm::Rsa));
        }
        QVERIFY(!catalogue.value().switches().merchantAuthPerWithdrawal); // off until Eko confirms (§6.6)
        QCOMPARE(int(catalogue.value().switches().aadhaarPay), int(AadhaarPayRoute::V2Aeps));
    }

    void aMissingRequiredFieldStopsTheRequest()
    {
        const Endpoint e = endpoint(R"({"method":"POST","version":"v3","path":"/x","body":"json",
            "required":["initiator_id","amount"],"optional":["latlong","merchant_document_id"],
            "one_of":[["latlong","merchant_document_id"]]})");
        Encryptor enc;
        EkoRequest r;
        r.fields.insert(QStringLiteral("latlong"), QStringLiteral("12.9,77.5"));
        const auto missing = wireFields(e, r, QStringLiteral("1"), QStringLiteral("2"), enc.fn());
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("eko.missing_field"));
        QVERIFY(missing.error().detail.contains(QStringLiteral("amount")));
        QVERIFY(!missing.error().userMessage.isEmpty());

        r.fields = QJsonObject {{QStringLiteral("amount"), QStringLiteral("100")}};
        const auto neither = wireFields(e, r, QStringLiteral("1"), QStringLiteral("2"), enc.fn());
        QVERIFY(!neither);
        QVERIFY(neither.error().detail.contains(QStringLiteral("latlong|merchant_document_id")));
        r.fields.insert(QStringLiteral("merchant_document_id"), QStringLiteral("ABCPE1234F"));
        QVERIFY(wireFields(e, r, QStringLiteral("1"), QStringLiteral("2"), enc.fn()));

        // A keys check before onboarding goes without the fields it cannot have.
        EkoRequest probe;
        probe.probe = true;
        QVERIFY(wireFields(e, probe, QStringLiteral("1"), QStringLiteral("2"), enc.fn()));
    }

    void aCatalogueWithoutFieldListsSendsWhatItIsGiven()
    {
        const Endpoint e = endpoint(R"({"method":"POST","version":"v3","path":"/x","body":"json"})");
        EkoRequest r;
        r.fields.insert(QStringLiteral("anything"), QStringLiteral("x"));
        Encryptor enc;
        const auto fields = wireFields(e, r, QStringLiteral("1"), QStringLiteral("2"), enc.fn());
        QVERIFY(fields);
        QVERIFY(fields.value().contains(QStringLiteral("anything")));
        QVERIFY(fields.value().contains(QStringLiteral("user_code"))); // the older catalogue's habit
    }

    void badFieldFactsAreRefused()
    {
        for (const QByteArray& bad :
             {QByteArray(R"({"method":"GET","version":"v3","path":"/x","body":"none","aadhar":"base64"})"),
              QByteArray(R"({"method":"GET","version":"v3","path":"/x","body":"json","accepts":["form"]})"),
              QByteArray(R"({"method":"GET","version":"v3","path":"/x","required":["a"],"optional":["a"]})"),
              QByteArray(R"({"method":"GET","version":"v3","path":"/x","optional":["a"],"one_of":[["a","b"]]})")}) {
            const auto catalogue = EndpointCatalogue::fromJson(R"({"operations":{"op":)" + bad + "}}");
            QVERIFY2(!catalogue, bad.constData());
            QCOMPARE(catalogue.error().code, QStringLiteral("eko.bad_catalogue"));
        }
        const auto badSwitch
            = EndpointCatalogue::fromJson(R"({"switches":{"aadhaar_pay":"v3"},"operations":{"op":{"method":"GET",
                "version":"v3","path":"/x"}}})");
        QVERIFY(!badSwitch);
    }

    void pidGoesOnTheWireFromItsBufferOnly()
    {
        const QByteArray text = "<PidData a=\"1\">x+y/z\n</PidData>";
        const SecureBytes pid(text);
        const QJsonObject plain {{QStringLiteral("a"), QStringLiteral("1")}};
        QCOMPARE(formBody(plain, pid), "a=1&piddata=" + QUrl::toPercentEncoding(QString::fromUtf8(text)));
        QCOMPARE(formBody({}, pid), "piddata=" + QUrl::toPercentEncoding(QString::fromUtf8(text)));
        const QJsonObject json = QJsonDocument::fromJson(jsonBody(plain, pid)).object();
        QCOMPARE(json.value(QStringLiteral("piddata")).toString().toUtf8(), text);
        QCOMPARE(json.value(QStringLiteral("a")).toString(), QStringLiteral("1"));
        QCOMPARE(QJsonDocument::fromJson(jsonBody({}, pid)).object().keys(), QStringList {QStringLiteral("piddata")});

        // A required piddata is satisfied by the buffer, which never becomes one of the fields.
        const Endpoint e = endpoint(R"({"method":"POST","version":"v3","path":"/x","body":"json",
            "required":["initiator_id","piddata"],"optional":[]})");
        EkoRequest r;
        r.pid = pid;
        Encryptor enc;
        const auto fields = wireFields(e, r, QStringLiteral("1"), QStringLiteral("2"), enc.fn());
        QVERIFY(fields);
        QVERIFY(!fields.value().contains(QStringLiteral("piddata")));
        QVERIFY(sendsPid(e, r));
        QVERIFY(!hasPidText(r));
        QVERIFY(!wireFields(e, EkoRequest {}, QStringLiteral("1"), QStringLiteral("2"), enc.fn()));
        // An operation that does not list piddata does not get one.
        const Endpoint other = endpoint(R"({"method":"POST","version":"v3","path":"/x","body":"json",
            "required":["initiator_id"],"optional":[]})");
        QVERIFY(!sendsPid(other, r));
        r.fields.insert(QStringLiteral("note"), QString::fromUtf8(text));
        QVERIFY(hasPidText(r));
    }
};

QTEST_GUILESS_MAIN(TestWireFields)
#include "TestWireFields.moc"
