// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/settings/SwitchRefusedBox.h"

#include "core/journal/JournalTypes.h"
#include "core/kiosk/PinService.h"
#include "core/receipt/Receipt.h"
#include "core/settings/AppSettings.h"
#include "core/settings/EnvironmentProfile.h"
#include "core/util/Clock.h"
#include "ui/form/Theme.h"
#include "ui/home/RupeeText.h"

#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace saathi::ui {

SwitchRefusedBox::SwitchRefusedBox(AppSettings& settings, const Clock& clock, QWidget* parent)
    : QGroupBox(parent)
    , m_settings(settings)
    , m_service(new PinService(settings, clock, PinKind::Supervisor, this))
{
    setObjectName(QStringLiteral("switchRefusedBox"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("switchRefusedLabel"));
    m_text->setWordWrap(true);
    m_list = new QLabel(this);
    m_list->setObjectName(QStringLiteral("switchRefusedRowsLabel"));
    m_list->setWordWrap(true);
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse); // references are copied into a call to Eko
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("supervisorOverridePinLineEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(12);
    m_pinError = new QLabel(this);
    m_pinError->setObjectName(QStringLiteral("supervisorOverrideErrorLabel"));
    Theme::setTone(m_pinError, Tone::Error);
    m_override = new QPushButton(this);
    m_override->setObjectName(QStringLiteral("supervisorOverrideButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_list);
    layout->addWidget(m_pin);
    layout->addWidget(m_pinError);
    layout->addWidget(m_override);
    connect(m_override, &QPushButton::clicked, this, &SwitchRefusedBox::confirm);
    connect(m_pin, &QLineEdit::returnPressed, this, &SwitchRefusedBox::confirm);
    connect(m_service, &PinService::checked, this, [this](const PinLockout::Attempt& attempt) {
        m_override->setEnabled(true);
        switch (attempt.verdict) {
        case PinLockout::Verdict::Unlocked:
            hide();
            Q_EMIT overrideConfirmed(m_wanted);
            return;
        case PinLockout::Verdict::NoPinSet:
        case PinLockout::Verdict::WrongPin:
            m_pinError->setText(tr("That is not the supervisor's PIN. %n attempt(s) left before it locks for 30 "
                                   "minutes.",
                                   "", attempt.attemptsLeft));
            break;
        case PinLockout::Verdict::LockedOut:
            m_pinError->setText(tr("Too many wrong supervisor PINs. Try again after %1.")
                                    .arg(QDateTime::fromMSecsSinceEpoch(attempt.lockedUntilMs, Clock::istZone())
                                             .toString(QStringLiteral("HH:mm"))));
            break;
        }
        m_pin->setFocus();
    });
    retranslate();
    hide();
}

void SwitchRefusedBox::showRows(EkoEnvironment wanted, const QList<journal::TransactionRecord>& rows)
{
    m_wanted = wanted;
    m_rows = rows;
    m_pin->clear();
    m_pinError->clear();
    retranslate();
    show();
}

void SwitchRefusedBox::confirm()
{
    if (!m_settings.hasSupervisorPin()) {
        m_pinError->setText(tr("No supervisor PIN is set, so nobody can override. Wait until these transactions "
                               "are settled."));
        return;
    }
    if (m_service->busy()) {
        return;
    }
    const QString pin = m_pin->text();
    m_pin->clear();
    m_pinError->clear();
    m_override->setEnabled(false); // until the answer: the PIN is checked on a worker
    m_service->check(pin);
}

void SwitchRefusedBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QGroupBox::changeEvent(event);
}

void SwitchRefusedBox::retranslate()
{
    setTitle(tr("The environment was not changed"));
    if (m_rows.isEmpty()) {
        m_text->setText(tr("The journal could not be read, so the counter cannot tell whether money is still "
                           "unresolved here. Try again in a moment."));
    } else {
        m_text->setText(tr("%n transaction(s) here still wait for Eko's final answer. The counter stays on this "
                           "environment until they are settled, so that each is checked with the Eko that "
                           "received it. A supervisor may switch anyway; they are checked again when you come "
                           "back.",
                           nullptr, int(m_rows.size())));
    }
    QStringList lines;
    for (const auto& row : m_rows) {
        QString line = tr("%1 · %2 · %3 · reference %4")
                           .arg(journal::displayName(row.kind), rupeeText(row.amount),
                                receipt::Receipt::istDateTime(row.createdAtMs), row.clientRefId);
        if (!row.tid.isEmpty()) {
            line += QLatin1Char(' ') + tr("(Eko TID %1)").arg(row.tid);
        }
        lines << line;
    }
    m_list->setText(lines.join(QLatin1Char('\n')));
    m_pin->setPlaceholderText(tr("Supervisor's PIN"));
    m_override->setText(tr("Switch to %1 anyway (supervisor)").arg(EnvironmentProfile::displayName(m_wanted)));
    m_override->setEnabled(!m_rows.isEmpty());
}

} // namespace saathi::ui
