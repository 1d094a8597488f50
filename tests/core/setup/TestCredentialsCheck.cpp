// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "GoLiveFixture.h"
#include "core/secrets/EkoCredentialStore.h"
#include "core/setup/CredentialsCheck.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace saathi;
using Field = setup::CredentialsCheck::Field;

namespace {
setup::CredentialsCheck::Result run(setup::CredentialsCheck& check, const EkoCredentials& c,
                                    const EnvironmentProfile* profile = nullptr)
{
    QSignalSpy spy(&check, &setup::CredentialsCheck::finished);
    if (profile) {
        check.start(EkoEnvironment::Uat, c, *profile);
    } else {
        check.start(EkoEnvironment::Uat, c);
    }
    if (!spy.wait(15000)) {
        return {Error {QStringLiteral("test.no_answer"), {}, {}}, Field::None, {}};
    }
    return spy.first().first().value<setup::CredentialsCheck::Result>();
}
} // namespace

class TestCredentialsCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thePartnersKeysAreAcceptedWithoutAUserCodeAndSaved()
    {
        test::GoLiveFixture f;
        setup::CredentialsCheck check(f.context());
        const auto r = run(check, test::GoLiveFixture::partner());
        QVERIFY2(r.accepted(), qPrintable(r.error.userMessage + QLatin1Char(' ') + r.error.detail));
        QVERIFY(r.userCode.isEmpty());
        bool found = false;
        const EkoCredentials saved = f.savedCredentials(&found);
        QVERIFY(found);
        QCOMPARE(saved.accessKey, test::GoLiveFixture::partner().accessKey);
        QVERIFY(saved.userCode.isEmpty());
        // The enquiry went through the gateway and carried no user_code.
        const auto log = f.sandbox().requestLog();
        QVERIFY(!log.isEmpty());
        QCOMPARE(log.last().httpStatus, 200);
        QVERIFY(log.last().path.endsWith(QLatin1String("/v3/user/account/services")));
    }

    void aWrongAccessKeyIsRefusedWithEkosOwnMessageAndNothingIsSaved()
    {
        test::GoLiveFixture f;
        setup::CredentialsCheck check(f.context());
        EkoCredentials c = test::GoLiveFixture::partner();
        c.accessKey = QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30"); // training's
        const auto r = run(check, c);
        QVERIFY(!r.accepted());
        QCOMPARE(r.field, Field::AccessKey);
        QCOMPARE(r.error.code, QStringLiteral("setup.signature_refused"));
        QVERIFY2(r.error.userMessage.contains(QLatin1String("Authentication failed")), qPrintable(r.error.userMessage));
        QVERIFY(r.error.userMessage.contains(QLatin1String("whitelist")));
        bool found = true;
        f.savedCredentials(&found);
        QVERIFY(!found);
    }

    void trainingsPublishedKeysAreRefusedByAnotherPartnersUat()
    {
        test::GoLiveFixture f;
        setup::CredentialsCheck check(f.context());
        const auto r = run(check, test::GoLiveFixture::trainingKeys());
        QVERIFY(!r.accepted());
        QCOMPARE(r.field, Field::AccessKey); // the gateway answers 403 for an unknown developer key too
    }

    void aWrongClockIsNamedAsTheCause()
    {
        test::GoLiveFixture f;
        ManualClock ekoClock(f.clock().nowMs() + 10 * 60 * 1000); // Eko is 10 minutes ahead of this computer
        f.sandbox().setClock(&ekoClock);
        setup::CredentialsCheck check(f.context());
        const auto r = run(check, test::GoLiveFixture::partner());
        f.sandbox().setClock(&f.clock());
        QVERIFY(!r.accepted());
        QCOMPARE(r.error.code, QStringLiteral("setup.clock_skew"));
        QCOMPARE(r.field, Field::AccessKey);
        QVERIFY2(r.error.userMessage.contains(QLatin1String("10 minutes")), qPrintable(r.error.userMessage));
    }

    void plainHttpIsRefusedBeforeAnythingIsSent()
    {
        test::GoLiveFixture f;
        f.sandbox().clearRequestLog();
        EnvironmentProfile profile = EnvironmentProfile::fromSettings(f.settings(), EkoEnvironment::Uat);
        QUrl plain = profile.baseUrl;
        plain.setScheme(QStringLiteral("http"));
        profile.baseUrl = plain;
        setup::CredentialsCheck check(f.context());
        const auto r = run(check, test::GoLiveFixture::partner(), &profile);
        QVERIFY(!r.accepted());
        QCOMPARE(r.field, Field::BaseUrl);
        QCOMPARE(r.error.code, QStringLiteral("settings.plain_http"));
        QTest::qWait(50);
        QVERIFY(f.sandbox().requestLog().isEmpty());
        // The profile with http:// was not saved either.
        QVERIFY(f.settings().value(QStringLiteral("eko/uat/base_url")).toString().startsWith(QLatin1String("https")));
    }

    void anUnreachableServerIsAClearError()
    {
        test::GoLiveFixture f;
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        EnvironmentProfile profile = EnvironmentProfile::fromSettings(f.settings(), EkoEnvironment::Uat);
        profile.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/ekoapi").arg(port));
        setup::CredentialsCheck check(f.context());
        const auto r = run(check, test::GoLiveFixture::partner(), &profile);
        QVERIFY(!r.accepted());
        QCOMPARE(r.error.code, QStringLiteral("eko.refused"));
        QVERIFY(!r.error.userMessage.isEmpty());
    }

    void anUntrustedCertificateIsATlsFailure()
    {
        test::GoLiveFixture f;
        // Another CA: the sandbox's certificate no longer verifies.
        EnvironmentProfile profile = EnvironmentProfile::fromSettings(f.settings(), EkoEnvironment::Uat);
        profile.caFile.clear();
        setup::CredentialsCheck check(f.context());
        const auto r = run(check, test::GoLiveFixture::partner(), &profile);
        QVERIFY(!r.accepted());
        QCOMPARE(r.error.code, QStringLiteral("eko.tls_failed"));
    }

    void aKnownUserCodeIsAcceptedAndAnUnknownOneRefusedAtItsField()
    {
        test::GoLiveFixture f;
        setup::CredentialsCheck check(f.context());
        EkoCredentials c = test::GoLiveFixture::partner();
        c.userCode = QStringLiteral("30310001");
        auto r = run(check, c);
        QVERIFY2(r.accepted(), qPrintable(r.error.userMessage));
        QCOMPARE(f.savedCredentials().userCode, QStringLiteral("30310001"));

        c.userCode = QStringLiteral("39999999");
        r = run(check, c);
        QCOMPARE(r.field, Field::UserCode);
        QCOMPARE(f.savedCredentials().userCode, QStringLiteral("30310001")); // unchanged
    }

    void reCheckingTheSamePartnerKeepsTheSavedUserCode()
    {
        test::GoLiveFixture f;
        setup::CredentialsCheck check(f.context());
        EkoCredentials c = test::GoLiveFixture::partner();
        c.userCode = QStringLiteral("30310001");
        QVERIFY(run(check, c).accepted());
        const auto r = run(check, test::GoLiveFixture::partner());
        QVERIFY(r.accepted());
        QCOMPARE(r.userCode, QStringLiteral("30310001"));
    }

    void anEmptyFieldIsNamedBeforeAnythingIsSent()
    {
        test::GoLiveFixture f;
        f.sandbox().clearRequestLog();
        setup::CredentialsCheck check(f.context());
        EkoCredentials c = test::GoLiveFixture::partner();
        c.initiatorId = QStringLiteral("12345");
        const auto r = run(check, c);
        QCOMPARE(r.field, Field::InitiatorId);
        QVERIFY(f.sandbox().requestLog().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCredentialsCheck)
#include "TestCredentialsCheck.moc"
