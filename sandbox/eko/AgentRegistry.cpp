// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "AgentRegistry.h"

namespace saathi::sandbox {

Agent* AgentRegistry::find(const QString& userCode)
{
    auto it = m_agents.find(userCode);
    return it == m_agents.end() ? nullptr : &it.value();
}

Agent* AgentRegistry::findByMobile(const QString& mobile)
{
    for (auto it = m_agents.begin(); it != m_agents.end(); ++it) {
        if (it->mobile == mobile) {
            return &it.value();
        }
    }
    return nullptr;
}

QString AgentRegistry::nextUserCode()
{
    while (m_agents.contains(QString::number(m_nextUserCode))) {
        ++m_nextUserCode;
    }
    return QString::number(m_nextUserCode++);
}

Agent& AgentRegistry::add(Agent agent)
{
    if (agent.userCode.isEmpty()) {
        agent.userCode = nextUserCode();
    }
    const QString code = agent.userCode;
    m_agents.insert(code, std::move(agent));
    return m_agents[code];
}

void AgentRegistry::requestService(Agent& agent, int serviceCode, qint64 nowMs)
{
    ServiceState& s = agent.services[serviceCode];
    if (s.createdMs == 0) {
        s.createdMs = nowMs;
    }
    s.code = serviceCode;
    s.status = ServiceStatus::Pending;
    s.pendingSinceMs = nowMs;
    s.updatedMs = nowMs;
}

void AgentRegistry::setServiceStatus(Agent& agent, int serviceCode, ServiceStatus status, qint64 nowMs)
{
    ServiceState& s = agent.services[serviceCode];
    if (s.createdMs == 0) {
        s.createdMs = nowMs;
    }
    s.code = serviceCode;
    s.status = status;
    s.pendingSinceMs = nowMs;
    s.updatedMs = nowMs;
}

void AgentRegistry::promotePending(Agent& agent, qint64 nowMs, qint64 activationDelayMs)
{
    for (auto it = agent.services.begin(); it != agent.services.end(); ++it) {
        if (it->status == ServiceStatus::Pending && nowMs - it->pendingSinceMs >= activationDelayMs) {
            it->status = ServiceStatus::Activated;
            it->updatedMs = it->pendingSinceMs + activationDelayMs;
        }
    }
}

bool AgentRegistry::isActivated(const Agent& agent, int serviceCode) const
{
    const auto it = agent.services.constFind(serviceCode);
    return it != agent.services.constEnd() && it->status == ServiceStatus::Activated;
}

} // namespace saathi::sandbox
