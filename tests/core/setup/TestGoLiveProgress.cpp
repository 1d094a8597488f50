// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "GoLiveFixture.h"
#include "core/setup/AepsActivationFlow.h"
#include "core/setup/AgentOnboarding.h"
#include "core/setup/CredentialsCheck.h"
#include "core/setup/GoLiveProgress.h"
#include "core/setup/ShopDetails.h"

#include <QSignalSpy>
#include <QTest>

using namespace saathi;

namespace {
Error readiness(test::GoLiveFixture& f)
{
    QObject context;
    Error out {QStringLiteral("test.no_answer"), {}, {}};
    bool done = false;
    setup::checkReady(f.context(), EkoEnvironment::Uat, &context, [&](const Error& missing) {
        out = missing;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000)) {
        qWarning("no answer about readiness");
    }
    return out;
}
} // namespace

class TestGoLiveProgress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theStepAndTheSavedPartsSurviveARestart()
    {
        test::GoLiveFixture f;
        {
            setup::GoLiveProgress progress(f.settings());
            QVERIFY(!progress.environmentInProgress());
            QCOMPARE(progress.step(EkoEnvironment::Uat), setup::GoLiveStep::Credentials);
            progress.setEnvironmentInProgress(EkoEnvironment::Uat);
            setup::CredentialsCheck check(f.context());
            QSignalSpy checked(&check, &setup::CredentialsCheck::finished);
            EkoCredentials c = test::GoLiveFixture::partner();
            c.userCode = QStringLiteral("30310001");
            check.start(EkoEnvironment::Uat, c);
            QVERIFY(checked.wait(15000));
            progress.setStep(EkoEnvironment::Uat, setup::GoLiveStep::ShopDetails);
        }
        QCOMPARE(readiness(f).code, QStringLiteral("setup.no_profile"));

        f.restart(); // new settings objects over the same file; the same keychain
        setup::GoLiveProgress progress(f.settings());
        QCOMPARE(progress.environmentInProgress(), std::optional<EkoEnvironment>(EkoEnvironment::Uat));
        QCOMPARE(progress.step(EkoEnvironment::Uat), setup::GoLiveStep::ShopDetails);
        QCOMPARE(progress.step(EkoEnvironment::Production), setup::GoLiveStep::Credentials); // per environment
        QCOMPARE(f.savedCredentials().userCode, QStringLiteral("30310001"));

        setup::ShopDetails shop;
        shop.profile.agentName = QStringLiteral("Ravi Kumar");
        shop.profile.shopName = QStringLiteral("Ravi Kirana");
        shop.profile.shopAddress = QStringLiteral("12 Gandhi Road, New Delhi 110001");
        shop.latLong = QStringLiteral("28.61,77.2x");
        auto saved = shop.save(f.settings(), f.appSettings(), EkoEnvironment::Uat);
        QCOMPARE(saved.field, setup::ShopDetails::Field::LatLong);
        QVERIFY(!AgentProfile::load(f.settings(), EkoEnvironment::Uat).isComplete()); // nothing half-saved
        shop.latLong = QStringLiteral("28.6139,77.2090");
        QVERIFY(shop.save(f.settings(), f.appSettings(), EkoEnvironment::Uat).ok());
        QVERIFY(readiness(f).isNull());

        f.restart();
        QVERIFY(readiness(f).isNull());
        setup::GoLiveProgress(f.settings()).finish(EkoEnvironment::Uat);
        f.restart();
        QVERIFY(!setup::GoLiveProgress(f.settings()).environmentInProgress());
    }

    void aepsStatusAndActivationGoThroughTheFlow()
    {
        test::GoLiveFixture f;
        setup::CredentialsCheck check(f.context());
        QSignalSpy checked(&check, &setup::CredentialsCheck::finished);
        check.start(EkoEnvironment::Uat, test::GoLiveFixture::partner());
        QVERIFY(checked.wait(15000));
        setup::AgentOnboarding onboarding(f.context());
        QSignalSpy onboarded(&onboarding, &setup::AgentOnboarding::finished);
        setup::OnboardingForm form;
        form.firstName = QStringLiteral("Sita");
        form.lastName = QStringLiteral("Devi");
        form.mobile = QStringLiteral("9812345670");
        form.email = QStringLiteral("sita@example.com");
        form.dob = QDate(1990, 1, 1);
        form.pan = QStringLiteral("ABCPD1234F");
        form.shopName = QStringLiteral("Sita Store");
        form.addressLine = QStringLiteral("4 Main Market");
        form.city = QStringLiteral("Jaipur");
        form.state = QStringLiteral("Rajasthan");
        form.pinCode = QStringLiteral("302001");
        onboarding.onboard(EkoEnvironment::Uat, form);
        QVERIFY(onboarded.wait(15000));
        QVERIFY(f.appSettings().setLatLong(QStringLiteral("26.9124,75.7873")).isNull());

        setup::AepsActivationFlow flow(f.context());
        QSignalSpy status(&flow, &setup::AepsActivationFlow::statusChecked);
        flow.checkStatus(EkoEnvironment::Uat);
        QVERIFY(status.wait(15000));
        auto s = status.takeFirst().first().value<setup::AepsActivationFlow::Status>();
        QVERIFY2(s.error.isNull(), qPrintable(s.error.userMessage));
        QCOMPARE(s.state, setup::AepsState::NotRequested);

        QSignalSpy lists(&flow, &setup::AepsActivationFlow::listsLoaded);
        flow.loadLists(EkoEnvironment::Uat);
        QVERIFY(lists.wait(15000));
        const auto states = lists.first().at(0).value<QList<setup::Choice>>();
        const auto shopTypes = lists.first().at(1).value<QList<setup::Choice>>();
        QVERIFY(!states.isEmpty() && !shopTypes.isEmpty());

        setup::ActivationForm a;
        a.deviceModel = QStringLiteral("MFS110");
        a.deviceSerial = QStringLiteral("8123456");
        a.account = QStringLiteral("123456789012");
        a.ifsc = QStringLiteral("SBIN0001234");
        a.shopType = shopTypes.first().value;
        a.aadhaar = QStringLiteral("999941057058");
        a.addressLine = QStringLiteral("4 Main Market");
        a.city = QStringLiteral("Jaipur");
        a.stateId = states.first().value;
        a.stateName = states.first().label;
        a.pinCode = QStringLiteral("302001");
        const QByteArray jpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(2048, 'j');
        a.panCard = {QStringLiteral("pan.jpg"), jpeg};
        a.aadhaarFront = {QStringLiteral("front.jpg"), jpeg};
        a.aadhaarBack = {QStringLiteral("back.jpg"), jpeg};
        QSignalSpy submitted(&flow, &setup::AepsActivationFlow::submitted);
        flow.submit(EkoEnvironment::Uat, a);
        QVERIFY(submitted.wait(15000));
        const auto sub = submitted.first().first().value<setup::AepsActivationFlow::Submission>();
        QVERIFY2(sub.ok(),
                 qPrintable(sub.error.userMessage + sub.fieldErrors.value(setup::AepsActivationFlow::Field::None)));
        QCOMPARE(sub.state, setup::AepsState::Pending);
        QVERIFY(setup::AepsActivationFlow::mayContinue(sub.state));
    }
};

QTEST_GUILESS_MAIN(TestGoLiveProgress)
#include "TestGoLiveProgress.moc"
