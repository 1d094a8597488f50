// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "GoLiveFixture.h"
#include "OnboardingTestData.h"
#include "core/setup/AgentOnboarding.h"
#include "core/setup/CredentialsCheck.h"
#include "core/setup/ShopDetails.h"

#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using Field = setup::AgentOnboarding::Field;

namespace {
using test::ravi;

setup::AgentOnboarding::Result wait(setup::AgentOnboarding& onboarding, QSignalSpy& spy)
{
    Q_UNUSED(onboarding)
    if (spy.isEmpty() && !spy.wait(15000)) {
        return {Error {QStringLiteral("test.no_answer"), {}, {}}, {}, {}};
    }
    return spy.takeFirst().first().value<setup::AgentOnboarding::Result>();
}

bool checkPartnerKeys(test::GoLiveFixture& f)
{
    setup::CredentialsCheck check(f.context());
    QSignalSpy spy(&check, &setup::CredentialsCheck::finished);
    check.start(EkoEnvironment::Uat, test::GoLiveFixture::partner());
    return spy.wait(15000) && spy.first().first().value<setup::CredentialsCheck::Result>().accepted();
}
} // namespace

class TestAgentOnboarding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onboardingSavesTheNewUserCodeToTheKeychainAtOnce()
    {
        test::GoLiveFixture f;
        QVERIFY(checkPartnerKeys(f));
        setup::AgentOnboarding onboarding(f.context());
        QSignalSpy spy(&onboarding, &setup::AgentOnboarding::finished);
        onboarding.onboard(EkoEnvironment::Uat, ravi());
        const auto r = wait(onboarding, spy);
        QVERIFY2(r.ok(), qPrintable(r.error.userMessage + QLatin1Char(' ') + r.error.detail));
        QVERIFY(setup::AgentOnboarding::isPlausibleUserCode(r.userCode));
        QVERIFY(r.userCode != QStringLiteral("30310001")); // a fresh code, not the default agent's
        QVERIFY(f.sandbox().agent(r.userCode).has_value());
        const EkoCredentials saved = f.savedCredentials();
        QCOMPARE(saved.userCode, r.userCode);
        QCOMPARE(saved.accessKey, test::GoLiveFixture::partner().accessKey);
        // What was typed is the shop screen's prefill.
        const auto prefill = setup::ShopDetails::prefill(f.settings(), f.appSettings(), EkoEnvironment::Uat);
        QCOMPARE(prefill.profile.agentName, QStringLiteral("Ravi Kumar"));
        QCOMPARE(prefill.profile.shopName, QStringLiteral("Ravi Kirana"));
        QCOMPARE(prefill.profile.agentMobile, QStringLiteral("9876501234"));
        QVERIFY(prefill.profile.shopAddress.contains(QLatin1String("110001")));
    }

    void badFieldsAreNamedBeforeAnythingIsSent()
    {
        test::GoLiveFixture f;
        QVERIFY(checkPartnerKeys(f));
        f.sandbox().clearRequestLog();
        setup::OnboardingForm form = ravi();
        form.pan = QStringLiteral("ABC123");
        form.lastName = QStringLiteral("Kumar Singh");
        setup::AgentOnboarding onboarding(f.context());
        QSignalSpy spy(&onboarding, &setup::AgentOnboarding::finished);
        onboarding.onboard(EkoEnvironment::Uat, form);
        const auto r = wait(onboarding, spy);
        QVERIFY(r.fieldErrors.contains(Field::Pan));
        QVERIFY(r.fieldErrors.contains(Field::LastName));
        QVERIFY(f.sandbox().requestLog().isEmpty());
    }

    void anExistingMobileSendsTheAgentToTheUserCodeChoice()
    {
        test::GoLiveFixture f;
        QVERIFY(checkPartnerKeys(f));
        setup::AgentOnboarding onboarding(f.context());
        QSignalSpy spy(&onboarding, &setup::AgentOnboarding::finished);
        setup::OnboardingForm form = ravi();
        form.mobile = QStringLiteral("9876512345"); // the default agent's
        onboarding.onboard(EkoEnvironment::Uat, form);
        const auto r = wait(onboarding, spy);
        QVERIFY(r.fieldErrors.contains(Field::Mobile));
        QVERIFY(f.savedCredentials().userCode.isEmpty());
    }

    void anExistingUserCodeIsCheckedWithEkoAndSaved()
    {
        test::GoLiveFixture f;
        QVERIFY(checkPartnerKeys(f));
        setup::AgentOnboarding onboarding(f.context());
        QSignalSpy spy(&onboarding, &setup::AgentOnboarding::finished);
        onboarding.useExistingUserCode(EkoEnvironment::Uat, QStringLiteral("39999999"));
        auto r = wait(onboarding, spy);
        QVERIFY(r.fieldErrors.contains(Field::UserCode));
        QVERIFY(f.savedCredentials().userCode.isEmpty());

        onboarding.useExistingUserCode(EkoEnvironment::Uat, QStringLiteral("30310001"));
        r = wait(onboarding, spy);
        QVERIFY2(r.ok(), qPrintable(r.error.userMessage));
        QCOMPARE(f.savedCredentials().userCode, QStringLiteral("30310001"));
    }

    void withoutCheckedCredentialsNothingIsSent()
    {
        test::GoLiveFixture f;
        setup::AgentOnboarding onboarding(f.context());
        QSignalSpy spy(&onboarding, &setup::AgentOnboarding::finished);
        onboarding.onboard(EkoEnvironment::Uat, ravi());
        const auto r = wait(onboarding, spy);
        QCOMPARE(r.error.code, QStringLiteral("setup.no_credentials"));
    }
};

QTEST_GUILESS_MAIN(TestAgentOnboarding)
#include "TestAgentOnboarding.moc"
