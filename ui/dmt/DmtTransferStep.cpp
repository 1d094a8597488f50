// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/dmt/DmtTransferStep.h"

#include "ui/dmt/DmtSendingView.h"
#include "ui/form/FormKit.h"
#include "ui/form/PageKeys.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace saathi::ui {

using dmt::Channel;
using dmt::DmtField;
using dmt::DmtTransferFlow;
using State = DmtTransferFlow::State;

DmtTransferStep::DmtTransferStep(CounterServices& services, dmt::DmtService& dmt, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_dmt(dmt)
{
    setObjectName(QStringLiteral("dmtTransferStep"));
    FormKit::enlarge(this);
    m_title = FormKit::titleLabel(this, QStringLiteral("transferTitleLabel"));
    m_summary = FormKit::textLabel(this, QStringLiteral("transferSummaryLabel"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildAmount());
    m_stack->addWidget(buildPlan());
    m_sending = new DmtSendingView(*services.clock, this);
    m_stack->addWidget(m_sending);
    m_formError = FormKit::errorLabel(this, QStringLiteral("transferFormErrorLabel"));
    m_backButton = new QPushButton(this);
    m_backButton->setObjectName(QStringLiteral("transferBackButton"));
    m_backButton->setFocusPolicy(Qt::NoFocus);
    connect(m_backButton, &QPushButton::clicked, this, [this]() {
        if (isBusy() || view() == View::Sending) {
            return;
        }
        if (view() == View::Plan) {
            setView(View::Amount);
        } else {
            Q_EMIT backRequested();
        }
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_formError);
    layout->addWidget(m_backButton, 0, Qt::AlignLeft);
    // While sending, Esc does nothing ("Stop" is a button, never a key held down) and only the OTP's own field and
    // buttons answer Enter.
    PageKeys::install(this,
                      {[this] { m_backButton->click(); },
                       [this] { proceed(); },
                       [this] { return view() == View::Sending && !m_sending->hasOtpFocus(); },
                       {}});
    retranslate();
}

QWidget* DmtTransferStep::buildAmount()
{
    auto* page = new QWidget(this);
    m_amount = new QLineEdit(page);
    m_amount->setObjectName(QStringLiteral("amountLineEdit"));
    m_amount->setMaxLength(9);
    m_amount->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9,]{0,9}")), m_amount));
    m_amountError = FormKit::errorLabel(page, QStringLiteral("amountErrorLabel"));
    m_limitHint = FormKit::textLabel(page, QStringLiteral("limitHintLabel"));
    m_imps = new QRadioButton(page);
    m_imps->setObjectName(QStringLiteral("impsRadioButton"));
    m_neft = new QRadioButton(page);
    m_neft->setObjectName(QStringLiteral("neftRadioButton"));
    auto* group = new QButtonGroup(page);
    group->addButton(m_imps);
    group->addButton(m_neft);
    m_channelError = FormKit::errorLabel(page, QStringLiteral("channelErrorLabel"));
    m_channelHint = FormKit::textLabel(page, QStringLiteral("channelHintLabel"));
    m_reviewButton = new QPushButton(page);
    m_reviewButton->setObjectName(QStringLiteral("reviewButton"));
    connect(m_reviewButton, &QPushButton::clicked, this, &DmtTransferStep::review);
    connect(m_amount, &QLineEdit::textEdited, this, [this]() { FormKit::clearMessage(m_amountError); });

    auto* amountBox = new QVBoxLayout;
    amountBox->setSpacing(2);
    amountBox->addWidget(m_amount);
    amountBox->addWidget(m_amountError);
    amountBox->addWidget(m_limitHint);
    auto* channels = new QHBoxLayout;
    channels->addWidget(m_imps);
    channels->addWidget(m_neft);
    channels->addStretch();
    auto* channelBox = new QVBoxLayout;
    channelBox->setSpacing(2);
    channelBox->addLayout(channels);
    channelBox->addWidget(m_channelHint);
    channelBox->addWidget(m_channelError);
    auto* form = new QFormLayout;
    m_amountLabel = new QLabel(page);
    m_amountLabel->setBuddy(m_amount);
    form->addRow(m_amountLabel, amountBox);
    m_channelLabel = new QLabel(page);
    form->addRow(m_channelLabel, channelBox);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_reviewButton, 0, Qt::AlignLeft);
    layout->addStretch();
    setTabOrder(m_amount, m_imps);
    setTabOrder(m_imps, m_neft);
    setTabOrder(m_neft, m_reviewButton);
    return page;
}

QWidget* DmtTransferStep::buildPlan()
{
    auto* page = new QWidget(this);
    m_planLabel = FormKit::textLabel(page, QStringLiteral("planLabel"));
    m_planList = new QListWidget(page);
    m_planList->setObjectName(QStringLiteral("planListWidget"));
    m_planList->setFocusPolicy(Qt::NoFocus);
    m_collectLabel = FormKit::textLabel(page, QStringLiteral("collectLabel"));
    QFont bold = m_collectLabel->font();
    bold.setBold(true);
    bold.setPointSize(bold.pointSize() + 2);
    m_collectLabel->setFont(bold);
    m_confirmButton = new QPushButton(page);
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
    m_changeButton = new QPushButton(page);
    m_changeButton->setObjectName(QStringLiteral("changeButton"));
    connect(m_confirmButton, &QPushButton::clicked, this, &DmtTransferStep::confirm);
    connect(m_changeButton, &QPushButton::clicked, this, [this]() {
        if (!m_confirmed) {
            setView(View::Amount);
        }
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_confirmButton);
    buttons->addWidget(m_changeButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_planLabel);
    layout->addWidget(m_planList, 1);
    layout->addWidget(m_collectLabel);
    layout->addLayout(buttons);
    setTabOrder(m_confirmButton, m_changeButton);
    return page;
}

void DmtTransferStep::retranslate()
{
    m_title->setText(tr("Money transfer — the amount"));
    m_amount->setPlaceholderText(tr("Whole rupees, e.g. 12000"));
    m_amountLabel->setText(tr("Amo&unt (₹)"));
    m_channelLabel->setText(tr("Channel"));
    m_imps->setText(tr("&IMPS (instant)"));
    m_neft->setText(tr("&NEFT"));
    m_reviewButton->setText(tr("&Show the plan"));
    m_confirmButton->setText(tr("&Confirm and send"));
    m_changeButton->setText(tr("C&hange"));
    m_backButton->setText(tr("← Back (Esc)"));
    if (!m_recipient.id.isEmpty()) {
        m_summary->setText(tr("From %1 (%2) to %3, %4, %5")
                               .arg(m_customer.name, m_customer.mobile, m_recipient.name, m_recipient.maskedAccount(),
                                    m_recipient.bankName.isEmpty() ? m_recipient.bankCode : m_recipient.bankName));
        updateLimitHint();
        updateChannels();
    }
}

void DmtTransferStep::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

DmtTransferStep::View DmtTransferStep::view() const
{
    return static_cast<View>(m_stack->currentIndex());
}

void DmtTransferStep::setView(View v)
{
    m_stack->setCurrentIndex(static_cast<int>(v));
    m_backButton->setVisible(v != View::Sending);
    switch (v) {
    case View::Amount:
        m_amount->setFocus();
        break;
    case View::Plan:
        m_confirmButton->setFocus();
        break;
    case View::Sending:
        break;
    }
}

void DmtTransferStep::setContext(const dmt::Customer& customer, const dmt::Recipient& recipient)
{
    m_customer = customer;
    m_recipient = recipient;
    m_plan.reset();
    m_confirmed = false;
    m_amount->clear();
    FormKit::clearMessage(m_amountError);
    FormKit::clearMessage(m_channelError);
    FormKit::clearMessage(m_formError);
    m_sending->clear();
    m_imps->setChecked(recipient.preferredChannel() == Channel::Imps);
    m_neft->setChecked(recipient.preferredChannel() == Channel::Neft);
    retranslate();
    setView(View::Amount);
}

void DmtTransferStep::updateLimitHint()
{
    QString text = tr("Up to %1 in one transfer; more is sent as several transfers.")
                       .arg(FormKit::rupees(dmt::TransferPlan::Limits().perTransferMax));
    if (m_customer.hasLimits) {
        text += QLatin1Char(' ')
            + tr("%1 left this month for this customer.").arg(FormKit::rupees(m_customer.remainingThisMonth));
    }
    m_limitHint->setText(text);
}

void DmtTransferStep::updateChannels()
{
    m_imps->setEnabled(m_recipient.imps);
    m_neft->setEnabled(m_recipient.neft);
    if (m_recipient.imps && m_recipient.neft) {
        m_channelHint->setText(tr("The bank takes IMPS and NEFT."));
    } else if (m_recipient.neft) {
        m_channelHint->setText(tr("This bank takes NEFT only: the money reaches the account within a few hours."));
    } else if (m_recipient.imps) {
        m_channelHint->setText(tr("This bank takes IMPS only."));
    } else {
        m_channelHint->setText(tr("This bank takes neither IMPS nor NEFT."));
    }
}

std::optional<Channel> DmtTransferStep::chosenChannel() const
{
    if (m_imps->isChecked()) {
        return Channel::Imps;
    }
    if (m_neft->isChecked()) {
        return Channel::Neft;
    }
    return std::nullopt;
}

void DmtTransferStep::review()
{
    if (m_confirmed) {
        return;
    }
    FormKit::clearMessage(m_amountError);
    FormKit::clearMessage(m_channelError);
    FormKit::clearMessage(m_formError);
    const DmtTransferFlow::PlanCheck plan
        = DmtTransferFlow::planFor(m_amount->text(), m_customer, m_recipient, chosenChannel());
    if (!plan.ok()) {
        if (plan.error.field == DmtField::Channel) {
            FormKit::showMessage(m_channelError, plan.error.message);
            (m_imps->isEnabled() ? m_imps : m_neft)->setFocus();
        } else if (plan.error.field == DmtField::Amount) {
            FormKit::showMessage(m_amountError, plan.error.message);
            m_amount->setFocus();
            m_amount->selectAll();
        } else {
            FormKit::showMessage(m_formError, plan.error.message);
        }
        return;
    }
    m_plan = plan.plan;
    const auto& parts = m_plan->parts();
    m_planLabel->setText(parts.size() == 1 ? tr("One %1 transfer:").arg(dmt::channelName(m_plan->channel()))
                                           : tr("%1 is sent as %2 %3 transfers (at most %4 each):")
                                                 .arg(FormKit::rupees(m_plan->total()))
                                                 .arg(parts.size())
                                                 .arg(dmt::channelName(m_plan->channel()),
                                                      FormKit::rupees(dmt::TransferPlan::Limits().perTransferMax)));
    m_planList->clear();
    for (const dmt::TransferPart& p : parts) {
        m_planList->addItem(
            tr("%1. %2   fee %3").arg(p.index + 1).arg(FormKit::rupees(p.amount), FormKit::rupees(p.fee)));
    }
    m_collectLabel->setText(tr("Collect from the customer: %1 (%2 to send + %3 fees)")
                                .arg(FormKit::rupees(m_plan->totalCollected()), FormKit::rupees(m_plan->total()),
                                     FormKit::rupees(m_plan->totalFee())));
    m_confirmButton->setEnabled(true);
    setView(View::Plan);
}

void DmtTransferStep::confirm()
{
    if (m_confirmed || !m_plan) {
        return; // confirmed once: a second Enter or click sends nothing
    }
    m_confirmed = true;
    m_confirmButton->setEnabled(false);
    if (m_flow) {
        m_flow->deleteLater();
    }
    m_flow = new DmtTransferFlow(m_services, m_dmt, this);
    m_sending->follow(m_flow);
    DmtTransferFlow* started = m_flow;
    connect(m_flow, &DmtTransferFlow::finished, this, [this, started]() { Q_EMIT planFinished(started); });
    setView(View::Sending);
    if (!m_flow->start(*m_plan)) {
        FormKit::showMessage(m_formError, tr("The transfer could not be started."));
        return;
    }
    m_sending->renderParts();
}

void DmtTransferStep::proceed()
{
    switch (view()) {
    case View::Amount:
        review();
        break;
    case View::Plan:
        confirm(); // "Change" answers Enter itself when it has the focus
        break;
    case View::Sending:
        break; // the OTP field submits on its own
    }
}

} // namespace saathi::ui
