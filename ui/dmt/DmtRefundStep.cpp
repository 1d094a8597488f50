// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/dmt/DmtRefundStep.h"

#include "ui/dmt/DmtOtpWidget.h"
#include "ui/form/FormKit.h"
#include "ui/form/PageKeys.h"
#include "ui/form/Theme.h"
#include "ui/receipt/ReceiptActions.h"
#include "ui/receipt/ReceiptView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace saathi::ui {

using State = dmt::DmtRefundFlow::State;

DmtRefundStep::DmtRefundStep(CounterServices& services, dmt::DmtService& dmt, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_dmt(dmt)
{
    setObjectName(QStringLiteral("dmtRefundStep"));
    setFocusPolicy(Qt::ClickFocus); // takes the focus when shown, but Tab goes to the fields and buttons
    FormKit::enlarge(this);
    m_title = FormKit::titleLabel(this, QStringLiteral("refundTitleLabel"));
    m_intro = FormKit::textLabel(this, QStringLiteral("refundIntroLabel"));
    m_otp = new DmtOtpWidget(QStringLiteral("refundOtp"), *m_services.clock, this);
    m_progress = FormKit::textLabel(this, QStringLiteral("refundProgressLabel"));
    m_status = FormKit::titleLabel(this, QStringLiteral("refundStatusLabel"));
    m_error = FormKit::errorLabel(this, QStringLiteral("refundErrorLabel"));
    m_action = FormKit::textLabel(this, QStringLiteral("refundActionLabel"));
    m_receiptView = new ReceiptView(this);
    m_receiptView->setObjectName(QStringLiteral("refundReceiptPlainTextEdit"));
    m_receiptView->hide();
    m_printButton = new QPushButton(this);
    m_printButton->setObjectName(QStringLiteral("refundPrintButton"));
    m_pdfButton = new QPushButton(this);
    m_pdfButton->setObjectName(QStringLiteral("refundSavePdfButton"));
    m_doneButton = new QPushButton(this);
    m_doneButton->setObjectName(QStringLiteral("refundDoneButton"));
    m_printButton->hide();
    m_pdfButton->hide();

    connect(m_otp, &DmtOtpWidget::submitted, this, [this](const QString& otp) {
        if (m_flow && m_flow->state() == State::AwaitingOtp) {
            m_flow->submitOtp(otp);
        }
    });
    connect(m_otp, &DmtOtpWidget::resendRequested, this, [this]() {
        if (m_flow) {
            m_flow->resendOtp();
        }
    });
    const ReceiptActions::Shown show
        = [this](const ReceiptActions::Message& text) { FormKit::showMessage(m_action, text()); };
    connect(m_printButton, &QPushButton::clicked, this,
            [this, show]() { ReceiptActions::print(m_receipt, this, show); });
    connect(m_pdfButton, &QPushButton::clicked, this, [this, show]() {
        ReceiptActions::savePdf(m_receipt, m_flow ? m_flow->refundRecord().clientRefId : QString(), this, show);
    });
    connect(m_doneButton, &QPushButton::clicked, this, [this]() {
        if (!isBusy()) {
            Q_EMIT doneRequested();
        }
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_pdfButton);
    buttons->addStretch();
    buttons->addWidget(m_doneButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_otp);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_action);
    layout->addWidget(m_receiptView, 1);
    layout->addStretch();
    layout->addLayout(buttons);
    PageKeys::install(this, {[this] { m_doneButton->click(); }, {}, {}, {}}); // Enter presses the focused button
    retranslate();
}

void DmtRefundStep::retranslate()
{
    m_title->setText(tr("Refund to the customer"));
    m_otp->setSubmitText(tr("&Refund"));
    m_printButton->setText(tr("&Print"));
    m_pdfButton->setText(tr("Save P&DF"));
    m_doneButton->setText(tr("Do&ne")); // Alt+D is Save PDF's
    if (!m_transfer.clientRefId.isEmpty()) {
        m_intro->setText(tr("The bank did not complete the transfer of %1 (TID %2). Eko sent the customer an OTP: "
                            "it is their consent to take the money back as cash. Ask the customer for it.")
                             .arg(FormKit::rupees(m_transfer.amount), m_transfer.tid));
    }
}

void DmtRefundStep::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

bool DmtRefundStep::isBusy() const
{
    return m_flow
        && (m_flow->state() == State::RequestingOtp || m_flow->state() == State::Journaling
            || m_flow->state() == State::Sending);
}

void DmtRefundStep::start(const journal::TransactionRecord& transfer)
{
    if (m_flow) {
        m_flow->deleteLater();
    }
    m_transfer = transfer;
    m_receipt = {};
    m_otp->reset();
    m_otp->show();
    m_status->clear();
    m_status->hide();
    m_progress->clear();
    FormKit::clearMessage(m_error);
    FormKit::clearMessage(m_action);
    m_receiptView->hide();
    m_printButton->hide();
    m_pdfButton->hide();
    retranslate();
    m_flow = new dmt::DmtRefundFlow(m_services, m_dmt, this);
    connect(m_flow, &dmt::DmtRefundFlow::stateChanged, this, &DmtRefundStep::onStateChanged);
    connect(m_flow, &dmt::DmtRefundFlow::otpRequired, this, [this]() {
        m_otp->setPrompt(tr("The customer's refund OTP:"));
        m_otp->otpSent();
        m_otp->setBusy(false);
        m_otp->focusField();
    });
    connect(m_flow, &dmt::DmtRefundFlow::otpRejected, this, [this](const Error& error) {
        m_otp->setBusy(false);
        m_otp->showError(error.userMessage);
    });
    connect(m_flow, &dmt::DmtRefundFlow::finished, this, &DmtRefundStep::onFinished);
    if (!m_flow->start(transfer)) {
        FormKit::showMessage(m_error, m_flow->lastError().userMessage);
        m_otp->hide();
    }
}

void DmtRefundStep::onStateChanged(State state)
{
    QString text;
    switch (state) {
    case State::RequestingOtp:
        text = tr("Asking Eko to send the customer a refund OTP…");
        break;
    case State::Journaling:
    case State::Sending:
        text = tr("Sending the refund… please wait");
        break;
    default:
        break;
    }
    m_progress->setText(text);
    m_otp->setBusy(state != State::AwaitingOtp);
}

void DmtRefundStep::onFinished()
{
    m_otp->hide();
    m_progress->clear();
    const State state = m_flow->state();
    if (state == State::Refunded) {
        const Paise cash = m_flow->refundedAmount().value > 0 ? m_flow->refundedAmount() : m_transfer.amount;
        m_status->setText(tr("Refunded — give the customer %1 in cash").arg(FormKit::rupees(cash)));
        Theme::setTone(m_status, Tone::Success);
    } else if (state == State::Unknown) {
        m_status->setText(tr("Refund pending — we are checking"));
        Theme::setTone(m_status, Tone::Pending);
        FormKit::showMessage(m_error, m_flow->lastError().userMessage);
    } else {
        m_status->setText(tr("Refund failed"));
        Theme::setTone(m_status, Tone::Error);
        FormKit::showMessage(m_error, m_flow->lastError().userMessage);
    }
    m_status->show();
    if (!m_flow->refundRecord().clientRefId.isEmpty()) {
        m_receipt = receipt::DmtReceipt::forRefund(m_flow->transfer(), m_flow->refundRecord(), m_flow->result(),
                                                   m_services.identity);
        m_receipt.setTraining(m_services.training);
        m_receiptView->setDmtReceipt(m_receipt);
        m_receiptView->show();
        m_printButton->show();
        m_pdfButton->show();
    }
    setFocus();
    Q_EMIT refundFinished(m_flow->refundRecord().clientRefId);
}

} // namespace saathi::ui
