// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/agent/DailyLoginPage.h"

#include "core/agent/AgentSession.h"
#include "core/agent/DailyLoginFlow.h"
#include "core/agent/StrikeGuard.h"
#include "core/counter/CounterServices.h"
#include "core/device/DeviceErrors.h"
#include "ui/agent/AgentFields.h"
#include "ui/form/FormKit.h"
#include "ui/form/PageKeys.h"
#include "ui/form/Theme.h"
#include "ui/training/HintLine.h"
#include "ui/widgets/AadhaarLineEdit.h"
#include "ui/widgets/CapturePanel.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace saathi::ui {

DailyLoginPage::DailyLoginPage(CounterServices& services, agent::AgentSession& session, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
    , m_flow(new agent::DailyLoginFlow(services, session, this))
{
    setObjectName(QStringLiteral("dailyLoginPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("dailyLoginTitleLabel"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_title->setFont(font);
    layout->addWidget(m_title);
    layout->addWidget(new HintLine(services, training::Step::DailyLogin, this));
    m_why = new QLabel(this);
    m_why->setWordWrap(true);
    layout->addWidget(m_why);
    m_lastLogin = new QLabel(this);
    m_lastLogin->setObjectName(QStringLiteral("lastLoginLabel"));
    layout->addWidget(m_lastLogin);
    m_strike = FormKit::textLabel(this, QStringLiteral("strikeWarningLabel"));
    Theme::setTone(m_strike, Tone::Notice);
    QFont strong = m_strike->font();
    strong.setBold(true);
    m_strike->setFont(strong);
    layout->addWidget(m_strike);

    m_fields = new AgentFields(true, this);
    layout->addWidget(m_fields);

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("progressLabel"));
    m_capture = new CapturePanel(this);
    m_error = FormKit::textLabel(this, QStringLiteral("errorLabel"));
    Theme::setTone(m_error, Tone::Error);
    layout->addWidget(m_progress);
    layout->addWidget(m_capture);
    layout->addWidget(m_error);

    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_cancel = m_capture->cancelButton();
    m_testDevice = new QPushButton(this);
    m_testDevice->setObjectName(QStringLiteral("testDeviceButton"));
    m_login = new QPushButton(this);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_testDevice);
    buttons->addWidget(m_login);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_login, &QPushButton::clicked, this, &DailyLoginPage::start);
    connect(m_cancel, &QPushButton::clicked, m_flow, &agent::DailyLoginFlow::cancel);
    connect(m_back, &QPushButton::clicked, this, &DailyLoginPage::backRequested);
    connect(m_testDevice, &QPushButton::clicked, this, &DailyLoginPage::testDeviceRequested);
    connect(&m_session, &agent::AgentSession::changed, this, &DailyLoginPage::refreshGuard);
    connect(m_flow, &agent::DailyLoginFlow::progress, this, [this](const QString& text) {
        m_succeeded = false;
        m_progress->setText(text);
        if (m_flow->isBusy()) {
            const bool capturing = m_flow->isCapturing();
            m_capture->showStep(capturing ? CapturePanel::Finger::Agent : CapturePanel::Finger::None, {}, true);
            if (!capturing && m_flow->lastCaptureQuality() >= 0) {
                m_capture->showQuality(m_flow->lastCaptureQuality());
            }
        }
    });
    connect(m_flow, &agent::DailyLoginFlow::busyChanged, this, &DailyLoginPage::onBusy);
    connect(m_flow, &agent::DailyLoginFlow::failed, this, &DailyLoginPage::onFailed);
    connect(m_flow, &agent::DailyLoginFlow::succeeded, this, [this] {
        m_succeeded = true;
        retranslate();
        Q_EMIT loggedIn();
    });
    // Enter logs in (or presses the focused button; while the guard stops, tests the device), Esc cancels the
    // capture, else goes back.
    PageKeys::install(this,
                      {[this] { Q_EMIT backRequested(); },
                       [this] {
                           if (guardStops()) {
                               Q_EMIT testDeviceRequested();
                           } else {
                               start();
                           }
                       },
                       [this] { return m_flow->isBusy(); }, [this] { m_flow->cancel(); }});
    retranslate();
}

void DailyLoginPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void DailyLoginPage::retranslate()
{
    m_title->setText(tr("Daily login"));
    m_why->setText(tr("Eko asks for your own fingerprint once every day before AePS transactions."));
    m_back->setText(tr("Back"));
    m_cancel->setText(tr("Cancel"));
    m_login->setText(tr("Place finger and log in"));
    m_testDevice->setText(tr("&Test the device"));
    if (m_succeeded) {
        m_progress->setText(tr("Daily login done. AePS is unlocked for today."));
    }
    refreshLastLogin();
    refreshGuard();
}

void DailyLoginPage::showEvent(QShowEvent* event)
{
    refreshLastLogin();
    refreshGuard();
    if (guardStops()) {
        m_testDevice->setFocus();
    } else {
        m_fields->aadhaarEdit()->setFocus();
    }
    QWidget::showEvent(event);
}

void DailyLoginPage::start()
{
    if (m_flow->isBusy()) {
        return;
    }
    m_error->clear();
    m_succeeded = false;
    m_fields->clearErrors();
    m_flow->start(m_fields->identity(m_services.identity.agentMobile));
}

void DailyLoginPage::onFailed(const Error& error)
{
    m_succeeded = false;
    m_progress->clear();
    if (error.code == QLatin1String(device::codes::kQualityTooLow)) {
        m_capture->showCoach(error.userMessage); // not sent: the quality gate's figures and its coach (issue #18)
    } else if (!m_fields->showFieldError(error)) {
        m_error->setText(error.userMessage);
    }
}

void DailyLoginPage::onBusy(bool busy)
{
    if (!busy) {
        m_capture->clear();
    }
    m_login->setEnabled(!busy && !guardStops());
    m_back->setEnabled(!busy);
    m_fields->setEnabled(!busy);
    m_testDevice->setEnabled(!busy);
}

bool DailyLoginPage::guardStops() const
{
    return agent::StrikeGuard::stops(m_session.preflightState());
}

void DailyLoginPage::refreshGuard()
{
    // After two failures the warning stays (also once the test passed) until a login succeeds.
    const auto reason = agent::StrikeGuard::check(m_session.preflightState());
    m_strike->setText(reason ? reason->message : QString());
    m_strike->setVisible(reason.has_value());
    const bool stops = guardStops();
    const bool hadFocus = m_testDevice->hasFocus();
    m_testDevice->setVisible(stops);
    m_login->setEnabled(!m_flow->isBusy() && !stops);
    if (hadFocus && !stops && isVisible()) {
        m_login->setFocus(); // the test passed: Enter logs in again
    }
}

void DailyLoginPage::refreshLastLogin()
{
    const QDateTime last = m_session.lastDailyLogin();
    m_lastLogin->setText(
        last.isValid() ? tr("Last successful login: %1 IST").arg(last.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                       : tr("No successful daily login yet on this counter."));
}

} // namespace saathi::ui
