// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/setup/AepsActivationFlow.h"
#include "core/setup/AgentOnboarding.h"
#include "core/setup/Choice.h"
#include "core/setup/ServiceStatus.h"
#include "core/util/Error.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace saathi::eko {
class EkoClient;
}

namespace saathi::setup {

// Onboarding a new agent on the counter's own Eko client (Settings → Onboard): the agent's details → user_code
// (set on the client at once, so every later call is for this agent), Eko's lists for the activation form, AePS
// activation with documents, and the services' status. The same checks and answers as the go-live flows
// (AgentOnboarding, AepsActivationFlow); every answer comes as a signal, never from inside the call.
class OnboardingService : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        Error error; // the last list stays on screen when set
        QList<ServiceStatus> services;
    };

    explicit OnboardingService(eko::EkoClient& client, QObject* parent = nullptr);

    QString userCode() const { return m_userCode; }
    bool isBusy() const { return m_onboarding || m_activating; }

    void onboard(const OnboardingForm& form); // → onboarded
    void loadLists(); // → listsLoaded (states and shop types)
    void activate(ActivationForm form); // → activated; the form's Aadhaar is wiped
    void checkServices(); // → servicesChecked

Q_SIGNALS:
    void onboarded(const saathi::setup::AgentOnboarding::Result& result);
    void listsLoaded(const QList<saathi::setup::Choice>& states, const QList<saathi::setup::Choice>& shopTypes,
                     const saathi::Error& error);
    void activated(const saathi::setup::AepsActivationFlow::Submission& submission);
    void servicesChecked(const saathi::setup::OnboardingService::Services& services);

private:
    QPointer<eko::EkoClient> m_client;
    QString m_userCode;
    bool m_onboarding = false;
    bool m_activating = false;
    int m_listsPending = 0;
    QList<Choice> m_states;
    QList<Choice> m_shopTypes;
    Error m_listError;
};

} // namespace saathi::setup

Q_DECLARE_METATYPE(saathi::setup::OnboardingService::Services)
