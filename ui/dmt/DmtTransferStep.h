// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/counter/CounterServices.h"
#include "core/dmt/DmtTransferFlow.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace saathi::ui {

class DmtSendingView;

// The money: the amount (checked before anything is sent: ₹5,000 a transfer, so larger amounts are split into
// parts; the customer's remaining monthly limit), IMPS or NEFT as the recipient's bank takes them, then the plan
// once — each part, its fee, the total to collect from the customer — confirmed once. Then each part's progress
// and, on DMT-Fino, the OTP prompt per part (Send again; a wrong, used or expired OTP is said at the OTP field).
// A second Enter or click on Confirm never sends anything twice: the flow starts once per plan.
class DmtTransferStep : public QWidget
{
    Q_OBJECT
public:
    enum class View { Amount, Plan, Sending };

    DmtTransferStep(CounterServices& services, dmt::DmtService& dmt, QWidget* parent = nullptr);

    // A new transfer for this customer to this recipient (the amount field is cleared).
    void setContext(const dmt::Customer& customer, const dmt::Recipient& recipient);
    View view() const;
    // The flow of the plan last confirmed (null before the first).
    dmt::DmtTransferFlow* flow() const { return m_flow; }
    bool isBusy() const { return m_flow && m_flow->isBusy(); }

Q_SIGNALS:
    // The plan reached Done, PartlyPending, Halted or Failed: show the result.
    void planFinished(saathi::dmt::DmtTransferFlow* flow);
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildAmount();
    QWidget* buildPlan();
    void retranslate();
    void setView(View view);
    void proceed();
    void review();
    void confirm();
    void updateChannels();
    void updateLimitHint();
    std::optional<dmt::Channel> chosenChannel() const;

    CounterServices& m_services;
    dmt::DmtService& m_dmt;
    dmt::Customer m_customer;
    dmt::Recipient m_recipient;
    std::optional<dmt::TransferPlan> m_plan;
    QPointer<dmt::DmtTransferFlow> m_flow;
    bool m_confirmed = false;

    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QStackedWidget* m_stack = nullptr;
    // amount
    QLineEdit* m_amount = nullptr;
    QLabel* m_amountError = nullptr;
    QLabel* m_amountLabel = nullptr;
    QLabel* m_channelLabel = nullptr;
    QLabel* m_limitHint = nullptr;
    QRadioButton* m_imps = nullptr;
    QRadioButton* m_neft = nullptr;
    QLabel* m_channelError = nullptr;
    QLabel* m_channelHint = nullptr;
    QPushButton* m_reviewButton = nullptr;
    // plan
    QLabel* m_planLabel = nullptr;
    QListWidget* m_planList = nullptr;
    QLabel* m_collectLabel = nullptr;
    QPushButton* m_confirmButton = nullptr;
    QPushButton* m_changeButton = nullptr;
    DmtSendingView* m_sending = nullptr;
    QLabel* m_formError = nullptr;
    QPushButton* m_backButton = nullptr;
};

} // namespace saathi::ui
