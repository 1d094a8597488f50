// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/agent/EkycWizardPages.h"

#include "core/agent/EkycFlow.h"
#include "ui/agent/AgentFields.h"
#include "ui/form/FormKit.h"
#include "ui/form/PageKeys.h"
#include "ui/form/Theme.h"
#include "ui/widgets/AadhaarLineEdit.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace saathi::ui {

EkycStepPage::EkycStepPage(agent::EkycFlow& flow, QWidget* parent)
    : QWizardPage(parent)
    , m_flow(flow)
{
    new QVBoxLayout(this);
    setMaximumWidth(FormKit::kFormMaxWidth); // one readable column (left in the wizard), not the screen's width
}

QLabel* EkycStepPage::addStatus()
{
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("progressLabel"));
    m_progress->setWordWrap(true);
    m_error = FormKit::textLabel(this, QStringLiteral("errorLabel"));
    Theme::setTone(m_error, Tone::Error);
    layout()->addWidget(m_progress);
    layout()->addWidget(m_error);
    return m_progress;
}

void EkycStepPage::showProgress(const QString& text)
{
    m_progressText = nullptr;
    m_progress->setText(text);
    m_error->clear();
}

void EkycStepPage::showProgress(std::function<QString()> text)
{
    m_progressText = std::move(text);
    m_progress->setText(m_progressText ? m_progressText() : QString());
    m_error->clear();
}

void EkycStepPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void EkycStepPage::retranslate()
{
    if (m_progressText && m_progress) {
        m_progress->setText(m_progressText());
    }
}

void EkycStepPage::showError(const Error& error)
{
    m_progressText = nullptr;
    m_progress->clear();
    m_error->setText(error.userMessage);
}

void EkycStepPage::setBusy(bool busy)
{
    for (QWidget* input : std::as_const(m_inputs)) {
        input->setEnabled(!busy);
    }
    if (!busy) {
        Q_EMIT completeChanged();
    }
}

EkycDetailsPage::EkycDetailsPage(agent::EkycFlow& flow, AgentFields* fields, const QString& agentMobile,
                                 QWidget* parent)
    : EkycStepPage(flow, parent)
    , m_fields(fields)
    , m_agentMobile(agentMobile)
{
    setObjectName(QStringLiteral("ekycDetailsPage"));
    fields->setParent(this);
    layout()->addWidget(fields);
    m_resumeNote = new QLabel(this);
    m_resumeNote->setObjectName(QStringLiteral("resumeNoteLabel"));
    m_resumeNote->setWordWrap(true);
    layout()->addWidget(m_resumeNote);
    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("sendOtpButton"));
    layout()->addWidget(m_send);
    addStatus();
    m_inputs = {fields, m_send};
    connect(m_send, &QPushButton::clicked, this, &EkycDetailsPage::sendOtpClicked);
    // Enter in a field sends the OTP, as Enter verifies it on the next page; swallowed while the bank answers.
    PageKeys::install(this, {{}, [this] { Q_EMIT sendOtpClicked(); }, [this] { return m_flow.isBusy(); }, {}});
    connect(fields, &AgentFields::edited, this, &EkycDetailsPage::completeChanged);
    retranslate();
}

void EkycDetailsPage::retranslate()
{
    setTitle(tr("One-time eKYC: your details"));
    setSubTitle(tr("The bank sends an OTP to your registered mobile %1.").arg(m_agentMobile));
    m_send->setText(tr("Send OTP"));
    initializePage(); // the resume note
    EkycStepPage::retranslate();
}

void EkycDetailsPage::initializePage()
{
    const auto step = m_flow.step();
    m_resumeNote->setText(step == agent::EkycStep::NotStarted
                              ? QString()
                              : tr("You started eKYC earlier. Enter your Aadhaar number again and press Next to "
                                   "continue, or send a new OTP."));
}

bool EkycDetailsPage::isComplete() const
{
    return m_flow.step() != agent::EkycStep::NotStarted && m_fields->aadhaarEdit()->isValidNumber() && !m_flow.isBusy();
}

int EkycDetailsPage::nextId() const
{
    return m_flow.step() == agent::EkycStep::OtpVerified ? 2 : 1;
}

void EkycDetailsPage::showError(const Error& error)
{
    if (m_fields->showFieldError(error)) {
        m_progress->clear();
        return;
    }
    EkycStepPage::showError(error);
}

EkycOtpPage::EkycOtpPage(agent::EkycFlow& flow, QWidget* parent)
    : EkycStepPage(flow, parent)
{
    setObjectName(QStringLiteral("ekycOtpPage"));
    m_otp = new QLineEdit(this);
    m_otp->setObjectName(QStringLiteral("otpLineEdit"));
    m_otp->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), m_otp));
    m_verify = new QPushButton(this);
    m_verify->setObjectName(QStringLiteral("verifyOtpButton"));
    m_resend = new QPushButton(this);
    m_resend->setObjectName(QStringLiteral("resendOtpButton"));
    m_otpLabel = FormKit::fieldLabel(m_otp, QStringLiteral("otpLabel"));
    layout()->addWidget(m_otpLabel);
    layout()->addWidget(m_otp);
    layout()->addWidget(m_verify);
    layout()->addWidget(m_resend);
    addStatus();
    m_inputs = {m_otp, m_verify, m_resend};
    connect(m_verify, &QPushButton::clicked, this, &EkycOtpPage::verifyClicked);
    // Enter verifies the OTP (consumed here: the wizard's buttons never see it); swallowed while the bank checks.
    PageKeys::install(this, {{}, [this] { Q_EMIT verifyClicked(); }, [this] { return m_flow.isBusy(); }, {}});
    connect(m_resend, &QPushButton::clicked, this, &EkycOtpPage::resendClicked);
    retranslate();
}

void EkycOtpPage::retranslate()
{
    setTitle(tr("One-time eKYC: OTP"));
    setSubTitle(tr("Enter the OTP the bank sent to your mobile."));
    m_otpLabel->setText(tr("&OTP"));
    m_verify->setText(tr("Verify OTP"));
    m_resend->setText(tr("Send a new OTP"));
    EkycStepPage::retranslate();
}

bool EkycOtpPage::isComplete() const
{
    return m_flow.step() == agent::EkycStep::OtpVerified && !m_flow.isBusy();
}

QString EkycOtpPage::otp() const
{
    return m_otp->text();
}

void EkycOtpPage::showError(const Error& error)
{
    EkycStepPage::showError(error);
    m_otp->setFocus(); // what was typed stays, so it can be corrected
}

EkycBiometricPage::EkycBiometricPage(agent::EkycFlow& flow, QWidget* parent)
    : EkycStepPage(flow, parent)
{
    setObjectName(QStringLiteral("ekycBiometricPage"));
    m_capture = new QPushButton(this);
    m_capture->setObjectName(QStringLiteral("captureButton"));
    layout()->addWidget(m_capture);
    addStatus();
    m_inputs = {m_capture};
    connect(m_capture, &QPushButton::clicked, this, &EkycBiometricPage::captureClicked);
    retranslate();
}

void EkycBiometricPage::retranslate()
{
    setTitle(tr("One-time eKYC: fingerprint"));
    setSubTitle(tr("Place your own finger on the device to finish eKYC."));
    m_capture->setText(tr("Capture fingerprint"));
    EkycStepPage::retranslate();
}

bool EkycBiometricPage::isComplete() const
{
    return m_flow.step() == agent::EkycStep::Done;
}

} // namespace saathi::ui
