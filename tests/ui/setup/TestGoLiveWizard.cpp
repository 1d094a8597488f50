// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The going-live wizard by keyboard against a stand-in for UAT with a partner of its own: choose UAT, the keys are
// checked (a wrong one is refused at its field and nothing typed is lost), onboarding saves a fresh user code, the
// shop is prefilled and saved, AePS is requested, Finish says the environment is ready; a restart resumes.
#include "GoLiveFixture.h"
#include "core/settings/AgentProfile.h"
#include "core/setup/GoLiveProgress.h"
#include "ui/setup/GoLiveWizard.h"
#include "ui/widgets/FileChooser.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using namespace saathi::ui;

namespace {

QLineEdit* edit(QWidget* root, const char* name)
{
    return root->findChild<QLineEdit*>(QLatin1String(name));
}

// Focus a field and type into it, as the agent would with Tab and the keyboard.
void type(QWidget* root, const char* name, const QString& text)
{
    QLineEdit* e = edit(root, name);
    QVERIFY2(e, name);
    e->setFocus();
    QTest::keyClicks(e, text);
}

void enter()
{
    QWidget* w = QApplication::focusWidget();
    QVERIFY(w);
    QTest::keyClick(w, Qt::Key_Return);
}

QString label(QWidget* root, const char* name)
{
    auto* l = root->findChild<QLabel*>(QLatin1String(name));
    return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

QString writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size() ? path : QString();
}

} // namespace

class TestGoLiveWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theWholeWalkByKeyboardEndsReadyToGoLive()
    {
        test::GoLiveFixture f;
        auto wizard = std::make_unique<GoLiveWizard>(f.context());
        wizard->show();
        QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
        QCOMPARE(wizard->currentId(), int(EnvironmentPageId));
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("uatRadioButton"));
        enter();
        QCOMPARE(wizard->currentId(), int(CredentialsPageId));
        QWidget* page = wizard->currentPage();
        QTRY_COMPARE(QApplication::focusWidget(), edit(page, "developerKeyLineEdit"));

        // Esc goes back, Enter comes again; nothing typed is lost on the way.
        QTest::keyClicks(QApplication::focusWidget(), test::GoLiveFixture::partner().developerKey);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(wizard->currentId(), int(EnvironmentPageId));
        QTRY_VERIFY(QApplication::focusWidget());
        enter();
        QCOMPARE(wizard->currentId(), int(CredentialsPageId));
        QCOMPARE(edit(page, "developerKeyLineEdit")->text(), test::GoLiveFixture::partner().developerKey);

        // Training's access key: Eko's own words at the access key, the form as typed.
        type(page, "accessKeyLineEdit", test::GoLiveFixture::trainingKeys().accessKey);
        type(page, "initiatorIdLineEdit", test::GoLiveFixture::partner().initiatorId);
        enter();
        QTRY_VERIFY_WITH_TIMEOUT(!label(page, "accessKeyErrorLabel").isEmpty(), 15000);
        QVERIFY2(label(page, "accessKeyErrorLabel").contains(QLatin1String("Authentication failed")),
                 qPrintable(label(page, "accessKeyErrorLabel")));
        QCOMPARE(wizard->currentId(), int(CredentialsPageId));
        QCOMPARE(edit(page, "developerKeyLineEdit")->text(), test::GoLiveFixture::partner().developerKey);
        QCOMPARE(edit(page, "initiatorIdLineEdit")->text(), test::GoLiveFixture::partner().initiatorId);
        QCOMPARE(QApplication::focusWidget(), edit(page, "accessKeyLineEdit"));
        bool found = true;
        f.savedCredentials(&found);
        QVERIFY(!found); // nothing unchecked reaches the keychain

        edit(page, "accessKeyLineEdit")->selectAll();
        QTest::keyClicks(edit(page, "accessKeyLineEdit"), test::GoLiveFixture::partner().accessKey);
        enter();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(OnboardingPageId), 15000);
        QCOMPARE(f.savedCredentials().accessKey, test::GoLiveFixture::partner().accessKey);
        QCOMPARE(setup::GoLiveProgress(f.settings()).step(EkoEnvironment::Uat), setup::GoLiveStep::Onboarding);

        page = wizard->currentPage();
        type(page, "firstNameLineEdit", QStringLiteral("Ravi"));
        type(page, "lastNameLineEdit", QStringLiteral("Kumar"));
        type(page, "mobileLineEdit", QStringLiteral("9876501234"));
        type(page, "emailLineEdit", QStringLiteral("ravi@example.com"));
        type(page, "panLineEdit", QStringLiteral("abcpk1234f"));
        type(page, "shopNameLineEdit", QStringLiteral("Ravi Kirana"));
        type(page, "addressLineLineEdit", QStringLiteral("12 Gandhi Road"));
        type(page, "cityLineEdit", QStringLiteral("New Delhi"));
        type(page, "stateLineEdit", QStringLiteral("Delhi"));
        type(page, "pinCodeLineEdit", QStringLiteral("110001"));
        enter();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ShopPageId), 15000);
        const QString userCode = f.savedCredentials().userCode;
        QVERIFY(!userCode.isEmpty());
        QVERIFY(userCode != QStringLiteral("30310001"));
        QVERIFY(f.sandbox().agent(userCode).has_value());

        // The counter is switched off here: the set-up resumes on the shop page, prefilled from onboarding.
        wizard.reset();
        f.restart();
        wizard = std::make_unique<GoLiveWizard>(f.context());
        wizard->show();
        QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
        QVERIFY(wizard->resumed());
        QCOMPARE(wizard->environment(), EkoEnvironment::Uat);
        QCOMPARE(wizard->currentId(), int(ShopPageId));
        page = wizard->currentPage();
        QCOMPARE(edit(page, "agentNameLineEdit")->text(), QStringLiteral("Ravi Kumar"));
        QCOMPARE(edit(page, "shopNameLineEdit")->text(), QStringLiteral("Ravi Kirana"));
        QCOMPARE(edit(page, "agentMobileLineEdit")->text(), QStringLiteral("9876501234"));
        QTRY_COMPARE(QApplication::focusWidget(), edit(page, "agentNameLineEdit"));

        type(page, "latLongLineEdit", QStringLiteral("28.61"));
        enter();
        QTRY_VERIFY(!label(page, "latLongErrorLabel").isEmpty());
        QCOMPARE(wizard->currentId(), int(ShopPageId));
        type(page, "latLongLineEdit", QStringLiteral("39,77.2090"));
        enter();
        QTRY_COMPARE(wizard->currentId(), int(ActivationPageId));
        QCOMPARE(AgentProfile::load(f.settings(), EkoEnvironment::Uat).shopName, QStringLiteral("Ravi Kirana"));
        QCOMPARE(f.appSettings().latLong(), QStringLiteral("28.6139,77.2090"));

        page = wizard->currentPage();
        QTRY_VERIFY_WITH_TIMEOUT(label(page, "aepsStatusLabel").contains(QLatin1String("not requested")), 15000);
        auto* shopType = page->findChild<QComboBox*>(QStringLiteral("shopTypeComboBox"));
        auto* state = page->findChild<QComboBox*>(QStringLiteral("officeStateComboBox"));
        QTRY_VERIFY_WITH_TIMEOUT(shopType->count() > 0 && state->count() > 0, 15000);
        type(page, "deviceModelLineEdit", QStringLiteral("MFS110"));
        type(page, "deviceSerialLineEdit", QStringLiteral("8123456"));
        type(page, "accountLineEdit", QStringLiteral("123456789012"));
        type(page, "ifscLineEdit", QStringLiteral("SBIN0001234"));
        type(page, "aadhaarLineEdit", QStringLiteral("999941057058"));
        type(page, "officeLineLineEdit", QStringLiteral("Shop 4, Main Market"));
        type(page, "officeCityLineEdit", QStringLiteral("New Delhi"));
        state->setCurrentIndex(state->findText(QStringLiteral("Delhi")));
        type(page, "officePinCodeLineEdit", QStringLiteral("110001"));
        const QByteArray jpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(2048, 'j');
        // A PNG is refused at its row.
        FileChooser::setNextAnswer(writeFile(f.path(QStringLiteral("pan.png")), QByteArray("\x89PNG\r\n\x1a\n", 8)));
        QTest::keyClick(page->findChild<QPushButton*>(QStringLiteral("panCardButton")), Qt::Key_Space);
        QVERIFY(label(page, "panCardErrorLabel").contains(QLatin1String("PNG")));
        for (const char* name : {"panCard", "aadhaarFront", "aadhaarBack"}) {
            FileChooser::setNextAnswer(writeFile(f.path(QLatin1String(name) + QStringLiteral(".jpg")), jpeg));
            QTest::keyClick(page->findChild<QPushButton*>(QLatin1String(name) + QStringLiteral("Button")),
                            Qt::Key_Space);
        }
        edit(page, "officePinCodeLineEdit")->setFocus();
        enter();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(FinishPageId), 15000);
        QVERIFY(edit(page, "aadhaarLineEdit")->text().isEmpty());

        QSignalSpy ready(wizard.get(), &GoLiveWizard::goLiveReady);
        QAbstractButton* finish = wizard->button(QWizard::FinishButton);
        QTRY_VERIFY_WITH_TIMEOUT(finish->isEnabled(), 10000);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(finish));
        enter();
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.first().first().value<EkoEnvironment>(), EkoEnvironment::Uat);
        QVERIFY(!setup::GoLiveProgress(f.settings()).environmentInProgress());
    }

    void aPlainHttpAddressIsRefusedAtItsField()
    {
        test::GoLiveFixture f;
        f.sandbox().clearRequestLog();
        GoLiveWizard wizard(f.context());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        enter();
        QWidget* page = wizard.currentPage();
        type(page, "developerKeyLineEdit", test::GoLiveFixture::partner().developerKey);
        type(page, "accessKeyLineEdit", test::GoLiveFixture::partner().accessKey);
        type(page, "initiatorIdLineEdit", test::GoLiveFixture::partner().initiatorId);
        QTest::keyClick(page->findChild<QPushButton*>(QStringLiteral("advancedButton")), Qt::Key_Space);
        QLineEdit* base = edit(page, "baseUrlLineEdit");
        QVERIFY(base->isVisible());
        base->setFocus();
        base->selectAll();
        QTest::keyClicks(base, QStringLiteral("http://staging.eko.in/ekoapi"));
        enter();
        QTRY_VERIFY(label(page, "baseUrlErrorLabel").contains(QLatin1String("https://")));
        QCOMPARE(base->text(), QStringLiteral("http://staging.eko.in/ekoapi"));
        QCOMPARE(wizard.currentId(), int(CredentialsPageId));
        QTest::qWait(50);
        QVERIFY(f.sandbox().requestLog().isEmpty());
    }

    void anAgentAlreadyActiveForAepsSkipsTheRequest()
    {
        test::GoLiveFixture f;
        GoLiveWizard wizard(f.context());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        enter();
        QWidget* page = wizard.currentPage();
        type(page, "developerKeyLineEdit", test::GoLiveFixture::partner().developerKey);
        type(page, "accessKeyLineEdit", test::GoLiveFixture::partner().accessKey);
        type(page, "initiatorIdLineEdit", test::GoLiveFixture::partner().initiatorId);
        enter();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(OnboardingPageId), 15000);
        page = wizard.currentPage();
        QTest::keyClick(page->findChild<QRadioButton*>(QStringLiteral("existingUserCodeRadioButton")), Qt::Key_Space);
        type(page, "userCodeLineEdit", QStringLiteral("39999999"));
        enter();
        QTRY_VERIFY_WITH_TIMEOUT(!label(page, "userCodeErrorLabel").isEmpty(), 15000);
        edit(page, "userCodeLineEdit")->selectAll();
        QTest::keyClicks(edit(page, "userCodeLineEdit"), QStringLiteral("30310001")); // the default agent: AePS on
        enter();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ShopPageId), 15000);
        page = wizard.currentPage();
        type(page, "agentNameLineEdit", QStringLiteral("Asha Verma"));
        type(page, "shopNameLineEdit", QStringLiteral("Asha Store"));
        type(page, "shopAddressLineEdit", QStringLiteral("7 Station Road, Pune 411001"));
        type(page, "latLongLineEdit", QStringLiteral("18.5204,73.8567"));
        enter();
        QTRY_COMPARE(wizard.currentId(), int(ActivationPageId));
        page = wizard.currentPage();
        QTRY_VERIFY_WITH_TIMEOUT(label(page, "aepsStatusLabel").contains(QLatin1String("active")), 15000);
        QVERIFY(!page->findChild<QLineEdit*>(QStringLiteral("deviceModelLineEdit"))->isVisible());
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        enter();
        QTRY_COMPARE(wizard.currentId(), int(FinishPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 10000);
    }

    // A set-up resumed half-way cannot step back past where it resumed; Start over takes the agent back to the
    // choice of environment (e.g. when the keychain lost the keys meanwhile).
    void aResumedSetUpCanStartOver()
    {
        test::GoLiveFixture f;
        setup::GoLiveProgress progress(f.settings());
        progress.setEnvironmentInProgress(EkoEnvironment::Uat);
        progress.setStep(EkoEnvironment::Uat, setup::GoLiveStep::Onboarding);
        GoLiveWizard wizard(f.context());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QVERIFY(wizard.resumed());
        QCOMPARE(wizard.currentId(), int(OnboardingPageId));
        QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
        QAbstractButton* startOver = wizard.button(QWizard::CustomButton1);
        QVERIFY(startOver && startOver->isVisible());
        QTest::keyClick(startOver, Qt::Key_Space);
        QCOMPARE(wizard.currentId(), int(EnvironmentPageId));
        QVERIFY(!wizard.resumed());
        enter();
        QCOMPARE(wizard.currentId(), int(CredentialsPageId));
    }
};

QTEST_MAIN(TestGoLiveWizard)
#include "TestGoLiveWizard.moc"
