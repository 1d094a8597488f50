// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/dmt/DmtCustomerStep.h"

#include "ui/dmt/DmtEkycForm.h"
#include "ui/dmt/DmtOtpWidget.h"
#include "ui/dmt/DmtRegistrationForm.h"
#include "ui/form/FormKit.h"
#include "ui/form/PageKeys.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace saathi::ui {

using dmt::CustomerStage;
using dmt::DmtCustomerFlow;
using dmt::DmtField;
using dmt::Rail;
using Step = DmtCustomerFlow::Step;
using Activity = DmtCustomerFlow::Activity;

DmtCustomerStep::DmtCustomerStep(DmtCustomerFlow& flow, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_flow(flow)
{
    setObjectName(QStringLiteral("dmtCustomerStep"));
    FormKit::enlarge(this);
    m_title = FormKit::titleLabel(this, QStringLiteral("customerTitleLabel"));
    m_stack = new QStackedWidget(this);
    m_stack->setMaximumWidth(FormKit::kFormMaxWidth); // lookup, registration, eKYC, OTP: one column, not 1366 px
    m_stack->addWidget(buildLookup());
    m_register = new DmtRegistrationForm(flow.rail(), this);
    m_stack->addWidget(m_register);
    connect(m_register, &DmtRegistrationForm::submitRequested, this, [this]() {
        clearErrors();
        m_flow.registerCustomer(m_register->registration());
    });
    m_ekyc = new DmtEkycForm(this);
    m_stack->addWidget(m_ekyc);
    connect(m_ekyc, &DmtEkycForm::captureRequested, this, &DmtCustomerStep::startEkyc);
    m_otp = new DmtOtpWidget(QStringLiteral("customerOtp"), clock, this);
    m_stack->addWidget(m_otp);
    connect(m_otp, &DmtOtpWidget::submitted, this, [this](const QString& otp) {
        m_otp->clearError();
        m_flow.submitOtp(otp);
    });
    connect(m_otp, &DmtOtpWidget::resendRequested, this, [this]() {
        m_otp->clearError();
        m_flow.resendOtp();
    });

    m_formError = FormKit::errorLabel(this, QStringLiteral("customerFormErrorLabel"));
    m_progress = FormKit::textLabel(this, QStringLiteral("customerProgressLabel"));
    m_progress->hide();
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("customerCancelButton"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, [this]() { m_flow.cancel(); });
    m_backButton = new QPushButton(this);
    m_backButton->setObjectName(QStringLiteral("customerBackButton"));
    m_backButton->setFocusPolicy(Qt::NoFocus);
    connect(m_backButton, &QPushButton::clicked, this, &DmtCustomerStep::goBack);

    auto* progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_formError);
    layout->addLayout(progress);
    layout->addWidget(m_backButton, 0, Qt::AlignLeft);

    connect(&m_flow, &DmtCustomerFlow::stepChanged, this, &DmtCustomerStep::onStepChanged);
    connect(&m_flow, &DmtCustomerFlow::activityChanged, this, &DmtCustomerStep::onActivityChanged);
    connect(&m_flow, &DmtCustomerFlow::progress, m_progress, &QLabel::setText);
    connect(&m_flow, &DmtCustomerFlow::otpSent, this, &DmtCustomerStep::onOtpSent);
    connect(&m_flow, &DmtCustomerFlow::otpRejected, this,
            [this](const dmt::FieldError& error) { m_otp->showError(error.message); });
    connect(&m_flow, &DmtCustomerFlow::failed, this, &DmtCustomerStep::showError);
    PageKeys::install(
        this, {[this] { goBack(); }, [this] { proceed(); }, [this] { return isBusy(); }, [this] { m_flow.cancel(); }});
    retranslate();
    onStepChanged(m_flow.step());
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
        if (m_flow.step() == dmt::DmtCustomerFlow::Step::Ready) {
            Q_EMIT customerReady(m_flow.customer());
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
    m_mobileLabel = new QLabel(page);
    m_mobileLabel->setBuddy(m_mobile);
    form->addRow(m_mobileLabel, box);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_infoBox);
    layout->addStretch();
    setTabOrder(m_mobile, m_lookupButton);
    setTabOrder(m_lookupButton, m_continueButton);
    return page;
}

void DmtCustomerStep::retranslate()
{
    m_title->setText(tr("Money transfer — the customer"));
    m_mobile->setPlaceholderText(tr("10-digit mobile number"));
    m_mobileLabel->setText(tr("Customer &mobile"));
    m_lookupButton->setText(tr("&Look up"));
    m_continueButton->setText(tr("&Continue to recipients"));
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

void DmtCustomerStep::onStepChanged(Step step)
{
    View v = View::Lookup;
    if (step == Step::Register) {
        v = View::Register;
    } else if (step == Step::Ekyc) {
        v = View::Ekyc;
    } else if (step == Step::Otp) {
        v = View::Otp;
    }
    m_stack->setCurrentIndex(static_cast<int>(v));
    FormKit::clearMessage(m_formError);
    if (step == Step::Ready) {
        showCustomer();
    } else {
        m_infoBox->hide();
    }
    focusFirstField();
}

void DmtCustomerStep::onActivityChanged(Activity activity)
{
    const bool busy = activity != Activity::None;
    m_progress->setText(m_flow.progressText());
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_lookupButton->setEnabled(!busy);
    m_continueButton->setEnabled(!busy);
    m_ekyc->setCaptureEnabled(!busy);
    m_register->setSubmitEnabled(!busy);
    m_otp->setBusy(busy);
}

void DmtCustomerStep::onOtpSent(const QString& prompt)
{
    m_otp->setPrompt(prompt);
    m_otp->otpSent();
    m_otp->focusField();
}

void DmtCustomerStep::focusFirstField()
{
    switch (view()) {
    case View::Lookup:
        (m_infoBox->isVisible() && customer().canSend() ? static_cast<QWidget*>(m_continueButton) : m_mobile)
            ->setFocus();
        break;
    case View::Register:
        m_register->focusFirstField();
        break;
    case View::Ekyc:
        m_ekyc->focusFirstField();
        break;
    case View::Otp:
        m_otp->focusField();
        break;
    }
}

void DmtCustomerStep::reset()
{
    m_flow.reset();
    m_mobile->clear();
    m_register->clear();
    m_ekyc->clear();
    m_otp->reset();
    m_infoBox->hide();
    clearErrors();
    onActivityChanged(m_flow.activity());
    onStepChanged(m_flow.step());
}

void DmtCustomerStep::clearErrors()
{
    m_register->clearErrors();
    m_ekyc->clearErrors();
    FormKit::clearMessage(m_mobileError);
    FormKit::clearMessage(m_formError);
    m_otp->clearError();
}

void DmtCustomerStep::showError(const dmt::FieldError& error)
{
    if (error.field == DmtField::CustomerMobile) {
        FormKit::showMessage(m_mobileError, error.message);
        m_mobile->setFocus();
        return;
    }
    if (error.field == DmtField::Otp && view() == View::Otp) {
        m_otp->showError(error.message);
        return;
    }
    if (m_register->showError(error) || m_ekyc->showError(error)) {
        return;
    }
    FormKit::showMessage(m_formError, error.message.isEmpty() ? tr("Something went wrong. Try again.") : error.message);
    if (view() == View::Ekyc) {
        m_ekyc->focusCapture();
    }
}

void DmtCustomerStep::goBack()
{
    if (isBusy()) {
        return;
    }
    if (view() == View::Lookup) {
        Q_EMIT backRequested();
    } else {
        m_flow.goBack();
    }
}

void DmtCustomerStep::proceed()
{
    switch (view()) {
    case View::Lookup:
        if (m_infoBox->isVisible() && customer().canSend() && !m_mobile->hasFocus()) {
            m_continueButton->click();
        } else {
            lookUp();
        }
        break;
    case View::Register: // the forms handle their own Enter
    case View::Ekyc:
    case View::Otp: // the OTP field submits on its own
        break;
    }
}

void DmtCustomerStep::lookUp()
{
    clearErrors();
    m_infoBox->hide();
    m_flow.lookUp(m_mobile->text());
}

void DmtCustomerStep::startEkyc()
{
    clearErrors();
    m_flow.startEkyc(m_ekyc->aadhaarDigits(), m_ekyc->consentGiven());
}

void DmtCustomerStep::showCustomer()
{
    const dmt::Customer& c = customer();
    m_nameInfo->setText(c.name.isEmpty() ? c.mobile : c.name);
    QString level;
    switch (c.stage) {
    case CustomerStage::FullKyc:
        level = tr("Full KYC");
        break;
    case CustomerStage::Verified:
        level = m_flow.rail() == Rail::Fino ? tr("Sender eKYC done") : tr("Non-KYC (mobile verified)");
        break;
    default:
        level = tr("Not ready to send");
        break;
    }
    m_stateInfo->setText(c.stateText.isEmpty() ? level : Error::withEkoLine(level, c.stateText));
    m_limitInfo->setText(c.hasLimits ? tr("Monthly limit: %1 left of %2 this month")
                                           .arg(FormKit::rupees(c.remainingThisMonth), FormKit::rupees(c.monthlyLimit))
                                     : tr("Monthly limit: not given by Eko"));
    m_continueButton->setVisible(c.canSend());
    m_infoBox->show();
}

} // namespace saathi::ui
