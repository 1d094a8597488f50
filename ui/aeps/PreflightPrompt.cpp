// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/aeps/PreflightPrompt.h"

#include "ui/form/FormKit.h"
#include "ui/form/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace saathi::ui {

PreflightPrompt::PreflightPrompt(QWidget* parent)
    : QWidget(parent)
{
    m_recall = FormKit::textLabel(this, QStringLiteral("recallLabel"));
    m_recall->hide();
    m_warning = FormKit::errorLabel(this, QStringLiteral("preflightWarningLabel"));
    m_choice = new QWidget(this);
    m_goAhead = new QPushButton(m_choice);
    m_goAhead->setObjectName(QStringLiteral("goAheadButton"));
    m_change = new QPushButton(m_choice);
    m_change->setObjectName(QStringLiteral("changeButton"));
    Theme::setRole(m_change, Role::Primary); // the safe choice is the obvious one
    auto* buttons = new QHBoxLayout(m_choice);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_change);
    buttons->addWidget(m_goAhead);
    buttons->addStretch();
    m_choice->hide();
    setTabOrder(m_change, m_goAhead);
    connect(m_goAhead, &QPushButton::clicked, this, &PreflightPrompt::goAheadRequested);
    connect(m_change, &QPushButton::clicked, this, &PreflightPrompt::changeRequested);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_recall);
    layout->addWidget(m_warning);
    layout->addWidget(m_choice);
    retranslate();
}

void PreflightPrompt::showRecall(const QString& bankName)
{
    m_recallBank = bankName;
    retranslate();
    m_recall->setVisible(!bankName.isEmpty());
}

void PreflightPrompt::clearRecall()
{
    m_recallBank.clear();
    m_recall->hide();
}

void PreflightPrompt::showWarning(const QList<preflight::Reason>& general)
{
    m_general = general;
    m_choice->show();
    retranslate();
    m_change->setFocus();
}

void PreflightPrompt::clearWarning()
{
    m_general.clear();
    FormKit::clearMessage(m_warning);
    m_choice->hide();
}

bool PreflightPrompt::isAsking() const
{
    return !m_choice->isHidden();
}

void PreflightPrompt::retranslate()
{
    m_recall->setText(tr("This customer's bank last time: %1").arg(m_recallBank));
    m_goAhead->setText(tr("Go ahead any&way"));
    m_change->setText(tr("C&hange"));
    if (!m_choice->isHidden()) {
        QStringList lines;
        for (const preflight::Reason& reason : std::as_const(m_general)) {
            lines.append(reason.message);
        }
        lines.append(tr("Check the warning before the finger is taken: change the form, or go ahead anyway."));
        FormKit::showMessage(m_warning, lines.join(QLatin1Char('\n')));
    }
}

void PreflightPrompt::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace saathi::ui
