// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/validation/ValidationResult.h"

#include <QLineEdit>

namespace saathi::ui {

// The Aadhaar (or VID) entry field (security.md K5). The digits live in a wiped buffer, never in the displayed
// text: the field shows only the last four digits typed, e.g. "XXXX XXXX 7058" once twelve are in. Copy, cut,
// paste, drag and drop, the context menu, input methods and undo are all off, so the number cannot leave the
// field except through digits(). The Verhoeff check runs live; liveMessageChanged() carries the text to show
// under the field (empty when there is nothing to say).
class AadhaarLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit AadhaarLineEdit(QWidget* parent = nullptr);
    ~AadhaarLineEdit() override;

    // Accept a 16-digit Virtual ID as well as a 12-digit Aadhaar number (default: true).
    void setAcceptVid(bool accept);
    bool acceptVid() const { return m_acceptVid; }

    // The digits typed so far (a copy in a wiped buffer). Hand it on; do not turn it into a long-lived QString.
    SecureBytes digits() const { return m_digits; }
    int digitCount() const { return static_cast<int>(m_digits.size()); }
    // A complete, valid Aadhaar number (or VID when accepted).
    bool isValidNumber() const;
    // The full check now, with the message for the field when it fails (normalized is left empty).
    ValidationResult check() const;
    QString liveMessage() const { return m_liveMessage; }
    // Forgets the digits (new customer).
    void clearDigits();

Q_SIGNALS:
    void digitsChanged();
    void liveMessageChanged(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void inputMethodEvent(QInputMethodEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    bool event(QEvent* event) override;

private:
    void retranslate();
    void setDigits(const QByteArray& digits);
    void refresh(bool finalCheck);
    QString maskedDisplay() const;
    int maxDigits() const { return m_acceptVid ? 16 : 12; }

    SecureBytes m_digits;
    QString m_liveMessage;
    bool m_acceptVid = true;
};

} // namespace saathi::ui
