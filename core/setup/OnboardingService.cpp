// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/setup/OnboardingService.h"

#include "core/crypto/SecureBytes.h"
#include "core/eko/EkoClient.h"
#include "core/eko/EkoJob.h"
#include "core/setup/EkoAnswers.h"

#include <QCoreApplication>
#include <QTimer>

#include <memory>

namespace saathi::setup {

namespace {
Error noClient()
{
    return Error {QStringLiteral("setup.no_client"),
                  QCoreApplication::translate("Setup", "The counter is not connected to Eko. Restart Saathi."),
                  {}};
}
} // namespace

OnboardingService::OnboardingService(eko::EkoClient& client, QObject* parent)
    : QObject(parent)
    , m_client(&client)
{
    qRegisterMetaType<AgentOnboarding::Result>();
    qRegisterMetaType<AepsActivationFlow::Submission>();
    qRegisterMetaType<Services>();
}

void OnboardingService::onboard(const OnboardingForm& form)
{
    if (m_onboarding) {
        return;
    }
    m_onboarding = true;
    const auto finish = [this](const AgentOnboarding::Result& r) {
        m_onboarding = false;
        Q_EMIT onboarded(r);
    };
    if (QMap<AgentOnboarding::Field, QString> errors = AgentOnboarding::check(form); !errors.isEmpty() || !m_client) {
        const AgentOnboarding::Result r {m_client ? Error {} : noClient(), errors, {}};
        QTimer::singleShot(0, this, [finish, r] { finish(r); });
        return;
    }
    eko::AgentOperations ops(*m_client);
    connect(ops.onboard(AgentOnboarding::toEko(form)), &eko::EkoJob::finished, this,
            [this, finish](const eko::EkoResponse& response) {
                const AgentOnboarding::Result r = answers::onboarded(response);
                if (r.ok() && m_client) {
                    m_userCode = r.userCode;
                    // From here on every call is for this agent.
                    eko::EkoConfig config = m_client->config();
                    config.credentials.userCode = r.userCode;
                    m_client->setConfig(config);
                }
                finish(r);
            });
}

void OnboardingService::loadLists()
{
    if (m_listsPending > 0) {
        return;
    }
    if (!m_client) {
        QTimer::singleShot(0, this, [this] { Q_EMIT listsLoaded({}, {}, noClient()); });
        return;
    }
    m_listsPending = 2;
    m_listError = {};
    const auto take = [this](QList<Choice>* into) {
        return [this, into](const eko::EkoResponse& r) {
            if (r.outcome == eko::Outcome::Success) {
                *into = eko::AgentOperations::parseList(r.envelope);
            } else {
                m_listError = r.error;
            }
            if (--m_listsPending == 0) {
                Q_EMIT listsLoaded(m_states, m_shopTypes, m_listError);
            }
        };
    };
    eko::AgentOperations ops(*m_client);
    connect(ops.states(), &eko::EkoJob::finished, this, take(&m_states));
    connect(ops.mccCategories(), &eko::EkoJob::finished, this, take(&m_shopTypes));
}

void OnboardingService::activate(ActivationForm form)
{
    if (m_activating) {
        secureWipe(form.aadhaar);
        return;
    }
    m_activating = true;
    const auto finish = [this](const AepsActivationFlow::Submission& s) {
        m_activating = false;
        Q_EMIT activated(s);
    };
    QMap<AepsActivationFlow::Field, QString> errors = AepsActivationFlow::check(form);
    if (!errors.isEmpty() || !m_client) {
        secureWipe(form.aadhaar);
        const AepsActivationFlow::Submission s {m_client ? Error {} : noClient(), errors, {}};
        QTimer::singleShot(0, this, [finish, s] { finish(s); });
        return;
    }
    eko::AepsActivation request = answers::activationRequest(form);
    eko::AgentOperations ops(*m_client);
    eko::EkoJob* job = ops.activateAeps(request);
    secureWipe(request.aadhaarPlain); // encoded into the request; not needed any more
    connect(job, &eko::EkoJob::finished, this, [finish](const eko::EkoResponse& r) { finish(answers::activated(r)); });
}

void OnboardingService::checkServices()
{
    if (!m_client) {
        QTimer::singleShot(0, this, [this] { Q_EMIT servicesChecked(Services {noClient(), {}}); });
        return;
    }
    eko::AgentOperations ops(*m_client);
    connect(ops.services(), &eko::EkoJob::finished, this, [this](const eko::EkoResponse& r) {
        Services out;
        if (r.outcome == eko::Outcome::Success) {
            out.services = eko::AgentOperations::parseServices(r.envelope);
        } else {
            out.error = r.error;
            if (out.error.userMessage.isEmpty()) {
                out.error.userMessage = r.envelope.reason(); // Eko's own words when the client has none
            }
        }
        Q_EMIT servicesChecked(out);
    });
}

} // namespace saathi::setup
