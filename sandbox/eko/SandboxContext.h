// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "sandbox/eko/AadhaarDecryptor.h"
#include "sandbox/eko/AepsEngine.h"
#include "sandbox/eko/AgentRegistry.h"
#include "sandbox/eko/DmtEngine.h"
#include "sandbox/eko/FaultPlan.h"
#include "sandbox/eko/PidVerifier.h"
#include "sandbox/eko/RequestParams.h"
#include "sandbox/eko/RouteContracts.h"
#include "sandbox/eko/SandboxTypes.h"

#include <QDate>
#include <QMap>
#include <QStringList>

#include <functional>
#include <optional>

namespace saathi {
class Clock;
}

namespace saathi::sandbox {

// One routed request: what a handler gets.
struct RouteCall
{
    const SandboxRequest& request;
    RequestParams params;
    QStringList captures; // the path pattern's groups
    QString route;
    bool financial = false;
    const eko::Endpoint* contract = nullptr; // the catalogued operation this request is on, if any
};

using RouteHandler = std::function<SandboxReply(const RouteCall&)>;

// Everything the route handlers share: configuration, clock, agents, money, faults, PID and Aadhaar checks.
class SandboxContext
{
public:
    EkoSandboxConfig config;
    const Clock* clock = nullptr;
    AgentRegistry agents;
    AepsEngine engine;
    FaultPlan faults;
    PidVerifier pid;
    AadhaarDecryptor decryptor;
    DmtEngine dmt;
    RouteContracts contracts;
    // Transaction inquiry (GET /v3/tools/reference/transaction/{ref}) asks this for references the AePS ledger does
    // not know; the DMT routes answer for their transfers.
    std::function<std::optional<SandboxReply>(const QString& ref)> otherInquiry;

    qint64 nowMs() const;
    QDate istDay() const;

    // initiator_id must be the partner's, user_code an onboarded agent (pending services are promoted first); without
    // user_code (where the catalogue does not require it, e.g. DMT-Fino past Get Sender) the partner's default agent.
    // On failure `error` holds Eko's answer and nullptr comes back.
    Agent* resolveAgent(const RequestParams& params, SandboxReply* error);
    // Decrypts `field`; on failure adds invalid_params[field].
    bool decryptAadhaar(const RequestParams& params, const QString& field, SecureBytes* out,
                        QMap<QString, QString>* invalid) const;
    // `aadhar` in the form the call's operation takes (catalogue "aadhar": rsa, or plain 12 digits as DMT-Fino's
    // sender eKYC, reference §2.4); on failure adds invalid_params.aadhar.
    bool readAadhaar(const RouteCall& call, SecureBytes* out, QMap<QString, QString>* invalid) const;
    // A business fault armed for this route (not a transport fault), consumed if present.
    std::optional<Fault> takeBusinessFault(const RouteCall& call, const std::function<bool(Fault)>& applicable);
};

} // namespace saathi::sandbox
