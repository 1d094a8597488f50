// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The catalogue switches as the agent sees them (offscreen, real widgets driven by QTest; README "Catalogue
// switches"): the withdrawal form asks for the agent's Aadhaar and, after the customer's finger, tells the agent to
// place theirs; the home screen hides Aadhaar Pay when the catalogue turns it off, and its form refuses it.
#include "AepsFixture.h"
#include "CannedHttpServer.h"
#include "core/eko/EkoClient.h"
#include "ui/aeps/AadhaarPayPage.h"
#include "ui/aeps/BankPicker.h"
#include "ui/aeps/CashWithdrawalPage.h"
#include "ui/agent/AgentFields.h"
#include "ui/home/HomePage.h"
#include "ui/widgets/AadhaarLineEdit.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using namespace saathi::ui;
using test::AepsFixture;
using test::CannedHttpServer;
using State = aeps::AepsCustomerFlow::State;

namespace {

eko::EndpointCatalogue catalogueWith(const QJsonObject& switches)
{
    QFile file(QStringLiteral(":/saathi/eko/endpoints.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("no built-in catalogue");
    }
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject merged = root.value(QStringLiteral("switches")).toObject();
    for (auto it = switches.begin(); it != switches.end(); ++it) {
        merged.insert(it.key(), it.value());
    }
    root.insert(QStringLiteral("switches"), merged);
    return eko::EndpointCatalogue::fromJson(QJsonDocument(root).toJson()).value();
}

template<typename T>
T* child(QWidget& page, const char* name)
{
    T* w = page.findChild<T*>(QString::fromLatin1(name));
    if (!w) {
        qWarning("no widget %s", name);
    }
    return w;
}

void fillCustomer(QWidget& page, const QString& amount)
{
    QTRY_VERIFY_WITH_TIMEOUT(page.findChild<BankPicker*>()->isLoaded(), 20000);
    QTest::keyClicks(child<QLineEdit>(page, "mobileLineEdit"), QStringLiteral("9876543210"));
    QTest::keyClicks(child<QLineEdit>(page, "bankSearchLineEdit"), QStringLiteral("SBIN"));
    QTest::keyClicks(child<AadhaarLineEdit>(page, "aadhaarLineEdit"), AepsFixture::aadhaar());
    QTest::keyClicks(child<QLineEdit>(page, "amountLineEdit"), amount);
    QTest::keyClick(child<QCheckBox>(page, "consentCheckBox"), Qt::Key_Space);
}

} // namespace

class TestCatalogueSwitchesScreens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withdrawalAsksForTheAgentsFingerAfterTheCustomers()
    {
        AepsFixture f;
        CashWithdrawalPage page(f.services());
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<BankPicker*>()->isLoaded(), 20000);
        auto* agentFields = child<AgentFields>(page, "agentFieldsWidget");
        QVERIFY(!agentFields->isVisible()); // the switch is off by default: nothing about the agent

        // An integrator's catalogue turns merchant authentication on; Eko holds its answer to the agent's finger.
        CannedHttpServer eko;
        eko::EkoConfig config = f.services().eko->config();
        config.baseUrl = QUrl(QString::fromLatin1(eko.baseUrl()));
        f.services().eko->setEnvironment(config,
                                         catalogueWith({{QStringLiteral("merchant_auth_per_withdrawal"), true}}));
        CannedHttpServer::Reply held;
        held.hang = true;
        eko.enqueue(held);
        page.hide();
        page.show();
        QVERIFY(agentFields->isVisible());
        QVERIFY(child<QLabel>(page, "agentHeadingLabel")->isVisible());

        fillCustomer(page, QStringLiteral("2500"));
        QTest::keyClicks(agentFields->aadhaarEdit(), QStringLiteral("234123412346"));
        auto* progress = child<QLabel>(page, "progressLabel");
        QMap<State, QString> shown; // what the screen said in each state, read right after it updated
        connect(&page.flow(), &aeps::AepsCustomerFlow::stateChanged, this,
                [&](State s) { shown.insert(s, progress->isVisible() ? progress->text() : QString()); });
        QTest::mouseClick(child<QPushButton>(page, "submitButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page.flow().state(), State::AuthorisingAgent, 20000);
        QCOMPARE(shown.value(State::Capturing), QStringLiteral("Ask the customer to place a finger on the device…"));
        QCOMPARE(shown.value(State::CapturingAgent),
                 QStringLiteral("Agent: place your finger to authorise this withdrawal"));
        QCOMPARE(progress->text(), QStringLiteral("Checking the agent's fingerprint with the bank…"));
        QVERIFY(!agentFields->isEnabled()); // nothing typed changes while the agent's step runs
        QTRY_COMPARE_WITH_TIMEOUT(eko.received().size(), 1, 10000);
        QVERIFY(eko.received().first().target.endsWith("/aepsmerchantauth"));

        // Cancel while Eko is silent: back to the form, nothing journaled, no withdrawal sent.
        auto* cancel = child<QPushButton>(page, "cancelButton");
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(page.flow().state(), State::Editing);
        QVERIFY(child<QLabel>(page, "formErrorLabel")->isVisible());
        QCOMPARE(f.rowCount(), 0);
        QCOMPARE(eko.received().size(), 1);
    }

    void homeHidesAadhaarPayWhenTheCatalogueSwitchesItOff()
    {
        AepsFixture f;
        HomePage home(f.services());
        home.setLock(HomePage::Lock::Unlocked);
        home.show();
        QPushButton* pay = home.tileButton(HomePage::Tile::AadhaarPay);
        QVERIFY(pay->isVisible());
        QVERIFY(pay->isEnabled());

        f.services().eko->setEnvironment(f.services().eko->config(),
                                         catalogueWith({{QStringLiteral("aadhaar_pay"), QStringLiteral("off")}}));
        home.hide();
        home.show();
        QVERIFY(!pay->isVisible());
        QVERIFY(home.tileButton(HomePage::Tile::CashWithdrawal)->isVisible());
        QSignalSpy activated(&home, &HomePage::tileActivated);
        home.activateTile(HomePage::Tile::AadhaarPay); // its F-key does nothing
        QCOMPARE(activated.size(), 0);
    }

    void aadhaarPayFormRefusesWhenTheCatalogueSwitchesItOff()
    {
        AepsFixture f;
        AadhaarPayPage page(f.services());
        page.show();
        fillCustomer(page, QStringLiteral("500"));
        f.services().eko->setEnvironment(f.services().eko->config(),
                                         catalogueWith({{QStringLiteral("aadhaar_pay"), QStringLiteral("off")}}));
        f.sandbox().clearRequestLog();
        QTest::mouseClick(child<QPushButton>(page, "submitButton"), Qt::LeftButton);
        auto* error = child<QLabel>(page, "formErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("Aadhaar Pay is not offered")));
        QCOMPARE(page.flow().state(), State::Editing);
        QCOMPARE(f.rowCount(), 0);
        QCOMPARE(f.simulator().requestCount("CAPTURE"), 0);
        QVERIFY(f.sandbox().requestLog().isEmpty());
    }
};

QTEST_MAIN(TestCatalogueSwitchesScreens)
#include "TestCatalogueSwitchesScreens.moc"
