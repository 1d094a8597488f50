// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/aeps/AepsForm.h"
#include "core/counter/CounterServices.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace saathi::aeps {
class AepsCustomerFlow;
}

namespace saathi::ui {

class AadhaarLineEdit;
class AgentFields;
class BankPicker;

// What the agent fills in on an AePS form, in tab order: customer mobile, bank, Aadhaar/VID, amount with
// quick-amount buttons (cash withdrawal and Aadhaar Pay), the agent's own Aadhaar and bank (when each withdrawal
// needs the agent's finger), the consent with its checkbox. Each field's error shows under it; each label's
// mnemonic focuses its field.
class AepsFormFields : public QWidget
{
    Q_OBJECT
public:
    AepsFormFields(const aeps::AepsCustomerFlow& flow, CounterServices& services, QWidget* parent = nullptr);

    aeps::AepsForm form() const;
    bool consentGiven() const;
    // Each error under its field; the focus goes to the first bad field.
    void showFieldErrors(const QList<aeps::FieldError>& errors);
    // A pre-flight warning under its field (issue #18), without moving the focus; an empty message clears it.
    void showFieldNote(aeps::AepsField field, const QString& message);
    void clearErrors();
    // A new customer: every field empty, the consent not given.
    void clear();
    void setEditable(bool editable);
    // The agent's Aadhaar and bank show only when the flow needs the agent's finger for each withdrawal.
    void updateAgentFields();
    // Enter where no button has focus: ticks the consent when it has the focus, else moves to the next field.
    void advance();
    QLineEdit* mobileEdit() const { return m_mobile; }
    QCheckBox* consentBox() const { return m_consent; }
    BankPicker* bankPicker() const { return m_bank; }
    AadhaarLineEdit* aadhaarEdit() const { return m_aadhaar; }

Q_SIGNALS:
    void consentChanged(bool given);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildAmountRow();
    void retranslate();

    const aeps::AepsCustomerFlow& m_flow;
    CounterServices& m_services;
    QLineEdit* m_mobile = nullptr;
    QLabel* m_mobileLabel = nullptr;
    QLabel* m_mobileError = nullptr;
    BankPicker* m_bank = nullptr;
    QLabel* m_bankLabel = nullptr;
    QLabel* m_bankError = nullptr;
    AadhaarLineEdit* m_aadhaar = nullptr;
    QLabel* m_aadhaarLabel = nullptr;
    QLabel* m_aadhaarError = nullptr;
    QWidget* m_amountRow = nullptr;
    QLineEdit* m_amount = nullptr;
    QLabel* m_amountLabel = nullptr;
    QLabel* m_amountError = nullptr;
    QLabel* m_agentHeading = nullptr;
    AgentFields* m_agentFields = nullptr;
    QLabel* m_consentText = nullptr;
    QCheckBox* m_consent = nullptr;
    QLabel* m_consentError = nullptr;
};

} // namespace saathi::ui
