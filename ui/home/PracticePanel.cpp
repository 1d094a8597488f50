// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/home/PracticePanel.h"

#include "core/counter/CounterServices.h"
#include "core/training/Practice.h"
#include "ui/form/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace saathi::ui {

using training::Scenario;

namespace {

QString buttonName(Scenario scenario)
{
    switch (scenario) {
    case Scenario::FingerMismatch:
        return QStringLiteral("practiceFingerMismatchButton");
    case Scenario::BankDown:
        return QStringLiteral("practiceBankDownButton");
    case Scenario::PendingThenSuccess:
        return QStringLiteral("practicePendingButton");
    case Scenario::DmtSplit:
        return QStringLiteral("practiceDmtSplitButton");
    case Scenario::BankNotLinked:
        return QStringLiteral("practiceBankNotLinkedAction");
    case Scenario::BankLimitToday:
        return QStringLiteral("practiceBankLimitAction");
    case Scenario::DailyLimit:
        return QStringLiteral("practiceDailyLimitAction");
    case Scenario::WeakCapture:
        return QStringLiteral("practiceWeakCaptureAction");
    case Scenario::AgentStrikes:
        return QStringLiteral("practiceAgentStrikesAction");
    case Scenario::Refund:
        break;
    }
    return QStringLiteral("practiceRefundButton");
}

} // namespace

PracticePanel::PracticePanel(CounterServices& services, QWidget* parent)
    : QGroupBox(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("practiceGroupBox"));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    // A slim button (saathi.qss: no taller than the status line beside it) that drops the menu of the five pre-flight
    // scenarios down: ten buttons would not fit the home page at 1366x768. Tab reaches it; Space opens the menu.
    m_preflight = new QToolButton(this);
    m_preflight->setObjectName(QStringLiteral("practicePreflightButton"));
    m_preflight->setAutoRaise(true);
    m_preflight->setPopupMode(QToolButton::InstantPopup);
    m_preflight->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_preflight->setFocusPolicy(Qt::StrongFocus);
    m_preflightMenu = new QMenu(m_preflight);
    m_preflightMenu->setObjectName(QStringLiteral("practicePreflightMenu"));
    m_preflight->setMenu(m_preflightMenu);
    auto* menu = m_preflightMenu;
    for (Scenario scenario : training::PracticeScenario::all()) {
        const auto start = [this, scenario] {
            if (m_practice) {
                m_practice->start(scenario);
            }
        };
        if (training::PracticeScenario::teachesPreflight(scenario)) {
            QAction* action = menu->addAction(QString());
            action->setObjectName(buttonName(scenario));
            connect(action, &QAction::triggered, this, start);
            m_actions.insert(scenario, action);
            continue;
        }
        auto* button = new QPushButton(this);
        button->setObjectName(buttonName(scenario));
        connect(button, &QPushButton::clicked, this, start);
        row->addWidget(button);
        m_buttons.insert(scenario, button);
    }
    row->addStretch(1);
    layout->addLayout(row);
    auto* statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("practiceStatusLabel"));
    m_status->setWordWrap(true);
    m_stop = new QPushButton(this);
    m_stop->setObjectName(QStringLiteral("practiceStopButton"));
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_practice) {
            m_practice->stop();
        }
    });
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_preflight); // beside the status: the scenario row is as wide as the screen allows
    statusRow->addWidget(m_stop);
    layout->addLayout(statusRow);
    // Tab follows reading order: the scenario buttons, then this menu's button, then Stop.
    QWidget* previous = m_buttons.isEmpty() ? nullptr : m_buttons.last(); // the map runs in scenario order
    if (previous) {
        QWidget::setTabOrder(previous, m_preflight);
        QWidget::setTabOrder(m_preflight, m_stop);
    }
    if (parent) {
        parent->installEventFilter(this); // the home page's Show: the world may be another one now
    }
    follow();
}

bool PracticePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parent() && event->type() == QEvent::Show) {
        follow();
    }
    return QGroupBox::eventFilter(watched, event);
}

void PracticePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        render();
    }
    QGroupBox::changeEvent(event);
}

void PracticePanel::follow()
{
    if (m_practice == m_services.practice) {
        render();
        return;
    }
    if (m_practice) {
        disconnect(m_practice, nullptr, this, nullptr);
    }
    m_practice = m_services.practice;
    if (m_practice) {
        connect(m_practice, &training::Practice::changed, this, &PracticePanel::render);
    }
    render();
}

void PracticePanel::render()
{
    setVisible(!m_practice.isNull());
    if (!m_practice) {
        return;
    }
    setTitle(tr("Practice"));
    m_stop->setText(tr("Stop practice"));
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        it.value()->setText(training::PracticeScenario::title(it.key()));
    }
    m_preflight->setText(tr("Checks before the finger"));
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        it.value()->setText(training::PracticeScenario::title(it.key()));
    }
    const auto current = m_practice->current();
    m_stop->setVisible(current.has_value());
    if (current) {
        m_status->setText(tr("In progress: %1. %2")
                              .arg(training::PracticeScenario::title(*current), m_practice->activeInstructions()));
        Theme::setTone(m_status, Tone::Pending);
    } else if (const auto finished = m_practice->finishedScenario()) {
        m_status->setText(
            tr("%1: %2").arg(training::PracticeScenario::title(*finished), m_practice->verdict().message));
        Theme::setTone(m_status,
                       m_practice->verdict().status == training::Verdict::Status::Right ? Tone::Success : Tone::Notice);
    } else {
        m_status->setText(tr("Choose a situation to practise. The counter sets it up; the hints say what to do."));
        Theme::setTone(m_status, Tone::Normal);
    }
}

} // namespace saathi::ui
