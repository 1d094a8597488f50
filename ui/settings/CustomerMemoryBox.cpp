// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/settings/CustomerMemoryBox.h"

#include "core/preflight/CustomerMemoryService.h"
#include "ui/form/FormKit.h"

#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace saathi::ui {

CustomerMemoryBox::CustomerMemoryBox(journal::JournalService& journal, QWidget* parent)
    : QGroupBox(parent)
    , m_journal(journal)
{
    setObjectName(QStringLiteral("customerMemoryGroup"));
    m_text = FormKit::textLabel(this, QStringLiteral("customerMemoryTextLabel"));
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("clearCustomerMemoryButton"));
    m_status = FormKit::textLabel(this, QStringLiteral("customerMemoryStatusLabel"));
    m_status->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    connect(m_button, &QPushButton::clicked, this, &CustomerMemoryBox::ask);
    retranslate();
}

void CustomerMemoryBox::ask()
{
    if (m_confirm) {
        return;
    }
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Clear the memory of customers"),
                                tr("The counter will forget, for every customer, which bank and finger worked. "
                                   "Transactions stay in the journal. Clear it?"),
                                QMessageBox::Yes | QMessageBox::No, this);
    m_confirm->setObjectName(QStringLiteral("clearCustomerMemoryConfirmation"));
    m_confirm->setDefaultButton(QMessageBox::No);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Yes) {
            clear();
        }
    });
    m_confirm->open();
}

void CustomerMemoryBox::clear()
{
    m_button->setEnabled(false);
    preflight::CustomerMemoryService(m_journal).forgetAll().then(this, [this](const Result<int>& rows) {
        m_button->setEnabled(true);
        FormKit::showMessage(
            m_status, rows.ok() ? tr("The counter's memory of customers is cleared.") : rows.error().userMessage);
    });
}

void CustomerMemoryBox::retranslate()
{
    setTitle(tr("Customers' banks and fingers"));
    m_text->setText(tr("The counter remembers which bank and finger worked for each customer (never the Aadhaar "
                       "number), to suggest them next time. Nothing leaves this counter."));
    m_button->setText(tr("Clear the memory of &customers…"));
}

void CustomerMemoryBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QGroupBox::changeEvent(event);
}

} // namespace saathi::ui
