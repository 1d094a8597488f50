// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/onboarding/OnboardingWizard.h"

#include "core/setup/OnboardingService.h"
#include "ui/form/PageKeys.h"
#include "ui/form/WizardKit.h"
#include "ui/onboarding/ActivationPage.h"
#include "ui/onboarding/AgentDetailsPage.h"
#include "ui/onboarding/ServiceStatusPage.h"

#include <QAbstractButton>
#include <QEvent>

namespace saathi::ui {

OnboardingWizard::OnboardingWizard(setup::OnboardingService& service, QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("onboardingWizard"));
    WizardKit::followLanguage(this);
    WizardKit::buttonsAfterPage(this);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    m_details = new AgentDetailsPage(service, this);
    m_activation = new ActivationPage(service, this);
    m_status = new ServiceStatusPage(service, this);
    setPage(DetailsPageId, m_details);
    setPage(ActivationPageId, m_activation);
    setPage(StatusPageId, m_status);
    connect(m_details, &AgentDetailsPage::userCodeReceived, this, &OnboardingWizard::userCodeReceived);
    connect(m_activation, &ActivationPage::activationSubmitted, this, &OnboardingWizard::activationSubmitted);
    // Esc steps back; from the first page it leaves, as Cancel does. Enter stays QWizard's (Next or Finish).
    PageKeys::install(this,
                      {[this] {
                           QAbstractButton* backButton = button(QWizard::BackButton);
                           if (backButton && backButton->isVisible() && backButton->isEnabled()) {
                               back();
                           } else {
                               reject();
                           }
                       },
                       {},
                       [this] { return !m_details->isComplete() || !m_activation->isComplete(); }, // a request is out,
                       {}});
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
