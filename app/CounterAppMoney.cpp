// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// CounterApp, continued: money transfer (on the rail the catalogue names for the environment) and the
// fingerprint device wizard; both are rebuilt when the environment changes.
#include "app/CounterApp.h"
#include "app/CounterEnvironment.h"
#include "app/CounterRouter.h"
#include "core/device/BiometricDevice.h"
#include "core/dmt/DmtService.h"
#include "core/eko/EkoClient.h"
#include "core/settings/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/PageIds.h"
#include "ui/device/DeviceWizard.h"
#include "ui/dmt/DmtResultStep.h"
#include "ui/dmt/MoneyTransferPage.h"
#include "ui/home/HomePage.h"

#include <QDialog>
#include <QSettings>

namespace saathi {

void CounterApp::buildMoneyTransferPage()
{
    const dmt::Rail rail = m_services.eko->catalogue().dmtRail(m_env->kind());
    // The page holds its service by reference (registerPage deletes the old page later, so the old service is
    // handed to the old page to die with it).
    auto dmt = std::make_unique<dmt::DmtService>(*m_services.eko, rail);
    auto* page = new ui::MoneyTransferPage(m_services, *dmt, m_window.get());
    const QString id = ui::pages::kMoneyTransfer;
    if (m_moneyTransfer && m_dmt) {
        connect(m_moneyTransfer, &QObject::destroyed, [old = std::shared_ptr<dmt::DmtService>(std::move(m_dmt))] {});
    }
    m_window->registerPage(id, page);
    m_dmt = std::move(dmt);
    m_moneyTransfer = page;
    page->resultStep().setReceiptOutput(m_receiptOutput.get());
    connect(page, &ui::MoneyTransferPage::backRequested, m_window.get(), &ui::MainWindow::showHome);
    connect(page, &ui::MoneyTransferPage::transactionFinished, this, &CounterApp::refreshBalance);
    connect(page, &ui::MoneyTransferPage::transactionFinished, this, &CounterApp::judgePractice);
    m_home->setMoneyTransferAvailable(true);
}

void CounterApp::buildDevicePage()
{
    auto* wizard = new ui::DeviceWizard(*m_services.device, *m_settings, m_window.get());
    wizard->setSettingsKey(m_env->deviceChoiceKey()); // each world remembers its own device
    wizard->setWindowFlags(Qt::Widget); // a page of the main window, never a dialog
    wizard->setAgentSession(m_services.agent); // a passing test capture lifts the strike guard's stop
    m_window->registerPage(ui::pages::kDevice, wizard);
    m_router->setDeviceWizard(wizard);

    // Esc closes the wizard as its Close button does (what runs is stopped), so the agent's standing routes next:
    // after the strike guard's test capture, back to the daily login.
    m_window->setBackHandler(ui::pages::kDevice, [wizard] { wizard->done(QDialog::Rejected); });
    connect(wizard, &ui::DeviceWizard::closeRequested, this, [this] {
        m_window->showHome();
        checkAgent(); // going live: eKYC and the daily login come next
    });
    connect(wizard, &ui::DeviceWizard::deviceSaved, this, [this] {
        const QString model = m_services.device->chosenDevice().model;
        m_window->setServiceStatus(
            [model] { return tr("Fingerprint device saved: %1.").arg(model.isEmpty() ? tr("ready") : model); });
    });
}

} // namespace saathi
