// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/history/ForgetCustomerButton.h"

#include "core/preflight/CustomerMemoryService.h"

#include <QEvent>
#include <QMessageBox>

namespace saathi::ui {

ForgetCustomerButton::ForgetCustomerButton(journal::JournalService* journal, QWidget* parent)
    : QPushButton(parent)
    , m_journal(journal)
{
    setObjectName(QStringLiteral("forgetCustomerButton"));
    setEnabled(false);
    connect(this, &QPushButton::clicked, this, &ForgetCustomerButton::ask);
    retranslate();
}

void ForgetCustomerButton::setRow(const QString& clientRefId)
{
    m_row = clientRefId;
    setEnabled(false);
    if (clientRefId.isEmpty() || !m_journal) {
        return;
    }
    preflight::CustomerMemoryService(*m_journal)
        .remembersCustomerOf(clientRefId)
        .then(this, [this, clientRefId](const Result<bool>& known) {
            if (clientRefId == m_row) {
                setEnabled(known.ok() && known.value());
            }
        });
}

void ForgetCustomerButton::ask()
{
    if (m_row.isEmpty() || m_confirm || !m_journal) {
        return;
    }
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Forget this customer"),
                                tr("The counter will forget which bank and finger worked for the customer of this "
                                   "transaction. Their transactions stay in the journal. Forget them?"),
                                QMessageBox::Yes | QMessageBox::No, this);
    m_confirm->setObjectName(QStringLiteral("forgetCustomerConfirmation"));
    m_confirm->setDefaultButton(QMessageBox::No);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Yes) {
            forget();
        }
    });
    m_confirm->open();
}

void ForgetCustomerButton::forget()
{
    setEnabled(false);
    preflight::CustomerMemoryService(*m_journal).forgetCustomerOf(m_row).then(this, [this](const Result<int>& rows) {
        if (rows.ok()) {
            Q_EMIT forgotten(rows.value());
        } else {
            Q_EMIT failed(rows.error().userMessage);
        }
    });
}

void ForgetCustomerButton::retranslate()
{
    setText(tr("For&get this customer…"));
    setToolTip(tr("The customer asked: forget which bank and finger worked for them"));
}

void ForgetCustomerButton::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QPushButton::changeEvent(event);
}

} // namespace saathi::ui
