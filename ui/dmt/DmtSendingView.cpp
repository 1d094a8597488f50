// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/dmt/DmtSendingView.h"

#include "ui/dmt/DmtOtpWidget.h"
#include "ui/form/FormKit.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace saathi::ui {

using dmt::DmtTransferFlow;
using journal::TxState;
using State = DmtTransferFlow::State;

DmtSendingView::DmtSendingView(const Clock& clock, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sendingWidget"));
    auto* page = this;
    m_partsList = new QListWidget(page);
    m_partsList->setObjectName(QStringLiteral("partsListWidget"));
    m_partsList->setFocusPolicy(Qt::NoFocus);
    m_progress = FormKit::textLabel(page, QStringLiteral("transferProgressLabel"));
    m_otp = new DmtOtpWidget(QStringLiteral("transferOtp"), clock, page);
    m_otp->hide();
    m_stopButton = new QPushButton(page);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->hide();
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
    connect(m_stopButton, &QPushButton::clicked, this, [this]() {
        if (m_flow) {
            m_flow->cancel();
        }
    });
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_partsList, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_otp);
    layout->addWidget(m_stopButton, 0, Qt::AlignLeft);
    retranslate();
}

void DmtSendingView::retranslate()
{
    m_stopButton->setText(tr("Stop the remaining transfers"));
    m_otp->setSubmitText(tr("Send &this transfer"));
}

void DmtSendingView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        renderParts();
    }
    QWidget::changeEvent(event);
}

bool DmtSendingView::hasOtpFocus() const
{
    return m_otp->isAncestorOf(focusWidget());
}

void DmtSendingView::clear()
{
    m_flow = nullptr;
    m_partsList->clear();
    m_progress->clear();
    m_otp->reset();
    m_otp->hide();
    m_stopButton->hide();
}

void DmtSendingView::follow(DmtTransferFlow* flow)
{
    clear();
    m_flow = flow;
    connect(flow, &DmtTransferFlow::stateChanged, this, &DmtSendingView::onStateChanged);
    connect(flow, &DmtTransferFlow::otpRequired, this, &DmtSendingView::onOtpRequired);
    connect(flow, &DmtTransferFlow::otpRejected, this, &DmtSendingView::onOtpRejected);
    connect(flow, &DmtTransferFlow::partFinished, this, &DmtSendingView::renderParts);
    connect(flow, &DmtTransferFlow::finished, this, [this]() {
        m_otp->hide();
        m_stopButton->hide();
        renderParts();
    });
}

void DmtSendingView::renderParts()
{
    if (!m_flow) {
        return;
    }
    const auto& parts = m_flow->parts();
    if (m_partsList->count() != parts.size()) {
        m_partsList->clear();
        for (qsizetype i = 0; i < parts.size(); ++i) {
            m_partsList->addItem(QString());
        }
    }
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const DmtTransferFlow::Part& p = parts.at(i);
        QString status;
        if (!p.isSent() && i > m_flow->currentPart()) {
            status = tr("waiting");
        } else if (!p.isSent() || (i == m_flow->currentPart() && m_flow->isBusy())) {
            status = m_flow->state() == State::AwaitingOtp || m_flow->state() == State::RequestingOtp
                ? tr("waiting for the OTP")
                : tr("sending…");
        } else {
            switch (p.record.state) {
            case TxState::Success:
                status = tr("sent ✓ UTR %1").arg(!p.record.rrn.isEmpty() ? p.record.rrn : p.result.rrn);
                break;
            case TxState::Pending:
                status = tr("initiated — the bank has not confirmed yet");
                break;
            case TxState::RefundPending:
                status = tr("failed — refund pending");
                break;
            case TxState::Refunded:
                status = tr("failed — refunded");
                break;
            case TxState::Failed:
            case TxState::NotSent:
                status = tr("failed");
                break;
            default:
                status = tr("no clear answer — we are checking");
                break;
            }
        }
        m_partsList->item(static_cast<int>(i))
            ->setText(tr("Transfer %1 of %2: %3 (fee %4) — %5")
                          .arg(i + 1)
                          .arg(parts.size())
                          .arg(FormKit::rupees(p.plan.amount), FormKit::rupees(p.plan.fee), status));
    }
}

void DmtSendingView::onStateChanged(State state)
{
    const int n = static_cast<int>(m_flow->parts().size());
    const int i = m_flow->currentPart() + 1;
    QString text;
    switch (state) {
    case State::RequestingOtp:
        text = tr("Transfer %1 of %2: asking Eko to send the customer an OTP…").arg(i).arg(n);
        break;
    case State::AwaitingOtp:
        text = tr("Transfer %1 of %2: enter the OTP the customer received.").arg(i).arg(n);
        break;
    case State::Journaling:
    case State::Sending:
        text = tr("Transfer %1 of %2: sending to the bank… please wait").arg(i).arg(n);
        break;
    default:
        break;
    }
    m_progress->setText(text);
    m_otp->setBusy(state != State::AwaitingOtp);
    m_otp->setVisible(m_flow->needsOtpPerPart() && (state == State::AwaitingOtp || state == State::RequestingOtp));
    m_stopButton->setVisible(state == State::AwaitingOtp || state == State::RequestingOtp);
    renderParts();
}

void DmtSendingView::onOtpRequired(int partIndex, Paise amount)
{
    m_otp->setPrompt(tr("Eko sent the customer an OTP for transfer %1 of %2 (%3). Ask the customer for it.")
                         .arg(partIndex + 1)
                         .arg(m_flow->parts().size())
                         .arg(FormKit::rupees(amount)));
    m_otp->otpSent();
    m_otp->setBusy(false);
    m_otp->show();
    m_otp->focusField();
}

void DmtSendingView::onOtpRejected(int, const Error& error)
{
    m_otp->setBusy(false);
    m_otp->show();
    m_otp->showError(error.userMessage);
}

} // namespace saathi::ui
