// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/kiosk/LockScreen.h"

#include "core/settings/AppSettings.h"
#include "core/util/Clock.h"
#include "ui/form/FormKit.h"
#include "ui/form/Theme.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace saathi::ui {

LockScreen::LockScreen(AppSettings& settings, const Clock& clock, QWidget* window)
    : QWidget(window)
    , m_settings(settings)
    , m_clock(clock)
    , m_agentPin(new PinService(settings, clock, PinKind::Agent, this))
    , m_supervisorPin(new PinService(settings, clock, PinKind::Supervisor, this))
{
    setObjectName(QStringLiteral("lockScreenWidget"));
    setAutoFillBackground(true);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#lockScreenWidget { background: %1; } QLabel { color: %2; }")
                      .arg(Theme::background(Tone::Locked).name(), Theme::foreground(Tone::Locked).name()));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("lockTitleLabel"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: bold;"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("lockHintLabel"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pinLineEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_pin));
    m_pin->setMaximumWidth(240);
    m_pinLabel = FormKit::fieldLabel(m_pin, QStringLiteral("pinLabel"));
    m_pinLabel->setAlignment(Qt::AlignCenter);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("lockMessageLabel"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    Theme::setTone(m_message, Tone::LockedError);
    m_unlock = new QPushButton(this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_pinLabel, 0, Qt::AlignHCenter);
    layout->addWidget(m_pin, 0, Qt::AlignHCenter);
    layout->addWidget(m_message);
    layout->addWidget(m_unlock, 0, Qt::AlignHCenter);
    layout->addWidget(m_cancel, 0, Qt::AlignHCenter);
    layout->addStretch();

    connect(m_pin, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_cancel, &QPushButton::clicked, this, &LockScreen::cancel);
    connect(m_agentPin, &PinService::checked, this, &LockScreen::agentChecked);
    connect(m_supervisorPin, &PinService::checked, this, &LockScreen::supervisorChecked);
    window->installEventFilter(this);
    hide();
    retranslate();
}

void LockScreen::lock()
{
    if (m_mode == Mode::Agent) {
        return;
    }
    m_mode = Mode::Agent;
    cover();
    retranslate();
    if (m_agentPin->lockout().isLockedOut()) {
        showLockout(m_agentPin->lockout().lockedUntilMs());
    }
    Q_EMIT locked();
}

void LockScreen::askSupervisorPin()
{
    if (m_mode == Mode::Supervisor) {
        return;
    }
    m_modeBeforeSupervisor = m_mode;
    m_mode = Mode::Supervisor;
    cover();
    retranslate();
    if (m_supervisorPin->lockout().isLockedOut()) {
        showSupervisorLockout(m_supervisorPin->lockout().lockedUntilMs());
    }
}

void LockScreen::cover()
{
    QWidget* window = parentWidget();
    if (m_hidden.isEmpty()) {
        for (QObject* child : window->children()) {
            auto* w = qobject_cast<QWidget*>(child);
            if (w && w != this && !w->isWindow() && w->isVisibleTo(window)) {
                m_hidden.append(w);
                w->hide();
            }
        }
    }
    m_pin->clear();
    m_message->clear();
    setGeometry(window->rect());
    show();
    raise();
    m_pin->setFocus();
}

void LockScreen::uncover()
{
    m_pin->clear();
    m_message->clear();
    hide();
    for (const QPointer<QWidget>& w : std::as_const(m_hidden)) {
        if (w) {
            w->show();
        }
    }
    m_hidden.clear();
}

void LockScreen::submit()
{
    PinService* service = m_mode == Mode::Supervisor ? m_supervisorPin : m_mode == Mode::Agent ? m_agentPin : nullptr;
    if (!service || service->busy()) {
        return; // the last PIN is still being checked; what is typed stays
    }
    const QString pin = m_pin->text();
    m_pin->clear();
    m_unlock->setEnabled(false); // until the answer: the PIN is being checked on a worker
    service->check(pin);
}

void LockScreen::supervisorChecked(const PinLockout::Attempt& attempt)
{
    m_unlock->setEnabled(true);
    if (m_mode != Mode::Supervisor) {
        return; // cancelled while the PIN was being checked
    }
    switch (attempt.verdict) {
    case PinLockout::Verdict::Unlocked:
    case PinLockout::Verdict::NoPinSet:
        Q_EMIT supervisorConfirmed();
        cancel();
        return;
    case PinLockout::Verdict::WrongPin:
        m_message->setText(tr("That is not the supervisor's PIN. %n attempt(s) left before it locks for 30 minutes.",
                              "", attempt.attemptsLeft));
        return;
    case PinLockout::Verdict::LockedOut:
        showSupervisorLockout(attempt.lockedUntilMs);
        return;
    }
}

void LockScreen::agentChecked(const PinLockout::Attempt& attempt)
{
    m_unlock->setEnabled(true);
    if (m_mode != Mode::Agent) {
        return;
    }
    switch (attempt.verdict) {
    case PinLockout::Verdict::Unlocked:
    case PinLockout::Verdict::NoPinSet:
        m_mode = Mode::Open;
        uncover();
        Q_EMIT unlocked();
        return;
    case PinLockout::Verdict::WrongPin:
        m_message->setText(
            tr("Wrong PIN. %n attempt(s) left before the counter locks for 30 minutes.", "", attempt.attemptsLeft));
        return;
    case PinLockout::Verdict::LockedOut:
        showLockout(attempt.lockedUntilMs);
        return;
    }
}

void LockScreen::cancel()
{
    if (m_mode != Mode::Supervisor) {
        return;
    }
    m_mode = m_modeBeforeSupervisor;
    if (m_mode == Mode::Open) {
        uncover();
    } else {
        m_message->clear();
        retranslate();
    }
}

namespace {
QString clockTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Clock::istZone()).toString(QStringLiteral("HH:mm"));
}
} // namespace

void LockScreen::showLockout(qint64 untilMs)
{
    m_message->setText(tr("Too many wrong PINs. The counter is locked until %1.").arg(clockTime(untilMs)));
}

void LockScreen::showSupervisorLockout(qint64 untilMs)
{
    m_message->setText(tr("Too many wrong supervisor PINs. Try again after %1.").arg(clockTime(untilMs)));
}

bool LockScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible()) {
        setGeometry(parentWidget()->rect());
    }
    return QWidget::eventFilter(watched, event);
}

void LockScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void LockScreen::retranslate()
{
    const bool supervisor = m_mode == Mode::Supervisor;
    m_title->setText(supervisor ? tr("Close Saathi") : tr("Counter locked"));
    m_hint->setText(supervisor ? tr("Enter the supervisor's PIN to close Saathi.")
                               : tr("Enter the agent's PIN to continue. Transactions already sent carry on."));
    m_pinLabel->setText(tr("&PIN"));
    m_pin->setPlaceholderText(tr("PIN"));
    m_unlock->setText(supervisor ? tr("Close Saathi") : tr("Unlock"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setVisible(supervisor);
}

} // namespace saathi::ui
