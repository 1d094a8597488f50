// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/aeps/TransactionResultPage.h"

#include "core/journal/JournalErrors.h"
#include "core/journal/JournalService.h"
#include "ui/aeps/MiniStatementModel.h"
#include "ui/form/FormKit.h"
#include "ui/form/PageKeys.h"
#include "ui/form/Theme.h"
#include "ui/receipt/ReceiptActions.h"
#include "ui/receipt/ReceiptPrintAction.h"
#include "ui/receipt/ReceiptQrView.h"
#include "ui/receipt/ReceiptView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace saathi::ui {

TransactionResultPage::TransactionResultPage(CounterServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("transactionResultPage"));
    setFocusPolicy(Qt::ClickFocus); // takes the focus when shown (below), but Tab goes to the buttons
    FormKit::enlarge(this);
    m_statusLabel = FormKit::titleLabel(this, QStringLiteral("statusLabel"));
    m_messageLabel = FormKit::textLabel(this, QStringLiteral("messageLabel"));
    m_actionLabel = FormKit::textLabel(this, QStringLiteral("actionLabel"));

    m_receiptView = new ReceiptView(this);
    m_qr = new ReceiptQrView(this);
    m_miniModel = new MiniStatementModel(this);
    m_miniTable = new QTableView(this);
    m_miniTable->setObjectName(QStringLiteral("miniStatementTableView"));
    m_miniTable->setModel(m_miniModel);
    m_miniTable->horizontalHeader()->setStretchLastSection(true);
    m_miniTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_miniTable->horizontalHeader()->setSectionResizeMode(MiniStatementModel::NarrationColumn, QHeaderView::Stretch);
    m_miniTable->setAlternatingRowColors(true);
    m_miniTable->verticalHeader()->hide();
    m_miniTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_miniTable->setFocusPolicy(Qt::ClickFocus); // read-only: Tab goes past it
    m_miniTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_miniTable->hide();

    m_printButton = new QPushButton(this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_pdfButton = new QPushButton(this);
    m_pdfButton->setObjectName(QStringLiteral("savePdfButton"));
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("newTransactionButton"));
    m_homeButton = new QPushButton(this);
    m_homeButton->setObjectName(QStringLiteral("homeButton"));
    m_coachLabel = FormKit::textLabel(this, QStringLiteral("resultCoachLabel"));
    Theme::setTone(m_coachLabel, Tone::Notice);
    m_coachLabel->hide();
    m_anotherFingerButton = new QPushButton(this);
    m_anotherFingerButton->setObjectName(QStringLiteral("tryAnotherFingerButton"));
    m_anotherFingerButton->setIcon(Theme::icon(Icon::Fingerprint));
    m_anotherFingerButton->hide();

    // Laid out in tab order: a new transaction (the usual next step), the receipt's print and PDF, then home.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_anotherFingerButton);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_pdfButton);
    buttons->addStretch();
    buttons->addWidget(m_homeButton);

    auto* content = new QHBoxLayout;
    content->addWidget(m_receiptView, 1);
    content->addWidget(m_qr);
    content->addWidget(m_miniTable, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_actionLabel);
    layout->addWidget(m_coachLabel);
    layout->addLayout(content, 1);
    layout->addLayout(buttons);

    m_print = new ReceiptPrintAction(
        m_printButton, this, [this] { return receipt::AnyReceipt(m_receipt); },
        [this](const ReceiptOutput::Message& text) { setAction(text); });
    connect(m_pdfButton, &QPushButton::clicked, this, [this]() {
        // "Saving…" comes before savePdf() returns, the result later (from ReceiptPrinter's worker).
        const bool saving = ReceiptActions::savePdf(m_receipt, m_record.clientRefId, this,
                                                    [this](const ReceiptActions::Message& text) {
                                                        m_pdfButton->setEnabled(true);
                                                        setAction(text);
                                                    });
        m_pdfButton->setEnabled(!saving);
    });
    connect(m_newButton, &QPushButton::clicked, this, &TransactionResultPage::newTransactionRequested);
    connect(m_anotherFingerButton, &QPushButton::clicked, this, &TransactionResultPage::anotherFingerRequested);
    connect(m_homeButton, &QPushButton::clicked, this, &TransactionResultPage::homeRequested);
    connect(m_services.journal, &journal::JournalService::rowResolved, this, &TransactionResultPage::onRowResolved);
    setTabOrder(m_anotherFingerButton, m_newButton);
    setTabOrder(m_newButton, m_printButton);
    setTabOrder(m_printButton, m_pdfButton);
    setTabOrder(m_pdfButton, m_homeButton);
    PageKeys::install(this, {[this] { Q_EMIT homeRequested(); }, {}, {}, {}});
    retranslate();
}

void TransactionResultPage::setReceiptOutput(ReceiptOutput* output)
{
    m_print->setOutput(output);
}

void TransactionResultPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void TransactionResultPage::retranslate()
{
    m_print->retranslate();
    m_pdfButton->setText(tr("Save P&DF"));
    m_newButton->setText(tr("&New transaction"));
    m_anotherFingerButton->setText(tr("Try another &finger"));
    m_homeButton->setText(tr("&Home"));
    m_miniModel->retranslate();
    if (m_shown) {
        render(); // status, message and the receipt, from the record
    }
    if (m_actionText) {
        m_actionLabel->setText(m_actionText());
    }
}

void TransactionResultPage::offerAnotherFinger(const QString& advice)
{
    m_coachLabel->setText(advice);
    m_coachLabel->setVisible(!advice.isEmpty());
    m_anotherFingerButton->setVisible(!advice.isEmpty());
}

void TransactionResultPage::setAction(std::function<QString()> text)
{
    m_actionText = std::move(text);
    m_actionLabel->setText(m_actionText ? m_actionText() : QString());
}

void TransactionResultPage::showResult(const journal::TransactionRecord& record,
                                       const aeps::AepsTransaction& transaction, const QString& bankName,
                                       const Error& error)
{
    m_record = record;
    m_transaction = transaction;
    m_bankName = bankName;
    m_error = error;
    m_shown = true;
    setAction(nullptr);
    m_print->reset();
    render();
    setFocus(); // not on a button: an Enter still held from the form must not start anything here
}

void TransactionResultPage::onRowResolved(const journal::TransactionRecord& record)
{
    if (record.clientRefId.isEmpty() || record.clientRefId != m_record.clientRefId
        || !journal::isUnresolved(m_record.state)) {
        return;
    }
    m_record = record;
    m_error = {};
    render();
}

void TransactionResultPage::render()
{
    using journal::TxState;
    const TxState state = m_record.state;
    QString status;
    QString message = m_error.userMessage;
    Tone tone = Tone::Error;
    if (state == TxState::Success) {
        status = tr("Success — %1").arg(journal::displayName(m_record.kind));
        tone = Tone::Success;
        message.clear();
        if (m_record.kind == journal::TxKind::AepsWithdrawal) {
            message = tr("Give the customer %1 in cash.").arg(FormKit::rupees(m_record.amount));
        } else if (m_transaction.hasCustomerBalance) {
            message = tr("Account balance: %1").arg(FormKit::rupees(m_transaction.customerBalance));
        }
    } else if (journal::isUnresolved(state)) {
        status = tr("Pending — we are checking");
        tone = Tone::Pending;
        message = m_error.code == QLatin1String(journal::kOutcomeNotSavedCode)
            ? m_error.userMessage // the disk is full: the answer is pending in the journal until space is freed
            : tr("The bank has not confirmed this transaction yet. Do not repeat it and do not give cash now; "
                 "this screen updates by itself when the bank answers.");
    } else {
        status = tr("Failed — %1").arg(journal::displayName(m_record.kind));
        if (message.isEmpty()) {
            message = Error::withEkoLine(
                tr("The bank did not complete the transaction. Give no cash; the customer may try again."),
                m_record.message);
        }
    }
    m_statusLabel->setText(status);
    Theme::setTone(m_statusLabel, tone);
    m_messageLabel->setText(message);
    m_receipt = receipt::Receipt::build(m_record, m_transaction, m_services.identity, m_bankName);
    m_receipt.setTraining(m_services.training);
    m_receiptView->setReceipt(m_receipt);
    m_qr->setPayload(m_receipt.qrPayload());
    m_miniModel->setEntries(m_receipt.miniStatement());
    m_miniTable->setVisible(m_record.kind == journal::TxKind::MiniStatement && state == TxState::Success);
}

} // namespace saathi::ui
