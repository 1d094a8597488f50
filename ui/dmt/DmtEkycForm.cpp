// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/dmt/DmtEkycForm.h"

#include "ui/form/FormKit.h"
#include "ui/form/PageKeys.h"
#include "ui/widgets/AadhaarLineEdit.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace saathi::ui {

DmtEkycForm::DmtEkycForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ekycFormWidget"));
    m_intro = FormKit::textLabel(this, QStringLiteral("ekycIntroLabel"));
    m_aadhaar = new AadhaarLineEdit(this);
    m_aadhaar->setObjectName(QStringLiteral("aadhaarLineEdit"));
    m_aadhaar->setAcceptVid(false); // the sender eKYC takes the Aadhaar number itself
    m_aadhaarError = FormKit::errorLabel(this, QStringLiteral("aadhaarErrorLabel"));
    connect(m_aadhaar, &AadhaarLineEdit::liveMessageChanged, this,
            [this](const QString& message) { FormKit::showMessage(m_aadhaarError, message); });
    m_consentText = FormKit::textLabel(this, QStringLiteral("ekycConsentTextLabel"));
    m_consent = new QCheckBox(this);
    m_consent->setObjectName(QStringLiteral("ekycConsentCheckBox"));
    m_consentError = FormKit::errorLabel(this, QStringLiteral("ekycConsentErrorLabel"));
    connect(m_consent, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            FormKit::clearMessage(m_consentError);
        }
    });
    m_captureButton = new QPushButton(this);
    m_captureButton->setObjectName(QStringLiteral("ekycCaptureButton"));
    connect(m_captureButton, &QPushButton::clicked, this, &DmtEkycForm::captureRequested);

    auto* form = new QFormLayout;
    m_aadhaarLabel = FormKit::fieldLabel(m_aadhaar);
    form->addRow(m_aadhaarLabel, FormKit::fieldBox(m_aadhaar, m_aadhaarError));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_consentText);
    layout->addWidget(m_consent);
    layout->addWidget(m_consentError);
    layout->addWidget(m_captureButton, 0, Qt::AlignLeft);
    layout->addStretch();
    setTabOrder(m_aadhaar, m_consent);
    setTabOrder(m_consent, m_captureButton);
    // Esc goes on to the step; Enter on the consent ticks it (a focused button is clicked by PageKeys).
    PageKeys::install(this, {{}, [this] { proceed(); }, {}, {}});
    retranslate();
}

void DmtEkycForm::retranslate()
{
    m_intro->setText(tr("Before the first transfer, the customer verifies with Aadhaar and a fingerprint. Eko "
                        "then sends an OTP to the customer's mobile."));
    m_aadhaarLabel->setText(tr("&Aadhaar number"));
    m_consentText->setText(tr("I agree that my Aadhaar number and fingerprint are used to verify my identity with "
                              "UIDAI for money transfer through Eko."));
    m_consent->setText(tr("The customer has heard this and a&grees"));
    m_captureButton->setText(tr("Capture &finger && send OTP"));
}

void DmtEkycForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void DmtEkycForm::proceed()
{
    if (!m_captureButton->isEnabled()) {
        return; // a capture or a request is under way
    }
    if (m_consent->isChecked()) {
        Q_EMIT captureRequested();
    } else {
        focusNextChild();
    }
}

SecureBytes DmtEkycForm::aadhaarDigits() const
{
    return m_aadhaar->digits();
}

bool DmtEkycForm::consentGiven() const
{
    return m_consent->isChecked();
}

bool DmtEkycForm::showError(const dmt::FieldError& error)
{
    if (error.field == dmt::DmtField::Aadhaar) {
        FormKit::showMessage(m_aadhaarError, error.message);
        m_aadhaar->setFocus();
        return true;
    }
    if (error.field == dmt::DmtField::Consent) {
        const bool aadhaarFirst = !m_aadhaarError->text().isEmpty(); // the Aadhaar's problem keeps the focus
        FormKit::showMessage(m_consentError, error.message);
        if (!aadhaarFirst) {
            m_consent->setFocus();
        }
        return true;
    }
    return false;
}

void DmtEkycForm::clearErrors()
{
    FormKit::clearMessage(m_aadhaarError);
    FormKit::clearMessage(m_consentError);
}

void DmtEkycForm::clear()
{
    m_aadhaar->clearDigits();
    m_consent->setChecked(false);
    clearErrors();
}

void DmtEkycForm::focusFirstField()
{
    m_aadhaar->setFocus();
}

void DmtEkycForm::focusCapture()
{
    m_captureButton->setFocus();
}

void DmtEkycForm::setCaptureEnabled(bool enabled)
{
    m_captureButton->setEnabled(enabled);
}

} // namespace saathi::ui
