// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace saathi {
class Clock;
}

namespace saathi::ui {

// The one-time code the customer reads out: the field, its message under it, "Send again" and when the code
// expires (Eko's OTPs live 10 minutes). Children are named after `name` ("customerOtp" → customerOtpLineEdit,
// customerOtpErrorLabel, customerOtpResendButton, customerOtpSubmitButton, customerOtpExpiryLabel), so several
// can live on one page. Enter in the field submits; a wrong code keeps what was typed, selected, to retype.
class DmtOtpWidget : public QWidget
{
    Q_OBJECT
public:
    DmtOtpWidget(const QString& name, const Clock& clock, QWidget* parent = nullptr);

    void setPrompt(const QString& text);
    void setSubmitText(const QString& text);
    // A new code was sent now: the expiry line says until when it is valid; the field is cleared.
    void otpSent();
    void showError(const QString& message);
    void clearError();
    // While a request is on its way: nothing can be submitted or resent.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    QString otp() const;
    QLineEdit* lineEdit() const { return m_edit; }
    void focusField();
    void reset();

Q_SIGNALS:
    void submitted(const QString& otp);
    void resendRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void submit();
    void retranslate();

    const Clock& m_clock;
    QLabel* m_prompt = nullptr;
    QLabel* m_label = nullptr;
    QLineEdit* m_edit = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_expiry = nullptr;
    QPushButton* m_resend = nullptr;
    QPushButton* m_submit = nullptr;
    qint64 m_sentAtMs = 0;
    bool m_busy = false;
    bool m_customSubmitText = false;
};

} // namespace saathi::ui
