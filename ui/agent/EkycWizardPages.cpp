// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "agent/EkycWizardPages.h"

#include "agent/AgentFields.h"
#include "agent/EkycFlow.h"
#include "widgets/AadhaarLineEdit.h"

#include <QKeyEvent>
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
}

QLabel* EkycStepPage::addStatus()
{
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("progressLabel"));
    m_progress->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    layout()->addWidget(m_progress);
    layout()->addWidget(m_error);
    return m_progress;
}

void EkycStepPage::showProgress(const QString& text)
{
    m_progress->setText(text);
    m_error->clear();
}

void EkycStepPage::showError(const Error& error)
{
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
{
    setObjectName(QStringLiteral("ekycDetailsPage"));
    setTitle(tr("One-time eKYC: your details"));
    setSubTitle(tr("The bank sends an OTP to your registered mobile %1.").arg(agentMobile));
    fields->setParent(this);
    layout()->addWidget(fields);
    m_resumeNote = new QLabel(this);
    m_resumeNote->setObjectName(QStringLiteral("resumeNoteLabel"));
    m_resumeNote->setWordWrap(true);
    layout()->addWidget(m_resumeNote);
    auto* send = new QPushButton(tr("Send OTP"), this);
    send->setObjectName(QStringLiteral("sendOtpButton"));
    layout()->addWidget(send);
    addStatus();
    m_inputs = {fields, send};
    connect(send, &QPushButton::clicked, this, &EkycDetailsPage::sendOtpClicked);
    connect(fields, &AgentFields::edited, this, &EkycDetailsPage::completeChanged);
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
    setTitle(tr("One-time eKYC: OTP"));
    setSubTitle(tr("Enter the OTP the bank sent to your mobile."));
    m_otp = new QLineEdit(this);
    m_otp->setObjectName(QStringLiteral("otpLineEdit"));
    m_otp->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), m_otp));
    auto* verify = new QPushButton(tr("Verify OTP"), this);
    verify->setObjectName(QStringLiteral("verifyOtpButton"));
    auto* resend = new QPushButton(tr("Send a new OTP"), this);
    resend->setObjectName(QStringLiteral("resendOtpButton"));
    layout()->addWidget(m_otp);
    layout()->addWidget(verify);
    layout()->addWidget(resend);
    addStatus();
    m_inputs = {m_otp, verify, resend};
    connect(verify, &QPushButton::clicked, this, &EkycOtpPage::verifyClicked);
    m_otp->installEventFilter(this);
    connect(resend, &QPushButton::clicked, this, &EkycOtpPage::resendClicked);
}

bool EkycOtpPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_otp && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            Q_EMIT verifyClicked(); // consumed here: the wizard's buttons never see it
            return true;
        }
    }
    return EkycStepPage::eventFilter(watched, event);
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
    setTitle(tr("One-time eKYC: fingerprint"));
    setSubTitle(tr("Place your own finger on the device to finish eKYC."));
    auto* capture = new QPushButton(tr("Capture fingerprint"), this);
    capture->setObjectName(QStringLiteral("captureButton"));
    layout()->addWidget(capture);
    addStatus();
    m_inputs = {capture};
    connect(capture, &QPushButton::clicked, this, &EkycBiometricPage::captureClicked);
}

bool EkycBiometricPage::isComplete() const
{
    return m_flow.step() == agent::EkycStep::Done;
}

} // namespace saathi::ui
