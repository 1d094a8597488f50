// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/onboarding/OnboardingWizard.h"

#include "ui/onboarding/ActivationPage.h"
#include "ui/onboarding/AgentDetailsPage.h"
#include "ui/onboarding/ServiceStatusPage.h"

#include <QEvent>

namespace saathi::ui {

OnboardingWizard::OnboardingWizard(eko::EkoClient& client, QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("onboardingWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    m_details = new AgentDetailsPage(client, this);
    m_activation = new ActivationPage(client, this);
    m_status = new ServiceStatusPage(client, this);
    setPage(DetailsPageId, m_details);
    setPage(ActivationPageId, m_activation);
    setPage(StatusPageId, m_status);
    connect(m_details, &AgentDetailsPage::userCodeReceived, this, &OnboardingWizard::userCodeReceived);
    connect(m_activation, &ActivationPage::activationSubmitted, this, &OnboardingWizard::activationSubmitted);
    retranslate();
}

QString OnboardingWizard::userCode() const
{
    return m_details->userCode();
}

void OnboardingWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizard::changeEvent(event);
}

void OnboardingWizard::retranslate()
{
    setWindowTitle(tr("Onboard an agent with Eko"));
}

} // namespace saathi::ui
