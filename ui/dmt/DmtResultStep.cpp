// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/dmt/DmtResultStep.h"

#include "core/journal/JournalService.h"
#include "ui/form/FormKit.h"
#include "ui/form/PageKeys.h"
#include "ui/form/Theme.h"
#include "ui/receipt/ReceiptActions.h"
#include "ui/receipt/ReceiptPrintAction.h"
#include "ui/receipt/ReceiptQrView.h"
#include "ui/receipt/ReceiptView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace saathi::ui {

using dmt::DmtTransferFlow;
using journal::TxState;

DmtResultStep::DmtResultStep(CounterServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("dmtResultStep"));
    setFocusPolicy(Qt::ClickFocus); // takes the focus when shown, but Tab goes to the buttons
    FormKit::enlarge(this);
    m_status = FormKit::titleLabel(this, QStringLiteral("statusLabel"));
    m_message = FormKit::textLabel(this, QStringLiteral("messageLabel"));
    m_action = FormKit::textLabel(this, QStringLiteral("actionLabel"));
    m_receiptView = new ReceiptView(this);
    m_qr = new ReceiptQrView(this);
    const auto button = [this](const char* name) {
        auto* b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_refundButton = button("refundButton");
    m_resumeButton = button("resumeButton");
    m_printButton = button("printButton");
    m_pdfButton = button("savePdfButton");
    m_anotherButton = button("anotherTransferButton");
    m_newCustomerButton = button("newCustomerButton");
    m_homeButton = button("homeButton");
    m_refundButton->hide();
    m_resumeButton->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_refundButton);
    top->addWidget(m_resumeButton);
    top->addStretch();
    // In tab order: another transfer (the usual next step), the receipt's print and PDF, then leaving.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_anotherButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_pdfButton);
    buttons->addStretch();
    buttons->addWidget(m_newCustomerButton);
    buttons->addWidget(m_homeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addLayout(top);
    layout->addWidget(m_action);
    auto* receiptRow = new QHBoxLayout;
    receiptRow->addWidget(m_receiptView, 1);
    receiptRow->addWidget(m_qr);
    layout->addLayout(receiptRow, 1);
    layout->addLayout(buttons);

    const ReceiptActions::Shown show
        = [this](const ReceiptActions::Message& text) { FormKit::showMessage(m_action, text()); };
    m_print = new ReceiptPrintAction(
        m_printButton, this, [this] { return receipt::AnyReceipt(m_receipt); }, show);
    connect(m_pdfButton, &QPushButton::clicked, this,
            [this, show]() { ReceiptActions::savePdf(m_receipt, clientRefId(), this, show); });
    connect(m_refundButton, &QPushButton::clicked, this, [this]() {
        const int i = refundablePart();
        if (i >= 0) {
            Q_EMIT refundRequested(m_parts.at(i).record);
        }
    });
    connect(m_resumeButton, &QPushButton::clicked, this, [this]() {
        if (m_flow && m_flow->resume()) {
            Q_EMIT resumed();
        }
    });
    connect(m_anotherButton, &QPushButton::clicked, this, &DmtResultStep::anotherTransferRequested);
    connect(m_newCustomerButton, &QPushButton::clicked, this, &DmtResultStep::newCustomerRequested);
    connect(m_homeButton, &QPushButton::clicked, this, &DmtResultStep::homeRequested);
    connect(m_services.journal, &journal::JournalService::rowChanged, this, &DmtResultStep::onRowChanged);
    setTabOrder(m_anotherButton, m_printButton);
    setTabOrder(m_printButton, m_pdfButton);
    setTabOrder(m_pdfButton, m_newCustomerButton);
    setTabOrder(m_newCustomerButton, m_homeButton);
    PageKeys::install(this, {[this] { Q_EMIT homeRequested(); }, {}, {}, {}}); // Enter presses the focused button
    retranslate();
}

void DmtResultStep::retranslate()
{
    m_refundButton->setText(tr("&Refund to customer"));
    m_resumeButton->setText(tr("Send the &remaining transfers"));
    m_print->retranslate();
    m_pdfButton->setText(tr("Save P&DF"));
    m_anotherButton->setText(tr("&Another transfer"));
    m_newCustomerButton->setText(tr("New &customer"));
    m_homeButton->setText(tr("&Home"));
    if (!m_parts.isEmpty()) {
        render();
    }
}

void DmtResultStep::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void DmtResultStep::setReceiptOutput(ReceiptOutput* output)
{
    m_print->setOutput(output);
}

QString DmtResultStep::clientRefId() const
{
    return m_parts.isEmpty() ? QString() : m_parts.first().record.clientRefId;
}

void DmtResultStep::showResult(DmtTransferFlow* flow)
{
    if (m_flow) {
        disconnect(m_flow, nullptr, this, nullptr);
    }
    m_flow = flow;
    // The flow moves its own parts after the journal's signal: render again then (Halted → can resume).
    connect(flow, &DmtTransferFlow::partResolved, this, [this]() { render(); });
    m_customer = flow->plan().customer();
    m_recipient = flow->plan().recipient();
    m_planned = static_cast<int>(flow->parts().size());
    m_error = flow->lastError();
    m_parts.clear();
    for (const DmtTransferFlow::Part& p : flow->parts()) {
        if (p.isSent()) {
            m_parts.append({p.record, p.result});
        }
    }
    m_action->clear();
    m_action->hide();
    m_print->reset();
    render();
    setFocus(); // not on a button: an Enter still held from Confirm must not start anything here
}

void DmtResultStep::onRowChanged(const journal::TransactionRecord& record)
{
    for (receipt::DmtReceipt::Part& p : m_parts) {
        if (!record.clientRefId.isEmpty() && p.record.clientRefId == record.clientRefId) {
            if (p.record.state != record.state || p.record.rrn != record.rrn) {
                p.record = record; // the journal row is the truth: the reconciler settled it
                if (m_flow && m_flow->state() != DmtTransferFlow::State::Halted) {
                    m_error = {};
                }
                render();
            }
            return;
        }
    }
}

int DmtResultStep::refundablePart() const
{
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).record.state == TxState::RefundPending && !m_parts.at(i).record.tid.isEmpty()) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void DmtResultStep::render()
{
    bool allOk = m_parts.size() == m_planned && m_planned > 0;
    bool anyOpen = false;
    bool anyNeft = false;
    bool anyFailed = false;
    Paise sent;
    for (const receipt::DmtReceipt::Part& p : m_parts) {
        allOk = allOk && p.record.state == TxState::Success;
        anyOpen = anyOpen || journal::isUnresolved(p.record.state);
        anyNeft = anyNeft || DmtTransferFlow::isAwaitedNeft(p.record);
        anyFailed = anyFailed || !(p.record.state == TxState::Success || journal::isUnresolved(p.record.state));
        if (p.record.state == TxState::Success) {
            sent = sent + p.record.amount;
        }
    }
    QString status;
    Tone tone = Tone::Error;
    QString message;
    if (allOk) {
        status = tr("Success — %1 sent").arg(FormKit::rupees(sent));
        tone = Tone::Success;
        message = tr("Every transfer reached %1's account. Give the customer the receipt.").arg(m_recipient.name);
    } else if (m_flow && m_flow->state() == DmtTransferFlow::State::Halted && !anyFailed) {
        status = tr("Pending — we are checking");
        tone = Tone::Pending;
        message = m_error.userMessage; // the remaining transfers wait until the unclear one is known
    } else if (anyOpen && !anyFailed) {
        status = anyNeft ? tr("Pending: NEFT initiated — we are checking") : tr("Pending — we are checking");
        tone = Tone::Pending;
        message = tr("The bank has not confirmed every transfer yet. Do not send it again; this screen updates by "
                     "itself when the bank answers.");
    } else {
        status = sent.value > 0
            ? tr("Not all sent — %1 of %2 reached the account")
                  .arg(FormKit::rupees(sent), FormKit::rupees(m_flow ? m_flow->plan().total() : Paise()))
            : tr("Failed — the money was not sent");
        tone = Tone::Error;
        message = m_error.userMessage;
    }
    if (m_flow && m_flow->canResume()) {
        message = tr("The unclear transfer has been found. Send the remaining transfers now.");
    }
    m_status->setText(status);
    Theme::setTone(m_status, tone);
    m_message->setText(message);
    m_refundButton->setVisible(refundablePart() >= 0);
    m_resumeButton->setVisible(m_flow && m_flow->canResume());
    m_receipt = receipt::DmtReceipt::forTransfer(m_customer, m_recipient, m_parts, m_services.identity);
    m_receipt.setTraining(m_services.training);
    m_receiptView->setDmtReceipt(m_receipt);
    m_qr->setPayload(m_receipt.qrPayload());
}

} // namespace saathi::ui
