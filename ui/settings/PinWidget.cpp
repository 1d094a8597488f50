// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "settings/PinWidget.h"

#include "settings/AppSettings.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace saathi::ui {

PinWidget::PinWidget(AppSettings& settings, Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_kind(kind)
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
    m_currentLabel = new QLabel(this);
    m_newLabel = new QLabel(this);
    m_confirmLabel = new QLabel(this);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_currentLabel, m_current);
    form->addRow(m_newLabel, m_new);
    form->addRow(m_confirmLabel, m_confirm);
    form->addRow(QString(), m_set);
    form->addRow(m_message);
    connect(m_set, &QPushButton::clicked, this, &PinWidget::submit);
    retranslate();
}

bool PinWidget::hasPin() const
{
    return m_kind == Kind::Agent ? m_settings.hasPin() : m_settings.hasSupervisorPin();
}

void PinWidget::submit()
{
    auto fail = [this](const QString& text, QLineEdit* field) {
        m_message->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        m_message->setText(text);
        field->setFocus();
    };
    if (hasPin()) {
        const bool ok = m_kind == Kind::Agent ? m_settings.verifyPin(m_current->text())
                                              : m_settings.verifySupervisorPin(m_current->text());
        if (!ok) {
            fail(tr("The current PIN is not right."), m_current);
            return;
        }
    }
    if (m_new->text() != m_confirm->text()) {
        fail(tr("The two new PINs are not the same. Type them again."), m_confirm);
        return;
    }
    const Error e
        = m_kind == Kind::Agent ? m_settings.setPin(m_new->text()) : m_settings.setSupervisorPin(m_new->text());
    if (!e.isNull()) {
        fail(e.userMessage, m_new);
        return;
    }
    m_settings.sync();
    for (QLineEdit* edit : {m_current, m_new, m_confirm}) {
        edit->clear();
    }
    m_message->setStyleSheet(QString());
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
