// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "LogCapture.h"
#include "TestKeys.h"
#include "core/crypto/AadhaarCipher.h"
#include "core/crypto/EkoSigner.h"
#include "core/logging/LogCategories.h"
#include "core/logging/Redactor.h"
#include "core/validation/AadhaarNumber.h"
#include "core/validation/Verhoeff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace saathi;

namespace {
const QString kAadhaar = QString::fromLatin1(test::kTestAadhaar);
const QStringList kForbidden
    = {QStringLiteral("999941057058"), QStringLiteral("9999 4105 7058"), QStringLiteral("9999-4105-7058"),
       QStringLiteral("<Skey"),        QStringLiteral("<Hmac"),          QStringLiteral("SECRETDATA"),
       QStringLiteral("d2fe1d99-6298")};
const QString kPid
    = QStringLiteral("<PidData><Resp errCode=\"0\"/><DeviceInfo dpId=\"X\"/><Skey ci=\"20280813\">SECRETDATAskey</Skey>"
                     "<Hmac>SECRETDATAhmac</Hmac><Data type=\"X\">SECRETDATAdata</Data></PidData>");

// The output read the way a person would: digits (any script, JSON escapes) joined by spaces, dashes, dots,
// slashes; is any 12- or 16-digit window Verhoeff-valid? Written apart from the redactor's scanner on purpose.
bool hasValidWindow(const QString& s)
{
    QString run;
    const auto check = [&] {
        for (const int width : {12, 16}) {
            for (int j = 0; j + width <= run.size(); ++j) {
                if (verhoeff::isValid(QStringView(run).mid(j, width))) {
                    return true;
                }
            }
        }
        run.clear();
        return false;
    };
    const QList<uint> ucs4 = s.toUcs4();
    for (qsizetype i = 0; i < ucs4.size(); ++i) {
        const char32_t c = ucs4.at(i);
        if (c == U'\\' && i + 1 < ucs4.size()) { // JSON's \n \r \t between groups in a body logged raw
            const char32_t e = ucs4.at(i + 1);
            if (e == U'n' || e == U'r' || e == U't') {
                ++i;
                continue;
            }
        }
        const int d = QChar::digitValue(c);
        if (d >= 0 && d <= 9) {
            run += QChar(u'0' + d);
        } else if (!(QChar::isSpace(c) || c == U'-' || c == U'.' || c == U'/' || c == U',') && check()) {
            return true;
        }
    }
    return check();
}

bool leaks(const QString& s)
{
    for (const QString& f : kForbidden) {
        if (s.contains(f)) {
            return true;
        }
    }
    return false;
}
} // namespace

class TestRedactor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("saathi.*.debug=true"));
        test::LogCapture::install();
        redact::installMessageHandler(); // in front of the capture, as in main()
        redact::installMessageHandler(); // idempotent
    }

    void redactsPlantedSecrets_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("plain") << QStringLiteral("customer 999941057058 withdrew");
        QTest::newRow("spaced") << QStringLiteral("aadhaar: 9999 4105 7058.");
        QTest::newRow("hyphens") << QStringLiteral("id=9999-4105-7058&x=1");
        QTest::newRow("glued to letters") << QStringLiteral("abc999941057058xyz");
        QTest::newRow("json aadhar field")
            << QStringLiteral("{\"aadhar\":\"c29tZSBjaXBoZXJ0ZXh0\",\"amount\":\"100\"}");
        QTest::newRow("form aadhar field") << QStringLiteral("initiator_id=1&aadhar=999941057058&amount=5");
        QTest::newRow("pid block") << QStringLiteral("body: ") + kPid + QStringLiteral(" end");
        QTest::newRow("unterminated pid") << QStringLiteral("<PidData><Skey ci=\"1\">SECRETDATA");
        QTest::newRow("pid in json") << QStringLiteral("{\"piddata\":\"") + kPid + QStringLiteral("\"}");
        QTest::newRow("secret-key header")
            << QStringLiteral("secret-key: 88lqTf9ew69XbVbeczjxVL8/B4vibfp1MvTi1mIj2Xo=");
        QTest::newRow("access key json") << QStringLiteral(
            "{\"access_key\": \"d2fe1d99-6298-4af2-8cc5-d97dcf46df30\"}");
        QTest::newRow("two numbers") << QStringLiteral("999941057058 and 999971658847");
    }
    void redactsPlantedSecrets()
    {
        QFETCH(QString, input);
        const QString out = redact::text(input);
        QVERIFY2(!leaks(out), qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("999971658847")));
        QVERIFY(!out.contains(QStringLiteral("88lqTf9ew69")));
        QVERIFY(!out.contains(QStringLiteral("c29tZSBjaXBoZXJ0ZXh0")));
    }

    void keepsHarmlessText()
    {
        QCOMPARE(redact::text(QStringLiteral("amount 2500 to 9876543210 at 1700000000001")),
                 QStringLiteral("amount 2500 to 9876543210 at 1700000000001"));
        // Every 12-digit window counts, wherever it stands: this timestamp holds a valid one (700000000000).
        QCOMPARE(redact::text(QStringLiteral("at 1700000000000")), QStringLiteral("at 1XXXXXXXX0000"));
        QCOMPARE(redact::text(QStringLiteral("customer 999941057058")), QStringLiteral("customer XXXXXXXX7058"));
        QCOMPARE(redact::text(QStringLiteral("customer 9999 4105 7058.")), QStringLiteral("customer XXXX XXXX 7058."));
        // Three valid windows overlap here (999941057058, 999410570582, 941057058250): one masked stretch, whose
        // last 4 digits stay.
        QCOMPARE(redact::text(QStringLiteral("999941057058 2500")), QStringLiteral("XXXXXXXXXXX8 2500"));
        // A 12-digit run that fails Verhoeff (most RRNs) survives.
        QCOMPARE(redact::text(QStringLiteral("rrn 234123412341")), QStringLiteral("rrn 234123412341"));
    }

    void noLogLineCarriesAnAadhaarNumber()
    {
        test::LogCapture::clear();
        // The code paths that handle Aadhaar numbers, with every saathi category at debug level, plus careless
        // log calls of the kind a future change might add.
        const auto keys = test::makeRsaKeyPair(1024);
        const auto cipher = AadhaarCipher::fromPublicKey(keys.publicDerBase64);
        QVERIFY(cipher.ok());
        const auto check = aadhaar::validateAadhaar(QStringLiteral("9999 4105 7058"));
        QVERIFY(check.valid);
        QVERIFY(cipher.value().encrypt(SecureBytes::fromString(check.normalized)).ok());
        EkoSigner::requestHash(QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30"), 1, {kAadhaar});
        qCDebug(lcEko) << "request body" << QStringLiteral("{\"aadhar\":\"%1\"}").arg(kAadhaar);
        qCWarning(lcCrypto) << "validated" << check.normalized;
        qCInfo(lcDevice).noquote() << kPid;
        qDebug("%s", "printf style 9999-4105-7058");
        qWarning() << "key" << QStringLiteral("access_key=d2fe1d99-6298-4af2-8cc5-d97dcf46df30");
        const QStringList lines = test::LogCapture::lines();
        QVERIFY(lines.size() >= 5);
        const QString offending = test::LogCapture::firstLineContaining(kForbidden);
        QVERIFY2(offending.isEmpty(), qPrintable(QStringLiteral("leaked: ") + offending.left(20)));
        QVERIFY(test::LogCapture::firstLineContaining({QStringLiteral("XXXXXXXX7058")}).size() > 0);
    }

    // Issue #13: an Aadhaar next to a 4-digit group slipped through the old pattern.
    void masksAnAadhaarNextToOtherDigits_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("forbidden");
        QTest::newRow("amount after") << QStringLiteral("999941057058 2500") << QStringLiteral("99994105705");
        QTest::newRow("date after") << QStringLiteral("7348 2915 6036 2026-01-15") << QStringLiteral("7348 2915 603");
        QTest::newRow("digits before") << QStringLiteral("ref 1 999941057058") << QStringLiteral("99994105705");
        QTest::newRow("glued digits") << QStringLiteral("0999941057058000") << QStringLiteral("99994105705");
        QTest::newRow("in a long run") << QStringLiteral("12345999941057058678901") << QStringLiteral("99994105705");
    }
    void masksAnAadhaarNextToOtherDigits()
    {
        QFETCH(QString, input);
        QFETCH(QString, forbidden);
        const QString out = redact::text(input);
        QVERIFY2(!out.contains(forbidden), qPrintable(out));
        QVERIFY2(!hasValidWindow(out), qPrintable(out));
    }

    void masksEveryGrouping_data()
    {
        QTest::addColumn<QString>("input");
        const QString vid = QStringLiteral("9999410570581230"); // Verhoeff-valid 16 digits
        QVERIFY(verhoeff::isValid(vid));
        const auto grouped = [](const QString& digits, const QString& sep) -> QString {
            QStringList groups;
            for (int i = 0; i < digits.size(); i += 4) {
                groups << digits.mid(i, 4);
            }
            return QStringLiteral("said ") + groups.join(sep) + QStringLiteral(" ok");
        };
        const QString a = QStringLiteral("999941057058");
        QTest::newRow("none") << grouped(a, {});
        QTest::newRow("space") << grouped(a, QStringLiteral(" "));
        QTest::newRow("spaces") << grouped(a, QStringLiteral("   "));
        QTest::newRow("hyphen") << grouped(a, QStringLiteral("-"));
        QTest::newRow("dot") << grouped(a, QStringLiteral("."));
        QTest::newRow("slash") << grouped(a, QStringLiteral("/"));
        QTest::newRow("tab") << grouped(a, QStringLiteral("\t"));
        QTest::newRow("nbsp") << grouped(a, QString(QChar(0x00A0)));
        QTest::newRow("newline") << grouped(a, QStringLiteral("\r\n"));
        QTest::newRow("mixed") << QStringLiteral("99 99-41.05 /70\t58");
        QTest::newRow("json escapes") << QStringLiteral("\"9999\\n4105\\t7058\"");
        QTest::newRow("vid 4-4-4-4") << grouped(vid, QStringLiteral(" "));
        QTest::newRow("vid plain") << grouped(vid, {});
        QString devanagari;
        for (QChar c : a) {
            devanagari += QChar(0x0966 + (c.unicode() - u'0'));
        }
        QTest::newRow("devanagari") << QStringLiteral("आधार ") + devanagari;
        QString mathematical; // U+1D7CE… MATHEMATICAL BOLD DIGITs: outside the BMP
        for (QChar c : a) {
            mathematical += QString::fromUcs4(std::u32string(1, char32_t(0x1D7CE + (c.unicode() - u'0'))).data(), 1);
        }
        QTest::newRow("outside the bmp") << mathematical;
    }
    void masksEveryGrouping()
    {
        QFETCH(QString, input);
        const QString out = redact::text(input);
        QVERIFY2(!hasValidWindow(out), qPrintable(out));
        QVERIFY2(out.count(u'X') >= 8, qPrintable(out));
    }

    // Keeping the last 4 digits of a masked stretch never leaves a valid window (the reasoning is in Redactor.h):
    // random digit runs with random separators, checked with the same joining rules on the output.
    void keptDigitsNeverFormAValidWindow()
    {
        QRandomGenerator rng(13);
        const QString seps[] = {QStringLiteral(" "), QStringLiteral("-"), QStringLiteral("."), QStringLiteral("")};
        int masked = 0;
        for (int round = 0; round < 3000; ++round) {
            QString in;
            const int n = 12 + int(rng.bounded(40));
            for (int i = 0; i < n; ++i) {
                in += QChar(u'0' + rng.bounded(10));
                in += seps[rng.bounded(4) == 0 ? rng.bounded(3) : 3];
            }
            if (round % 3 == 0) { // plant a valid number somewhere in the run
                in.insert(int(rng.bounded(in.size())), QStringLiteral("999971658847"));
            }
            const QString out = redact::text(in);
            masked += out.contains(u'X') ? 1 : 0;
            QVERIFY2(!hasValidWindow(out), qPrintable(in + QStringLiteral(" -> ") + out));
        }
        QVERIFY(masked >= 1000);
    }

    // Reference numbers keep their meaning in their own JSON fields; the same digits elsewhere are masked.
    void identifierFieldsKeptInBodiesOnly()
    {
        const QString rrn = QStringLiteral("999971658847"); // Verhoeff-valid by chance, as 1 RRN in 10 is
        QVERIFY(verhoeff::isValid(rrn));
        const QString json = QStringLiteral("{\"status\":0,\"message\":\"RRN %1 sent\",\"data\":{\"bank_ref_num\":"
                                            "\"%1\",\"tid\":%1,\"client_ref_id\":\"SAATHI%1\",\"comment\":\"%1\"}}")
                                 .arg(rrn);
        const QString kept = redact::body(json);
        QVERIFY2(kept.contains(QStringLiteral("\"bank_ref_num\":\"%1\"").arg(rrn)), qPrintable(kept));
        QVERIFY2(kept.contains(QStringLiteral("\"tid\":%1").arg(rrn)), qPrintable(kept));
        QVERIFY2(kept.contains(QStringLiteral("\"client_ref_id\":\"SAATHI%1\"").arg(rrn)), qPrintable(kept));
        QVERIFY2(kept.contains(QStringLiteral("\"message\":\"RRN XXXXXXXX8847 sent\"")), qPrintable(kept));
        QVERIFY2(kept.contains(QStringLiteral("\"comment\":\"XXXXXXXX8847\"")), qPrintable(kept));
        QCOMPARE(kept.count(rrn), 3);
        // Free text has no fields whose meaning is known: everything goes.
        QVERIFY(!redact::text(json).contains(rrn));
        // Not JSON, or an identifier that does not look like one: masked.
        QVERIFY(!redact::body(json.left(json.size() - 1)).contains(rrn));
        QVERIFY(!redact::body(QStringLiteral("{\"tid\":\"Aadhaar %1\"}").arg(rrn)).contains(rrn));
        QVERIFY(!redact::body(QStringLiteral("{\"message\":\"\\\"tid\\\":\\\"%1\\\"\"}").arg(rrn)).contains(rrn));
    }

    // A JSON body is scanned as decoded: "\u0039" escapes and "\u00a0" between groups hide nothing.
    void jsonEscapesAreDecodedInBodies()
    {
        const QString json
            = QStringLiteral("{\"message\":\"\\u0039\\u00399994105705\\u0038 and 9999\\u00a04105\\u00a07058\"}");
        const QString out = redact::body(json);
        QVERIFY2(!hasValidWindow(out), qPrintable(out));
        QVERIFY2(out.count(u'X') >= 16, qPrintable(out));
        // Free text is read as it looks: the escape's hex digits are digits there.
        const QString looks = QStringLiteral("code \\u0019999 4105 7058");
        QVERIFY2(!hasValidWindow(redact::text(looks)), qPrintable(redact::text(looks)));
    }

    // Work grows linearly with the input: hostile inputs at n and 8n, steps counted (no clocks).
    void linearWorkOnHostileInput_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::newRow("digits") << QStringLiteral("99994105705873482915603620260115");
        QTest::newRow("separators") << QStringLiteral("9 - 9 . 9 / 9  \t");
        QTest::newRow("piddata") << QStringLiteral("<PidData <Skey <Data x");
        QTest::newRow("pid parts") << QStringLiteral("<Skey <Hmac ");
        QTest::newRow("json fields") << QStringLiteral("\"aadhaar\":\"");
        QTest::newRow("form fields") << QStringLiteral("aadhaar=1 otp: 2 pin");
        QTest::newRow("escapes") << QStringLiteral("\\u0039\\n\\u0");
        QTest::newRow("quotes") << QStringLiteral("\"\"\"tid\":");
    }
    void linearWorkOnHostileInput()
    {
        QFETCH(QString, unit);
        const auto stepsFor = [&](qsizetype size, bool asBody) {
            const QString input = unit.repeated(size / unit.size() + 1);
            redact::Stats stats;
            const QString out = asBody ? redact::body(input, &stats) : redact::text(input, &stats);
            [&] { QVERIFY(!hasValidWindow(out.left(4096))); }();
            return std::pair {stats.steps, input.size()};
        };
        for (const bool asBody : {false, true}) {
            const auto [small, n] = stepsFor(32 * 1024, asBody);
            const auto [large, n8] = stepsFor(256 * 1024, asBody);
            QVERIFY(small > 0);
            const double ratio = double(large) / double(small);
            QVERIFY2(ratio < 8 * 1.5, qPrintable(QStringLiteral("ratio %1").arg(ratio)));
            QVERIFY2(large <= 64 * n8, qPrintable(QStringLiteral("%1 steps for %2 chars").arg(large).arg(n8)));
        }
    }

    void bodyOf256KiBIsLinear()
    {
        QString body = QStringLiteral("{\"status\":1,\"message\":\"");
        while (body.size() < 256 * 1024) {
            body += QStringLiteral("999941057058 2500 <PidData> \\\"aadhaar\\\":\\\"1 ");
        }
        body += QStringLiteral("\"}");
        redact::Stats stats;
        const QString out = redact::body(body, &stats);
        QVERIFY(!out.contains(QStringLiteral("99994105705")));
        QVERIFY2(stats.steps <= 64 * body.size(), qPrintable(QString::number(stats.steps)));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
