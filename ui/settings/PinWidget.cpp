// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/settings/PinWidget.h"

#include "core/kiosk/PinService.h"
#include "core/settings/AppSettings.h"
#include "core/settings/PinHash.h"
#include "core/util/Clock.h"
#include "ui/form/FormKit.h"
#include "ui/form/Theme.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace saathi::ui {

PinWidget::PinWidget(AppSettings& settings, const Clock& clock, Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_kind(kind)
    , m_service(new PinService(settings, clock, kind == Kind::Agent ? PinKind::Agent : PinKind::Supervisor, this))
{
    const QString prefix = kind == Kind::Agent ? QStringLiteral("agent") : QStringLiteral("supervisor");
    setObjectName(prefix + QStringLiteral("PinWidget"));
    auto makeEdit = [this, &prefix](const QString& name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(prefix + name);
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(8);
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), edit));
        connect(edit, &QLineEdit::returnPressed, this, &PinWidget::submit);
        return edit;
    };
    m_current = makeEdit(QStringLiteral("CurrentPinLineEdit"));
    m_new = makeEdit(QStringLiteral("NewPinLineEdit"));
    m_confirm = makeEdit(QStringLiteral("ConfirmPinLineEdit"));
    m_set = new QPushButton(this);
    m_set->setObjectName(prefix + QStringLiteral("SetPinButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(prefix + QStringLiteral("PinMessageLabel"));
    m_message->setWordWrap(true);
    m_currentLabel = FormKit::fieldLabel(m_current);
    m_newLabel = FormKit::fieldLabel(m_new);
    m_confirmLabel = FormKit::fieldLabel(m_confirm);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_currentLabel, m_current);
    form->addRow(m_newLabel, m_new);
    form->addRow(m_confirmLabel, m_confirm);
    form->addRow(QString(), m_set);
    form->addRow(m_message);
    connect(m_set, &QPushButton::clicked, this, &PinWidget::submit);
    connect(m_service, &PinService::checked, this, [this](const PinLockout::Attempt& attempt) {
        switch (attempt.verdict) {
        case PinLockout::Verdict::Unlocked:
        case PinLockout::Verdict::NoPinSet:
            storeNew();
            return;
        case PinLockout::Verdict::WrongPin:
            m_set->setEnabled(true);
            fail(tr("The current PIN is not right. %n attempt(s) left before it locks for 30 minutes.", "",
                    attempt.attemptsLeft),
                 m_current);
            return;
        case PinLockout::Verdict::LockedOut:
            m_set->setEnabled(true);
            fail(tr("Too many wrong PINs. Try again after %1.")
                     .arg(QDateTime::fromMSecsSinceEpoch(attempt.lockedUntilMs, Clock::istZone())
                              .toString(QStringLiteral("HH:mm"))),
                 m_current);
            return;
        }
    });
    connect(m_service, &PinService::stored, this, &PinWidget::stored);
    retranslate();
}

bool PinWidget::hasPin() const
{
    return m_kind == Kind::Agent ? m_settings.hasPin() : m_settings.hasSupervisorPin();
}

void PinWidget::fail(const QString& text, QLineEdit* field)
{
    Theme::setTone(m_message, Tone::Error);
    m_message->setText(text);
    field->setFocus();
}

void PinWidget::submit()
{
    if (m_service->busy()) {
        return;
    }
    // Local checks first, so a mistyped new PIN costs no attempt of the current one.
    if (Error e = pin::check(m_new->text()); !e.isNull()) {
        fail(e.userMessage, m_new);
        return;
    }
    if (m_new->text() != m_confirm->text()) {
        fail(tr("The two new PINs are not the same. Type them again."), m_confirm);
        return;
    }
    m_message->clear();
    m_set->setEnabled(false);
    if (hasPin()) {
        m_service->check(m_current->text()); // → storeNew() when it is right
        return;
    }
    storeNew();
}

void PinWidget::storeNew()
{
    if (const Error e = m_service->store(m_new->text()); !e.isNull()) {
        m_set->setEnabled(true);
        fail(e.userMessage, m_new);
    }
}

void PinWidget::stored()
{
    m_set->setEnabled(true);
    for (QLineEdit* edit : {m_current, m_new, m_confirm}) {
        edit->clear();
    }
    Theme::setTone(m_message, Tone::Normal);
    m_message->setText(tr("PIN saved."));
    retranslate();
    Q_EMIT pinChanged();
}

void PinWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void PinWidget::retranslate()
{
    const bool change = hasPin();
    m_currentLabel->setText(tr("Current PIN"));
    m_currentLabel->setVisible(change);
    m_current->setVisible(change);
    m_newLabel->setText(tr("New PIN (4–8 digits)"));
    m_confirmLabel->setText(tr("New PIN again"));
    m_set->setText(change ? tr("Change PIN") : tr("Set PIN"));
}

} // namespace saathi::ui
