// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/dmt/DmtField.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace saathi::ui {

class AadhaarLineEdit;

// The DMT-Fino sender eKYC form: the customer's Aadhaar number, the consent read out to them and ticked, and
// "Capture finger & send OTP". Enter ticks the consent, then captures; the checks are the flow's.
class DmtEkycForm : public QWidget
{
    Q_OBJECT
public:
    explicit DmtEkycForm(QWidget* parent = nullptr);

    SecureBytes aadhaarDigits() const;
    bool consentGiven() const;
    // Shows an error about the Aadhaar or the consent under it; false when it is about another field.
    bool showError(const dmt::FieldError& error);
    void clearErrors();
    void clear();
    void focusFirstField();
    void focusCapture();
    void setCaptureEnabled(bool enabled);

Q_SIGNALS:
    void captureRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void proceed();

    QLabel* m_intro = nullptr;
    QLabel* m_aadhaarLabel = nullptr;
    AadhaarLineEdit* m_aadhaar = nullptr;
    QLabel* m_aadhaarError = nullptr;
    QLabel* m_consentText = nullptr;
    QCheckBox* m_consent = nullptr;
    QLabel* m_consentError = nullptr;
    QPushButton* m_captureButton = nullptr;
};

} // namespace saathi::ui
