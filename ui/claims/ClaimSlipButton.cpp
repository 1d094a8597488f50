// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/claims/ClaimSlipButton.h"

#include "core/claims/ClaimService.h"
#include "core/counter/CounterServices.h"
#include "ui/claims/ClaimSlipDialog.h"

#include <QEvent>

namespace saathi::ui {

ClaimSlipButton::ClaimSlipButton(CounterServices& services, QWidget* parent)
    : QPushButton(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("claimSlipButton"));
    setEnabled(false);
    connect(this, &QPushButton::clicked, this, &ClaimSlipButton::open);
    changeEvent(nullptr);
}

void ClaimSlipButton::setRow(const journal::TransactionRecord& row)
{
    m_row = row;
    setEnabled(m_services.claims && m_services.claims->rules().ruleFor(row));
}

ClaimSlipDialog* ClaimSlipButton::dialog() const
{
    return m_dialog;
}

void ClaimSlipButton::changeEvent(QEvent* event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        setText(tr("C&laim slip…"));
        setToolTip(tr("The customer's slip to claim money that may be stuck: the dispute keys and the RBI deadline"));
    }
    if (event) {
        QPushButton::changeEvent(event);
    }
}

void ClaimSlipButton::open()
{
    if (!isEnabled() || !m_services.claims) {
        return;
    }
    if (m_dialog) {
        m_dialog->close();
    }
    m_dialog = new ClaimSlipDialog(*m_services.claims, m_services, m_row, m_output, window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open(); // window-modal; no nested event loop
}

} // namespace saathi::ui
