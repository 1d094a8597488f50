// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// CounterApp, continued: the cash till (issue #19). The shop's operators live in the settings file (shared by every
// environment); the till's book is the current environment's journal, read again whenever the journal (re)opens.
// A hand-over to another operator asks for the daily login again (AgentSession::setOperator).
#include "app/CounterApp.h"
#include "core/agent/AgentSession.h"
#include "core/journal/JournalService.h"
#include "core/till/Operators.h"
#include "core/till/TillService.h"
#include "ui/MainWindow.h"
#include "ui/PageIds.h"
#include "ui/home/HomePage.h"
#include "ui/home/TillStatus.h"
#include "ui/settings/SettingsPage.h"
#include "ui/till/TillPage.h"

#include <QSettings>

namespace saathi {

void CounterApp::buildTill()
{
    m_operators = std::make_unique<till::Operators>(*m_settings);
    m_till = std::make_unique<till::TillService>(*m_journal, till::CashDirections::fromSettings(*m_settings));
    m_services.operators = m_operators.get();
    m_services.till = m_till.get();
    // The operator at the drawer is the one Eko's daily login is for: a new one locks AePS until their own login.
    connect(m_till.get(), &till::TillService::shiftChanged, this,
            [this] { m_session->setOperator(m_till->currentOperator()); });
}

void CounterApp::buildTillPage()
{
    auto* page = new ui::TillPage(m_services, m_window.get());
    m_tillPage = page;
    m_window->registerPage(ui::pages::kTill, page);
    connect(page, &ui::TillPage::backRequested, m_window.get(), &ui::MainWindow::showHome);
    connect(page, &ui::TillPage::dailyLoginRequested, m_window.get(),
            [this] { m_window->showPage(ui::pages::kDailyLogin); });
    connect(m_home->tillStatus(), &ui::TillStatus::openRequested, m_window.get(),
            [this] { m_window->showPage(ui::pages::kTill); });
    m_settingsPage->addOperators(*m_operators);
}

} // namespace saathi
