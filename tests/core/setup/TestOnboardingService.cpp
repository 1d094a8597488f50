// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "OnboardingTestData.h"
#include "SandboxFixture.h"
#include "core/setup/OnboardingService.h"

#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using setup::OnboardingService;
using OnboardingField = setup::AgentOnboarding::Field;
using ActivationField = setup::AepsActivationFlow::Field;

namespace {
using test::ravi;

setup::ActivationForm activation(const QString& stateId, const QString& shopType)
{
    const QByteArray jpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(2048, 'j');
    setup::ActivationForm f;
    f.deviceModel = QStringLiteral("MFS110");
    f.deviceSerial = QStringLiteral("8123456");
    f.account = QStringLiteral("123456789012");
    f.ifsc = QStringLiteral("SBIN0001234");
    f.shopType = shopType;
    f.aadhaar = QStringLiteral("999941057058");
    f.addressLine = QStringLiteral("Shop 4, Main Market");
    f.city = QStringLiteral("New Delhi");
    f.stateId = stateId;
    f.stateName = QStringLiteral("Delhi");
    f.pinCode = QStringLiteral("110001");
    f.panCard = {QStringLiteral("pan.jpg"), jpeg};
    f.aadhaarFront = {QStringLiteral("front.jpg"), jpeg};
    f.aadhaarBack = {QStringLiteral("back.pdf"), QByteArray("%PDF-1.4\n") + jpeg};
    return f;
}

template<typename T>
T take(QSignalSpy& spy)
{
    if (spy.isEmpty() && !spy.wait(20000)) {
        return T {};
    }
    return spy.takeFirst().first().value<T>();
}

int aepsStatus(const OnboardingService::Services& answer)
{
    for (const setup::ServiceStatus& s : answer.services) {
        if (s.serviceCode == QLatin1String(setup::ServiceStatus::kAepsFingpay)) {
            return s.status;
        }
    }
    return -2; // not listed
}
} // namespace

class TestOnboardingService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aBadFormIsAnsweredAtItsFieldsAndNothingIsSent()
    {
        test::SandboxFixture fixture;
        OnboardingService service(fixture.client());
        QSignalSpy onboarded(&service, &OnboardingService::onboarded);
        setup::OnboardingForm form = ravi();
        form.pan = QStringLiteral("ABC123");
        form.pinCode.clear();
        service.onboard(form);
        QCOMPARE(onboarded.count(), 0); // answered as a signal, never from inside the call
        const auto result = take<setup::AgentOnboarding::Result>(onboarded);
        QVERIFY(!result.ok());
        QVERIFY(!result.fieldErrors.value(OnboardingField::Pan).isEmpty());
        QVERIFY(!result.fieldErrors.value(OnboardingField::PinCode).isEmpty());
        QVERIFY(!result.fieldErrors.contains(OnboardingField::FirstName));
        QVERIFY(service.userCode().isEmpty());
        QVERIFY(fixture.client().config().credentials.userCode != result.userCode || result.userCode.isEmpty());

        QSignalSpy activated(&service, &OnboardingService::activated);
        setup::ActivationForm incomplete = activation(QStringLiteral("1"), QStringLiteral("5411"));
        incomplete.aadhaarBack = {};
        incomplete.ifsc = QStringLiteral("SBIN1");
        service.activate(incomplete);
        const auto submission = take<setup::AepsActivationFlow::Submission>(activated);
        QVERIFY(!submission.ok());
        QCOMPARE(submission.fieldErrors.keys(),
                 (QList<ActivationField> {ActivationField::Ifsc, ActivationField::AadhaarBack}));
    }

    void onboardsActivatesAndFollowsTheServiceToActive()
    {
        test::SandboxFixture fixture;
        OnboardingService service(fixture.client());
        QSignalSpy onboarded(&service, &OnboardingService::onboarded);
        service.onboard(ravi());
        const auto result = take<setup::AgentOnboarding::Result>(onboarded);
        QVERIFY2(result.ok(), qPrintable(result.error.userMessage));
        QVERIFY(!result.userCode.isEmpty());
        QCOMPARE(service.userCode(), result.userCode);
        QCOMPARE(fixture.client().config().credentials.userCode, result.userCode); // later calls are for this agent
        QVERIFY(fixture.sandbox().agent(result.userCode).has_value());

        // The same mobile again: Eko's "user already exists", at the mobile field.
        service.onboard(ravi());
        const auto again = take<setup::AgentOnboarding::Result>(onboarded);
        QVERIFY(!again.ok());
        QVERIFY(!again.fieldErrors.value(OnboardingField::Mobile).isEmpty());

        QSignalSpy lists(&service, &OnboardingService::listsLoaded);
        service.loadLists();
        QVERIFY(lists.count() == 1 || lists.wait(20000));
        const auto states = lists.first().at(0).value<QList<setup::Choice>>();
        const auto shopTypes = lists.first().at(1).value<QList<setup::Choice>>();
        QVERIFY(lists.first().at(2).value<Error>().isNull());
        QVERIFY(!shopTypes.isEmpty());
        QString delhi;
        for (const setup::Choice& s : states) {
            if (s.label == QLatin1String("Delhi")) {
                delhi = s.value;
            }
        }
        QVERIFY(!delhi.isEmpty());

        QSignalSpy checked(&service, &OnboardingService::servicesChecked);
        service.checkServices();
        QCOMPARE(aepsStatus(take<OnboardingService::Services>(checked)), -2); // nothing requested yet

        QSignalSpy activated(&service, &OnboardingService::activated);
        service.activate(activation(delhi, shopTypes.first().value));
        const auto submission = take<setup::AepsActivationFlow::Submission>(activated);
        QVERIFY2(submission.ok(), qPrintable(submission.error.userMessage));
        QCOMPARE(submission.state, setup::AepsState::Pending);

        service.checkServices();
        QCOMPARE(aepsStatus(take<OnboardingService::Services>(checked)), int(setup::ServiceStatus::Pending));
        fixture.clock().advanceMs(2 * 60 * 1000); // Eko approves after its delay, on the shared clock
        service.checkServices();
        const auto after = take<OnboardingService::Services>(checked);
        QVERIFY(after.error.isNull());
        QCOMPARE(aepsStatus(after), int(setup::ServiceStatus::Activated));
        QCOMPARE(setup::ServiceStatus::stateText(setup::ServiceStatus::Activated), QStringLiteral("Activated"));
    }
};

QTEST_MAIN(TestOnboardingService)
#include "TestOnboardingService.moc"
