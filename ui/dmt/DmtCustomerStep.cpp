// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/dmt/DmtCustomerStep.h"

#include "core/device/DeviceTypes.h"
#include "core/device/FingerCapture.h"
#include "core/eko/AepsOperations.h"
#include "ui/dmt/DmtOtpWidget.h"
#include "ui/dmt/DmtRegistrationForm.h"
#include "ui/form/FormKit.h"
#include "ui/widgets/AadhaarLineEdit.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace saathi::ui {

using dmt::CustomerStage;
using dmt::DmtReply;
using dmt::Rail;

DmtCustomerStep::DmtCustomerStep(CounterServices& services, dmt::DmtService& dmt, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_dmt(dmt)
{
    setObjectName(QStringLiteral("dmtCustomerStep"));
    FormKit::enlarge(this);
    if (m_services.device) {
        m_capture = new device::FingerCapture(*m_services.device, this);
        connect(m_capture, &device::FingerCapture::progress, this,
                [this](const QString& text) { m_progress->setText(text); });
        connect(m_capture, &device::FingerCapture::finished, this, &DmtCustomerStep::onCaptured);
    }
    m_title = FormKit::titleLabel(this, QStringLiteral("customerTitleLabel"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildLookup());
    m_register = new DmtRegistrationForm(dmt.rail(), this);
    m_stack->addWidget(m_register);
    connect(m_register, &DmtRegistrationForm::submitRequested, this, &DmtCustomerStep::submitRegistration);
    m_stack->addWidget(buildEkyc());
    m_otp = new DmtOtpWidget(QStringLiteral("customerOtp"), *m_services.clock, this);
    m_stack->addWidget(m_otp);
    connect(m_otp, &DmtOtpWidget::submitted, this, &DmtCustomerStep::submitOtp);
    connect(m_otp, &DmtOtpWidget::resendRequested, this, &DmtCustomerStep::resendOtp);

    m_formError = FormKit::errorLabel(this, QStringLiteral("customerFormErrorLabel"));
    m_progress = FormKit::textLabel(this, QStringLiteral("customerProgressLabel"));
    m_progress->hide();
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("customerCancelButton"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, [this]() {
        if (m_job) {
            m_job->cancel();
        }
        if (m_capturing && m_capture) {
            m_capture->cancel();
        }
    });
    m_backButton = new QPushButton(this);
    m_backButton->setObjectName(QStringLiteral("customerBackButton"));
    m_backButton->setFocusPolicy(Qt::NoFocus);
    connect(m_backButton, &QPushButton::clicked, this, [this]() {
        if (isBusy()) {
            return;
        }
        if (view() == View::Lookup) {
            Q_EMIT backRequested();
        } else {
            setView(View::Lookup);
        }
    });

    auto* progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_formError);
    layout->addLayout(progress);
    layout->addWidget(m_backButton, 0, Qt::AlignLeft);
    retranslate();
    setView(View::Lookup);
}

DmtCustomerStep::~DmtCustomerStep() = default;

QWidget* DmtCustomerStep::buildLookup()
{
    auto* page = new QWidget(this);
    m_mobile = new QLineEdit(page);
    m_mobile->setObjectName(QStringLiteral("customerMobileLineEdit"));
    m_mobile->setMaxLength(14);
    m_mobile->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_mobileError = FormKit::errorLabel(page, QStringLiteral("customerMobileErrorLabel"));
    m_lookupButton = new QPushButton(page);
    m_lookupButton->setObjectName(QStringLiteral("lookupButton"));
    connect(m_lookupButton, &QPushButton::clicked, this, &DmtCustomerStep::lookUp);
    connect(m_mobile, &QLineEdit::textEdited, this, [this]() { m_infoBox->hide(); });

    m_infoBox = new QWidget(page);
    m_nameInfo = FormKit::textLabel(m_infoBox, QStringLiteral("customerNameLabel"));
    QFont bold = m_nameInfo->font();
    bold.setBold(true);
    m_nameInfo->setFont(bold);
    m_stateInfo = FormKit::textLabel(m_infoBox, QStringLiteral("customerStateLabel"));
    m_limitInfo = FormKit::textLabel(m_infoBox, QStringLiteral("customerLimitLabel"));
    m_continueButton = new QPushButton(m_infoBox);
    m_continueButton->setObjectName(QStringLiteral("customerContinueButton"));
    connect(m_continueButton, &QPushButton::clicked, this, [this]() {
        if (m_customer.canSend()) {
            Q_EMIT customerReady(m_customer);
        }
    });
    auto* info = new QVBoxLayout(m_infoBox);
    info->setContentsMargins(0, 8, 0, 0);
    info->addWidget(m_nameInfo);
    info->addWidget(m_stateInfo);
    info->addWidget(m_limitInfo);
    info->addWidget(m_continueButton, 0, Qt::AlignLeft);
    m_infoBox->hide();

    auto* row = new QHBoxLayout;
    row->addWidget(m_mobile, 1);
    row->addWidget(m_lookupButton);
    auto* box = new QVBoxLayout;
    box->setSpacing(2);
    box->addLayout(row);
    box->addWidget(m_mobileError);
    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("Customer &mobile"), page);
    label->setBuddy(m_mobile);
    form->addRow(label, box);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_infoBox);
    layout->addStretch();
    setTabOrder(m_mobile, m_lookupButton);
    setTabOrder(m_lookupButton, m_continueButton);
    return page;
}

QWidget* DmtCustomerStep::buildEkyc()
{
    auto* page = new QWidget(this);
    m_ekycIntro = FormKit::textLabel(page, QStringLiteral("ekycIntroLabel"));
    m_aadhaar = new AadhaarLineEdit(page);
    m_aadhaar->setObjectName(QStringLiteral("aadhaarLineEdit"));
    m_aadhaar->setAcceptVid(false); // the sender eKYC takes the Aadhaar number itself
    m_aadhaarError = FormKit::errorLabel(page, QStringLiteral("aadhaarErrorLabel"));
    connect(m_aadhaar, &AadhaarLineEdit::liveMessageChanged, this,
            [this](const QString& message) { FormKit::showMessage(m_aadhaarError, message); });
    m_consentText = FormKit::textLabel(page, QStringLiteral("ekycConsentTextLabel"));
    m_consent = new QCheckBox(page);
    m_consent->setObjectName(QStringLiteral("ekycConsentCheckBox"));
    m_consentError = FormKit::errorLabel(page, QStringLiteral("ekycConsentErrorLabel"));
    connect(m_consent, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            FormKit::clearMessage(m_consentError);
        }
    });
    m_captureButton = new QPushButton(page);
    m_captureButton->setObjectName(QStringLiteral("ekycCaptureButton"));
    connect(m_captureButton, &QPushButton::clicked, this, &DmtCustomerStep::startEkyc);

    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Aadhaar number"), page);
    label->setBuddy(m_aadhaar);
    form->addRow(label, FormKit::fieldBox(m_aadhaar, m_aadhaarError));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_ekycIntro);
    layout->addLayout(form);
    layout->addWidget(m_consentText);
    layout->addWidget(m_consent);
    layout->addWidget(m_consentError);
    layout->addWidget(m_captureButton, 0, Qt::AlignLeft);
    layout->addStretch();
    setTabOrder(m_aadhaar, m_consent);
    setTabOrder(m_consent, m_captureButton);
    return page;
}

void DmtCustomerStep::retranslate()
{
    m_title->setText(tr("Money transfer — the customer"));
    m_mobile->setPlaceholderText(tr("10-digit mobile number"));
    m_lookupButton->setText(tr("&Look up"));
    m_continueButton->setText(tr("&Continue to recipients"));
    m_ekycIntro->setText(tr("Before the first transfer, the customer verifies with Aadhaar and a fingerprint. Eko "
                            "then sends an OTP to the customer's mobile."));
    m_consentText->setText(tr("I agree that my Aadhaar number and fingerprint are used to verify my identity with "
                              "UIDAI for money transfer through Eko."));
    m_consent->setText(tr("The customer has heard this and &agrees"));
    m_captureButton->setText(tr("Capture &finger && send OTP"));
    m_cancelButton->setText(tr("Cancel"));
    m_backButton->setText(tr("← Back (Esc)"));
    m_otp->setSubmitText(tr("&Verify OTP"));
    if (m_infoBox->isVisible()) {
        showCustomer();
    }
}

void DmtCustomerStep::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

DmtCustomerStep::View DmtCustomerStep::view() const
{
    return static_cast<View>(m_stack->currentIndex());
}

void DmtCustomerStep::setView(View v)
{
    m_stack->setCurrentIndex(static_cast<int>(v));
    FormKit::clearMessage(m_formError);
    focusFirstField();
}

void DmtCustomerStep::focusFirstField()
{
    switch (view()) {
    case View::Lookup:
        (m_infoBox->isVisible() && m_customer.canSend() ? static_cast<QWidget*>(m_continueButton) : m_mobile)
            ->setFocus();
        break;
    case View::Register:
        m_register->focusFirstField();
        break;
    case View::Ekyc:
        m_aadhaar->setFocus();
        break;
    case View::Otp:
        m_otp->focusField();
        break;
    }
}

void DmtCustomerStep::reset()
{
    if (m_job) {
        m_job->cancel();
    }
    if (m_capturing && m_capture) {
        m_capture->cancel();
    }
    m_customer = {};
    m_ticket = {};
    m_mobile->clear();
    m_register->clear();
    m_aadhaar->clearDigits();
    m_consent->setChecked(false);
    m_otp->reset();
    m_infoBox->hide();
    clearErrors();
    setIdle();
    setView(View::Lookup);
}

void DmtCustomerStep::clearErrors()
{
    m_register->clearErrors();
    for (QLabel* l : {m_mobileError, m_aadhaarError, m_consentError, m_formError}) {
        FormKit::clearMessage(l);
    }
    m_otp->clearError();
}

void DmtCustomerStep::showError(const Error& error)
{
    const QString field = dmt::fieldOf(error);
    QLabel* label = m_formError;
    QWidget* widget = nullptr;
    if (field == QLatin1String("customer_mobile") || field == QLatin1String("mobile")) {
        setView(View::Lookup);
        label = m_mobileError;
        widget = m_mobile;
    } else if (m_register->showError(error)) {
        return;
    } else if (field == QLatin1String("aadhaar") || field == QLatin1String("aadhar")) {
        label = m_aadhaarError;
        widget = m_aadhaar;
    } else if (field == QLatin1String("otp") && view() == View::Otp) {
        m_otp->showError(error.userMessage);
        return;
    }
    FormKit::showMessage(label,
                         error.userMessage.isEmpty() ? tr("Something went wrong. Try again.") : error.userMessage);
    if (widget) {
        widget->setFocus();
    }
}

void DmtCustomerStep::setBusy(const QString& text)
{
    m_progress->setText(text);
    m_progress->show();
    m_cancelButton->show();
    for (QWidget* w : std::initializer_list<QWidget*> {m_lookupButton, m_continueButton, m_captureButton}) {
        w->setEnabled(false);
    }
    m_register->setSubmitEnabled(false);
    m_otp->setBusy(true);
}

void DmtCustomerStep::setIdle()
{
    m_progress->hide();
    m_cancelButton->hide();
    for (QWidget* w : std::initializer_list<QWidget*> {m_lookupButton, m_continueButton, m_captureButton}) {
        w->setEnabled(true);
    }
    m_register->setSubmitEnabled(true);
    m_otp->setBusy(false);
}

template<typename Fn>
void DmtCustomerStep::run(dmt::DmtJob* job, Fn onReply)
{
    m_job = job;
    connect(job, &dmt::DmtJob::finished, this, [this, onReply](const DmtReply& reply) {
        m_job = nullptr;
        setIdle();
        onReply(reply);
    });
}

void DmtCustomerStep::lookUp()
{
    if (isBusy()) {
        return;
    }
    clearErrors();
    m_infoBox->hide();
    const Error input = dmt::DmtService::checkMobile(m_mobile->text());
    if (!input.isNull()) {
        showError(input); // the 9-digit mobile: said at the field, nothing sent
        return;
    }
    setBusy(tr("Looking up the customer…"));
    run(m_dmt.lookupCustomer(m_mobile->text()), [this](const DmtReply& reply) { onLookedUp(reply); });
}

void DmtCustomerStep::onLookedUp(const DmtReply& reply)
{
    if (!reply.ok) {
        showError(reply.error);
        return;
    }
    m_customer = reply.customer;
    if (m_customer.mobile.isEmpty()) {
        m_customer.mobile = m_mobile->text().trimmed();
    }
    switch (m_customer.stage) {
    case CustomerStage::NotRegistered:
        setView(View::Register);
        return;
    case CustomerStage::OtpPending:
        // Registered, the mobile not verified yet: a fresh OTP to verify it now.
        setView(View::Otp);
        resendOtp();
        return;
    case CustomerStage::EkycPending:
        setView(View::Ekyc);
        return;
    case CustomerStage::Verified:
    case CustomerStage::FullKyc:
        setView(View::Lookup);
        showCustomer();
        m_continueButton->setFocus();
        return;
    }
}

void DmtCustomerStep::showCustomer()
{
    m_nameInfo->setText(m_customer.name.isEmpty() ? m_customer.mobile : m_customer.name);
    QString level;
    switch (m_customer.stage) {
    case CustomerStage::FullKyc:
        level = tr("Full KYC");
        break;
    case CustomerStage::Verified:
        level = m_dmt.rail() == Rail::Fino ? tr("Sender eKYC done") : tr("Non-KYC (mobile verified)");
        break;
    default:
        level = tr("Not ready to send");
        break;
    }
    m_stateInfo->setText(m_customer.stateText.isEmpty() ? level : tr("%1 — %2").arg(level, m_customer.stateText));
    m_limitInfo->setText(m_customer.hasLimits ? tr("Monthly limit: %1 left of %2 this month")
                                                    .arg(FormKit::rupees(m_customer.remainingThisMonth),
                                                         FormKit::rupees(m_customer.monthlyLimit))
                                              : tr("Monthly limit: not given by Eko"));
    m_continueButton->setVisible(m_customer.canSend());
    m_infoBox->show();
}

void DmtCustomerStep::submitRegistration()
{
    if (isBusy()) {
        return;
    }
    clearErrors();
    const dmt::CustomerRegistration r = m_register->registration(m_mobile->text());
    if (const Error input = dmt::DmtService::checkRegistration(r); !input.isNull()) {
        showError(input);
        return;
    }
    setBusy(tr("Registering the customer with Eko…"));
    run(m_dmt.registerCustomer(r), [this](const DmtReply& reply) {
        if (!reply.ok) {
            showError(reply.error);
            return;
        }
        m_customer = reply.customer;
        m_customer.mobile = m_mobile->text().trimmed();
        if (m_dmt.rail() == Rail::Fino) {
            setView(View::Ekyc); // onboarded; the sender eKYC comes next
            return;
        }
        m_ticket = reply.otp;
        m_otp->setPrompt(tr("Eko sent an OTP to %1. Ask the customer for it.").arg(m_customer.mobile));
        m_otp->otpSent();
        setView(View::Otp);
    });
}

void DmtCustomerStep::startEkyc()
{
    if (isBusy()) {
        return;
    }
    clearErrors();
    bool bad = false;
    if (const ValidationResult check = m_aadhaar->check(); !check.valid) {
        FormKit::showMessage(m_aadhaarError, check.message);
        m_aadhaar->setFocus();
        bad = true;
    }
    if (!m_consent->isChecked()) {
        FormKit::showMessage(m_consentError, tr("Read the consent to the customer and tick it when they agree."));
        if (!bad) {
            m_consent->setFocus();
        }
        bad = true;
    }
    if (bad) {
        return;
    }
    if (!m_capture) {
        FormKit::showMessage(m_formError, tr("No fingerprint device is set up on this counter."));
        return;
    }
    device::CaptureOptions options;
    options.wadh = eko::AepsOperations::ekycWadh(); // the sender eKYC is an eKYC: UIDAI's KYC wadh
    m_capturing = true;
    setBusy(tr("Ask the customer to place a finger on the device…"));
    m_capture->start(options);
}

void DmtCustomerStep::onCaptured(const device::CaptureResult& result)
{
    m_capturing = false;
    setIdle();
    if (!result.ok()) {
        FormKit::showMessage(m_formError, result.error.userMessage);
        m_captureButton->setFocus();
        return;
    }
    setBusy(tr("Sending the eKYC to Eko…"));
    run(m_dmt.senderEkyc(m_customer.mobile, m_aadhaar->digits(), result.pid.pidXml), [this](const DmtReply& reply) {
        if (!reply.ok) {
            showError(reply.error);
            return;
        }
        m_ticket = reply.otp;
        m_otp->setPrompt(tr("Eko sent an OTP to %1 for the eKYC. Ask the customer for it.").arg(m_customer.mobile));
        m_otp->otpSent();
        setView(View::Otp);
    });
}

void DmtCustomerStep::submitOtp(const QString& otp)
{
    if (isBusy()) {
        return;
    }
    if (const Error input = dmt::DmtService::checkOtp(otp); !input.isNull()) {
        m_otp->showError(input.userMessage);
        return;
    }
    setBusy(tr("Verifying the OTP…"));
    const auto onVerified = [this](const DmtReply& reply) {
        if (!reply.ok) {
            showError(reply.error);
            return;
        }
        // Verified: read the customer again for the fresh KYC level and limits.
        setBusy(tr("Looking up the customer…"));
        run(m_dmt.lookupCustomer(m_customer.mobile), [this](const DmtReply& r) { onLookedUp(r); });
    };
    if (m_dmt.rail() == Rail::Fino) {
        run(m_dmt.verifySenderEkyc(m_customer.mobile, m_ticket, otp), onVerified);
    } else {
        run(m_dmt.verifyCustomerOtp(m_customer.mobile, otp, m_ticket.otpRefId), onVerified);
    }
}

void DmtCustomerStep::resendOtp()
{
    if (isBusy()) {
        return;
    }
    m_otp->clearError();
    if (m_dmt.rail() == Rail::Fino) {
        // DMT-Fino sends the eKYC OTP only with a new capture; the Aadhaar typed is kept.
        setView(View::Ekyc);
        FormKit::showMessage(m_formError, tr("To send a new OTP, capture the customer's finger again."));
        m_captureButton->setFocus();
        return;
    }
    setBusy(tr("Sending a new OTP…"));
    run(m_dmt.resendCustomerOtp(m_customer.mobile), [this](const DmtReply& reply) {
        if (!reply.ok) {
            m_otp->showError(reply.error.userMessage);
            return;
        }
        if (!reply.otp.otpRefId.isEmpty()) {
            m_ticket = reply.otp;
        }
        m_otp->setPrompt(tr("Eko sent a new OTP to %1. Ask the customer for it.").arg(m_customer.mobile));
        m_otp->otpSent();
        m_otp->focusField();
    });
}

void DmtCustomerStep::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key == Qt::Key_Escape) {
        if (isBusy()) {
            m_cancelButton->click();
        } else {
            m_backButton->click();
        }
        return;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        if (isBusy()) {
            return;
        }
        if (auto* button = qobject_cast<QPushButton*>(focusWidget()); button && button->isEnabled()) {
            button->click();
            return;
        }
        switch (view()) {
        case View::Lookup:
            if (m_infoBox->isVisible() && m_customer.canSend() && !m_mobile->hasFocus()) {
                m_continueButton->click();
            } else {
                lookUp();
            }
            break;
        case View::Register:
            break; // the form handles its own Enter
        case View::Ekyc:
            if (focusWidget() == m_consent && !m_consent->isChecked()) {
                m_consent->setChecked(true);
            } else if (m_consent->isChecked()) {
                startEkyc();
            } else {
                focusNextChild();
            }
            break;
        case View::Otp:
            break; // the OTP field submits on its own
        }
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace saathi::ui
