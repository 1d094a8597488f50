// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// CounterApp, continued: money transfer (on the rail the catalogue names for the environment) and the
// fingerprint device wizard.
#include "CounterApp.h"
#include "MainWindow.h"
#include "device/BiometricDevice.h"
#include "device/DeviceWizard.h"
#include "dmt/DmtService.h"
#include "dmt/MoneyTransferPage.h"
#include "eko/EkoClient.h"
#include "home/HomePage.h"
#include "settings/AppSettings.h"

#include <QSettings>

namespace saathi {

namespace {
const QString kDevicePage = QStringLiteral("device");
} // namespace

void CounterApp::buildMoneyTransferPage()
{
    const dmt::Rail rail = m_services.eko->catalogue().dmtRail(m_appSettings->environment());
    if (m_dmt && m_dmt->rail() == rail && m_moneyTransfer) {
        return;
    }
    if (m_moneyTransfer && m_moneyTransfer->isVisible()) {
        return; // never swap the page under the agent's hands; the next environment switch retries
    }
    // The page holds its service by reference: a new rail means a new page (registerPage drops the old one).
    auto dmt = std::make_unique<dmt::DmtService>(*m_services.eko, rail);
    auto* page = new ui::MoneyTransferPage(m_services, *dmt, m_window.get());
    const QString id = ui::HomePage::pageIdFor(ui::HomePage::Tile::MoneyTransfer);
    m_window->registerPage(id, page);
    m_oldDmt = std::move(m_dmt); // the old page is deleted later: its service must outlive it until then
    m_dmt = std::move(dmt);
    m_moneyTransfer = page;
    connect(page, &ui::MoneyTransferPage::backRequested, m_window.get(), &ui::MainWindow::showHome);
    connect(page, &ui::MoneyTransferPage::transactionFinished, this, &CounterApp::refreshBalance);
    m_home->setMoneyTransferAvailable(true);
}

void CounterApp::buildDevicePage()
{
    m_deviceWizard = new ui::DeviceWizard(*m_services.device, *m_settings, m_window.get());
    m_deviceWizard->setWindowFlags(Qt::Widget); // a page of the main window, never a dialog
    m_window->registerPage(kDevicePage, m_deviceWizard);
    connect(m_window.get(), &ui::MainWindow::deviceRequested, this, [this] {
        m_deviceWizard->restartWizard();
        m_window->showPage(kDevicePage);
    });
    connect(m_deviceWizard, &ui::DeviceWizard::closeRequested, m_window.get(), &ui::MainWindow::showHome);
    connect(m_deviceWizard, &ui::DeviceWizard::deviceSaved, this, [this] {
        m_window->setServiceStatus(tr("Fingerprint device saved: %1.")
                                       .arg(m_services.device->chosenDevice().model.isEmpty()
                                                ? tr("ready")
                                                : m_services.device->chosenDevice().model));
    });
}

} // namespace saathi
