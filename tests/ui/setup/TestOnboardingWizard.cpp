// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "SandboxFixture.h"
#include "core/setup/OnboardingService.h"
#include "ui/onboarding/ActivationPage.h"
#include "ui/onboarding/AgentDetailsPage.h"
#include "ui/onboarding/OnboardingWizard.h"
#include "ui/onboarding/ServiceStatusPage.h"
#include "ui/widgets/FileChooser.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace saathi;
using namespace saathi::ui;

namespace {
void type(QWidget* root, const char* name, const QString& text)
{
    auto* edit = root->findChild<QLineEdit*>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly)) {
        return {};
    }
    f.write(content);
    return f.fileName();
}

QString statusOf(QTreeWidget* list, const QString& serviceCode)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == serviceCode) {
            return list->topLevelItem(i)->text(1);
        }
    }
    return {};
}
} // namespace

class TestOnboardingWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onboardsActivatesAndShowsTheServiceState()
    {
        test::SandboxFixture fixture;
        setup::OnboardingService service(fixture.client());
        OnboardingWizard wizard(service);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::DetailsPageId));
        QWidget* details = wizard.detailsPage();
        QAbstractButton* next = wizard.button(QWizard::NextButton);

        // A bad PAN is shown at its field; nothing is sent.
        type(details, "panLineEdit", QStringLiteral("ABC123"));
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(!details->findChild<QLabel*>(QStringLiteral("panErrorLabel"))->text().isEmpty());
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::DetailsPageId));
        details->findChild<QLineEdit*>(QStringLiteral("panLineEdit"))->clear();

        type(details, "firstNameLineEdit", QStringLiteral("Ravi"));
        type(details, "lastNameLineEdit", QStringLiteral("Kumar"));
        type(details, "mobileLineEdit", QStringLiteral("9876501234"));
        type(details, "emailLineEdit", QStringLiteral("ravi@example.com"));
        type(details, "panLineEdit", QStringLiteral("abcpk1234f"));
        type(details, "shopNameLineEdit", QStringLiteral("Ravi Kirana"));
        type(details, "residenceLineLineEdit", QStringLiteral("12 Gandhi Road"));
        type(details, "residenceCityLineEdit", QStringLiteral("New Delhi"));
        details->findChild<QComboBox*>(QStringLiteral("residenceStateComboBox"))->setEditText(QStringLiteral("Delhi"));
        type(details, "residencePinCodeLineEdit", QStringLiteral("110001"));
        QSignalSpy userCode(&wizard, &OnboardingWizard::userCodeReceived);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(OnboardingWizard::ActivationPageId), 20000);
        QCOMPARE(userCode.count(), 1);
        const QString code = wizard.userCode();
        QVERIFY(!code.isEmpty());
        QVERIFY(code != QStringLiteral("20810200"));
        QVERIFY(details->findChild<QLabel*>(QStringLiteral("userCodeLabel"))->text().contains(code));
        QCOMPARE(fixture.client().config().credentials.userCode, code);
        QVERIFY(fixture.sandbox().agent(code).has_value());

        QWidget* activation = wizard.activationPage();
        auto* shopType = activation->findChild<QComboBox*>(QStringLiteral("shopTypeComboBox"));
        auto* officeState = activation->findChild<QComboBox*>(QStringLiteral("officeStateComboBox"));
        QTRY_VERIFY_WITH_TIMEOUT(shopType->count() > 0 && officeState->count() > 0, 20000);
        type(activation, "modelNameLineEdit", QStringLiteral("MFS110"));
        type(activation, "deviceSerialLineEdit", QStringLiteral("8123456"));
        type(activation, "accountLineEdit", QStringLiteral("123456789012"));
        type(activation, "ifscLineEdit", QStringLiteral("SBIN0001234"));
        type(activation, "aadhaarLineEdit", QStringLiteral("999941057058"));
        type(activation, "officeLineLineEdit", QStringLiteral("Shop 4, Main Market"));
        type(activation, "officeCityLineEdit", QStringLiteral("New Delhi"));
        officeState->setCurrentIndex(officeState->findText(QStringLiteral("Delhi")));
        type(activation, "officePinCodeLineEdit", QStringLiteral("110001"));

        QTemporaryDir dir;
        const QByteArray jpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(2048, 'j');
        // A PNG is refused at its row, with a message.
        FileChooser::setNextAnswer(writeFile(dir, QStringLiteral("pan.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + "x"));
        QTest::mouseClick(activation->findChild<QPushButton*>(QStringLiteral("panCardButton")), Qt::LeftButton);
        auto* panStatus = activation->findChild<QLabel*>(QStringLiteral("panCardStatusLabel"));
        QVERIFY2(panStatus->text().contains(QStringLiteral("PNG")), qPrintable(panStatus->text()));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::ActivationPageId)); // still missing documents

        FileChooser::setNextAnswer(writeFile(dir, QStringLiteral("pan.jpg"), jpeg));
        QTest::mouseClick(activation->findChild<QPushButton*>(QStringLiteral("panCardButton")), Qt::LeftButton);
        QVERIFY2(panStatus->text().contains(QStringLiteral("pan.jpg")), qPrintable(panStatus->text()));
        FileChooser::setNextAnswer(writeFile(dir, QStringLiteral("front.jpg"), jpeg));
        QTest::mouseClick(activation->findChild<QPushButton*>(QStringLiteral("aadhaarFrontButton")), Qt::LeftButton);
        FileChooser::setNextAnswer(writeFile(dir, QStringLiteral("back.pdf"), QByteArray("%PDF-1.4\n") + jpeg));
        QTest::mouseClick(activation->findChild<QPushButton*>(QStringLiteral("aadhaarBackButton")), Qt::LeftButton);

        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(OnboardingWizard::StatusPageId), 20000);
        QVERIFY(wizard.activationPage()->isSubmitted());
        QVERIFY(activation->findChild<QLineEdit*>(QStringLiteral("aadhaarLineEdit"))->text().isEmpty());

        auto* list = wizard.statusPage()->findChild<QTreeWidget*>(QStringLiteral("servicesTreeWidget"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(list, QStringLiteral("43")), QStringLiteral("Pending approval"), 20000);

        fixture.clock().advanceMs(2 * 60 * 1000); // Eko approves (the sandbox's delay, on the shared clock)
        QSignalSpy updated(wizard.statusPage(), &ServiceStatusPage::servicesUpdated);
        QTest::mouseClick(wizard.statusPage()->findChild<QPushButton*>(QStringLiteral("recheckButton")),
                          Qt::LeftButton);
        QVERIFY(updated.wait(20000));
        QCOMPARE(statusOf(list, QStringLiteral("43")), QStringLiteral("Activated"));
    }
};

QTEST_MAIN(TestOnboardingWizard)
#include "TestOnboardingWizard.moc"
