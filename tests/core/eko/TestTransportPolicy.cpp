// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Eko traffic is https:// only; plain http:// only to a loopback IP literal, and only when allowed (issue #13).
#include "core/eko/EkoClient.h"
#include "core/eko/TransportPolicy.h"
#include "core/util/Clock.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using namespace saathi::eko;

class TestTransportPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onlyHttpsOrAnAllowedLoopbackPasses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("https") << "https://api.eko.in:25002/ekoicici" << true << true;
        QTest::newRow("http remote") << "http://staging.eko.in/ekoapi" << false << false;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/ekoapi" << false << true;
        QTest::newRow("http 127.1.2.3") << "http://127.1.2.3:8080/ekoapi" << false << true;
        QTest::newRow("http ::1") << "http://[::1]:8080/ekoapi" << false << true;
        QTest::newRow("http localhost (a name)") << "http://localhost:8080/ekoapi" << false << false;
        QTest::newRow("http 127.0.0.1.evil") << "http://127.0.0.1.evil.example/ekoapi" << false << false;
        QTest::newRow("ftp loopback") << "ftp://127.0.0.1/x" << false << false;
        QTest::newRow("no host") << "https:///ekoapi" << false << false;
    }

    void onlyHttpsOrAnAllowedLoopbackPasses()
    {
        QFETCH(QString, url);
        QFETCH(bool, refused);
        QFETCH(bool, loopback);
        QCOMPARE(checkTransport(QUrl(url), PlainHttp::Refused).isNull(), refused);
        QCOMPARE(checkTransport(QUrl(url), PlainHttp::Loopback).isNull(), loopback);
    }

    void aFamilyBaseUrlIsCheckedToo()
    {
        EkoConfig config;
        config.baseUrl = QUrl(QStringLiteral("https://api.eko.in/ekoicici"));
        QVERIFY(checkTransport(config, PlainHttp::Refused).isNull());
        config.familyBaseUrls.insert(QStringLiteral("dmt_fino"), QUrl(QStringLiteral("http://api.eko.in/ekoicici")));
        QCOMPARE(checkTransport(config, PlainHttp::Loopback).code, QStringLiteral("eko.plain_http"));
    }

    void aCatalogueWithAPlainBaseUrlIsRefused()
    {
        const QByteArray ops = "\"operations\": {\"agent.services\": {\"method\": \"GET\", \"version\": \"v3\", "
                               "\"path\": \"/user/account/services\", \"body\": \"none\"}}}";
        QVERIFY(
            EndpointCatalogue::fromJson("{\"environments\": {\"uat\": {\"base_url\": \"https://a.example\"}}, " + ops));
        const auto plain = EndpointCatalogue::fromJson(
            "{\"environments\": {\"production\": {\"base_url\": \"http://api.eko.in/ekoicici\"}}, " + ops);
        QVERIFY(!plain);
        QVERIFY2(plain.error().detail.contains(QLatin1String("https://")), qPrintable(plain.error().detail));
        const auto plainFamily = EndpointCatalogue::fromJson(
            "{\"environments\": {\"uat\": {\"family_base_urls\": {\"dmt_fino\": \"http://127.0.0.1:9/x\"}}}, " + ops);
        QVERIFY(!plainFamily);
    }

    // Whatever a configuration layer let through, the client itself never sends plain HTTP beyond this machine.
    void theClientRefusesPlainHttpToARemoteHostBeforeSending()
    {
        QNetworkAccessManager network;
        EkoConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://192.0.2.1/ekoapi")); // TEST-NET-1: nothing may go there
        EkoClient client(&network, EndpointCatalogue::builtIn().value(), config, SystemClock::instance());
        EkoRequest request;
        request.operation = QStringLiteral("agent.services");
        EkoJob* job = client.call(request);
        QSignalSpy finished(job, &EkoJob::finished);
        QTRY_COMPARE(finished.count(), 1);
        const auto response = finished.first().first().value<EkoResponse>();
        QCOMPARE(response.error.code, QStringLiteral("eko.plain_http"));
        QCOMPARE(response.attempts, 0); // nothing went to the wire
    }
};

QTEST_GUILESS_MAIN(TestTransportPolicy)
#include "TestTransportPolicy.moc"
