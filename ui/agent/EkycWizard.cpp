// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/agent/EkycWizard.h"

#include "core/agent/EkycFlow.h"
#include "core/counter/CounterServices.h"
#include "ui/agent/AgentFields.h"
#include "ui/agent/EkycWizardPages.h"
#include "ui/form/WizardKit.h"
#include "ui/training/HintLine.h"

#include <QBoxLayout>

namespace saathi::ui {

EkycWizard::EkycWizard(CounterServices& services, agent::AgentSession& session, QWidget* parent)
    : QWizard(parent)
    , m_services(services)
    , m_flow(new agent::EkycFlow(services, session, this))
{
    setObjectName(QStringLiteral("ekycWizard"));
    WizardKit::embed(this); // Enter in a field runs that page's own step, never Back or Cancel

    m_fields = new AgentFields(true, this);
    m_details = new EkycDetailsPage(*m_flow, m_fields, services.identity.agentMobile, this);
    m_otp = new EkycOtpPage(*m_flow, this);
    m_biometric = new EkycBiometricPage(*m_flow, this);
    setPage(0, m_details);
    setPage(1, m_otp);
    setPage(2, m_biometric);
    // Training's hint on top of each step (hidden elsewhere).
    for (const auto& [page, step] : {std::pair<QWizardPage*, training::Step> {m_details, training::Step::EkycDetails},
                                     {m_otp, training::Step::EkycOtp},
                                     {m_biometric, training::Step::EkycFinger}}) {
        qobject_cast<QBoxLayout*>(page->layout())->insertWidget(0, new HintLine(services, step, page));
    }

    const auto identity = [this] { return m_fields->identity(m_services.identity.agentMobile); };
    connect(m_details, &EkycDetailsPage::sendOtpClicked, this, [this, identity] { m_flow->sendOtp(identity()); });
    connect(m_otp, &EkycOtpPage::resendClicked, this, [this, identity] { m_flow->sendOtp(identity()); });
    connect(m_otp, &EkycOtpPage::verifyClicked, this,
            [this, identity] { m_flow->verifyOtp(identity(), m_otp->otp()); });
    connect(m_biometric, &EkycBiometricPage::captureClicked, this,
            [this, identity] { m_flow->captureAndSubmit(identity()); });

    connect(m_flow, &agent::EkycFlow::progress, this, [this](const QString& text) {
        if (auto* page = currentStepPage()) {
            page->showProgress(text);
        }
    });
    connect(m_flow, &agent::EkycFlow::failed, this, [this](const Error& error) {
        if (auto* page = currentStepPage()) {
            page->showError(error);
        }
    });
    connect(m_flow, &agent::EkycFlow::busyChanged, this, [this](bool busy) {
        for (auto* page : {static_cast<EkycStepPage*>(m_details), static_cast<EkycStepPage*>(m_otp),
                           static_cast<EkycStepPage*>(m_biometric)}) {
            page->setBusy(busy);
        }
    });
    connect(m_flow, &agent::EkycFlow::stepChanged, this, &EkycWizard::onStepChanged);
}

EkycStepPage* EkycWizard::currentStepPage() const
{
    return qobject_cast<EkycStepPage*>(currentPage());
}

void EkycWizard::onStepChanged()
{
    for (auto* page : {static_cast<EkycStepPage*>(m_details), static_cast<EkycStepPage*>(m_otp),
                       static_cast<EkycStepPage*>(m_biometric)}) {
        Q_EMIT page->completeChanged();
    }
    const auto step = m_flow->step();
    if (step == agent::EkycStep::Done) {
        if (auto* page = currentStepPage()) {
            page->showProgress([] { return tr("eKYC is complete. Next: today's biometric login."); });
        }
        return;
    }
    // The step succeeded: move on to the page that needs the agent next.
    if (step == agent::EkycStep::OtpSent) {
        if (currentId() == 0) {
            next();
        } else if (m_otp == currentPage()) {
            m_otp->showProgress([] { return tr("A new OTP was sent."); });
        }
    } else if (step == agent::EkycStep::OtpVerified && currentId() == 1) {
        next();
    }
}

void EkycWizard::restartWizard()
{
    restart();
}

void EkycWizard::done(int result)
{
    if (result == QDialog::Accepted && m_flow->step() == agent::EkycStep::Done) {
        Q_EMIT completed();
    } else {
        m_flow->cancel();
        Q_EMIT closeRequested();
    }
}

} // namespace saathi::ui
