// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Money.h"

#include <QByteArray>
#include <QDate>
#include <QMap>
#include <QString>

namespace saathi::sandbox {

enum class ServiceStatus { Deactivated = 0, Activated = 1, Pending = 2 };

struct ServiceState
{
    int code = 0;
    ServiceStatus status = ServiceStatus::Pending;
    qint64 pendingSinceMs = 0;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
};

// Reference §17.3: ACTIVATED → OTP sent → OTP verified → eKYC done → daily KYC (per IST day).
enum class EkycStage { None, OtpSent, OtpVerified, Done };

struct Agent
{
    QString userCode;
    QString initiatorId;
    QString mobile;
    QString firstName;
    QString lastName;
    QString shopName;
    QString email;
    QMap<int, ServiceState> services;

    EkycStage ekyc = EkycStage::None;
    QString otpRefId;
    QString referenceTid;
    qint64 otpSentMs = 0;
    QByteArray aadhaarKey; // SHA-256 of the agent's Aadhaar, bound at eKYC; never the number itself
    QString aadhaarLast4;

    QDate dailyKycDate; // IST day of the last successful daily KYC
    QString merchantAuthId; // the last per-withdrawal merchant authentication (§6.6), single use
    qint64 merchantAuthMs = 0;
    Paise wallet; // E-value balance
};

// The agents one partner has onboarded. Plain data; the routes apply Eko's rules.
class AgentRegistry
{
public:
    Agent* find(const QString& userCode);
    Agent* findByMobile(const QString& mobile);
    // A new agent with the next user code.
    Agent& add(Agent agent);
    // Sets (or re-sets) a service to PENDING from now.
    void requestService(Agent& agent, int serviceCode, qint64 nowMs);
    void setServiceStatus(Agent& agent, int serviceCode, ServiceStatus status, qint64 nowMs);
    // PENDING services whose delay has passed become ACTIVATED (evaluated lazily on each request).
    void promotePending(Agent& agent, qint64 nowMs, qint64 activationDelayMs);
    bool isActivated(const Agent& agent, int serviceCode) const;
    QString nextUserCode();
    void clear() { m_agents.clear(); }
    QList<QString> userCodes() const { return m_agents.keys(); }

private:
    QMap<QString, Agent> m_agents;
    qint64 m_nextUserCode = 20810201;
};

} // namespace saathi::sandbox
