// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/dmt/DmtField.h"
#include "core/dmt/DmtService.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace saathi::ui {

// What a new DMT customer (the sender) gives to register: name, date of birth, address (city, state, PIN code),
// each with its message under it. Enter moves field to field and registers from the last one.
class DmtRegistrationForm : public QWidget
{
    Q_OBJECT
public:
    explicit DmtRegistrationForm(dmt::Rail rail, QWidget* parent = nullptr);

    // What was typed (the mobile is the flow's: the one looked up).
    dmt::CustomerRegistration registration() const;
    // Shows an error about one of this form's fields under it; false when the error is about another field.
    bool showError(const dmt::FieldError& error);
    void clearErrors();
    void clear();
    void focusFirstField();
    void setSubmitEnabled(bool enabled);

Q_SIGNALS:
    void submitRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void proceed();

    dmt::Rail m_rail;
    QLabel* m_intro = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameError = nullptr;
    QLineEdit* m_dob = nullptr;
    QLabel* m_dobError = nullptr;
    QLineEdit* m_address = nullptr;
    QLabel* m_addressError = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_state = nullptr;
    QLineEdit* m_pinCode = nullptr;
    QLabel* m_pinCodeError = nullptr;
    QPushButton* m_registerButton = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_dobLabel = nullptr;
    QLabel* m_addressLabel = nullptr;
    QLabel* m_cityLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QLabel* m_pinCodeLabel = nullptr;
};

} // namespace saathi::ui
