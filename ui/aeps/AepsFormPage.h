// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/aeps/AepsCustomerFlow.h"
#include "core/counter/CounterServices.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace saathi::ui {

class AadhaarLineEdit;
class AgentFields;
class BankPicker;
class TransactionResultPage;

// One AePS customer transaction on screen: the form (customer mobile, bank, Aadhaar/VID, amount with quick-amount
// buttons for cash withdrawal and Aadhaar Pay, the consent with its checkbox), progress with Cancel while the finger
// is captured and the request sent, then the result page with the receipt. Errors appear under the field that
// caused them and focus moves to the first bad field; nothing typed is lost. Keyboard-first: Tab moves on, Enter
// continues or submits, Esc goes back. The four kinds share this page (CashWithdrawalPage etc. name them).
class AepsFormPage : public QWidget
{
    Q_OBJECT
public:
    AepsFormPage(journal::TxKind kind, CounterServices& services, QWidget* parent = nullptr);
    ~AepsFormPage() override;

    // A new customer: clears the form and makes a new submission key.
    void reset();
    // What Esc does: stops a capture that can still be stopped; otherwise (nothing on the wire) back to home,
    // from the result page with a fresh form. While a request is out it does nothing.
    void goBack();
    aeps::AepsCustomerFlow& flow() { return *m_flow; }
    TransactionResultPage& resultPage() { return *m_result; }

Q_SIGNALS:
    void backRequested();
    void transactionFinished(const QString& clientRefId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildForm();
    void submit();
    void showFieldErrors(const QList<aeps::FieldError>& errors);
    void clearErrors();
    void onStateChanged(aeps::AepsCustomerFlow::State state);
    void onStopped(const Error& error);
    void onDuplicate(const journal::TransactionRecord& earlier);
    void onOutcome();
    void updateSubmitEnabled();
    // The agent's Aadhaar and bank show only when the flow needs the agent's finger for each withdrawal.
    void updateAgentFields();
    void retranslate();
    QLabel* errorLabel(const QString& objectName);

    CounterServices& m_services;
    aeps::AepsCustomerFlow* m_flow = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLineEdit* m_mobile = nullptr;
    QLabel* m_mobileError = nullptr;
    BankPicker* m_bank = nullptr;
    QLabel* m_bankError = nullptr;
    AadhaarLineEdit* m_aadhaar = nullptr;
    QLabel* m_aadhaarError = nullptr;
    QWidget* m_amountRow = nullptr;
    QLineEdit* m_amount = nullptr;
    QLabel* m_amountError = nullptr;
    QLabel* m_agentHeading = nullptr;
    AgentFields* m_agentFields = nullptr;
    QLabel* m_consentText = nullptr;
    QCheckBox* m_consent = nullptr;
    QLabel* m_consentError = nullptr;
    QLabel* m_duplicateLabel = nullptr;
    QPushButton* m_confirmNewButton = nullptr;
    QLabel* m_formError = nullptr;
    QLabel* m_progressLabel = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_submitButton = nullptr;
    TransactionResultPage* m_result = nullptr;
};

} // namespace saathi::ui
