// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/bank/Bank.h"
#include "core/eko/EkoEnvelope.h"
#include "core/eko/EkoRequest.h"
#include "core/setup/Choice.h"
#include "core/setup/ServiceStatus.h"
#include "core/util/Money.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace saathi::eko {

class EkoClient;
class EkoJob;

struct Address
{
    QString line;
    QString city;
    QString state;
    QString stateId; // from Get States, for AePS activation
    QString pincode;
    QString district;

    QJsonObject toJson() const;
};

struct AgentProfile
{
    QString mobile;
    QString firstName;
    QString middleName;
    QString lastName;
    QString email;
    QString pan;
    QString dob; // YYYY-MM-DD
    QString shopName;
    Address residence;
};

// AePS Fingpay activation (reference §5.2): the JSON part and the three documents (JPEG/PDF under 1 MB).
struct AepsActivation
{
    QString modelName; // of the fingerprint device
    QString deviceNumber; // its serial
    QString account;
    QString ifsc;
    QString shopType; // MCC
    QString aadhaarPlain; // sent plain inside the multipart JSON, as Eko requires for activation
    Address officeAddress;
    Address addressAsPerProof;
    QList<FilePart> documents;
};

// Owned by core/setup, where the screens read them.
using ServiceStatus = setup::ServiceStatus;
using ListItem = setup::Choice;

using Bank = bank::Bank; // the value type lives in core/bank; the alias serves this file's parser

// Agent set-up and reference lists: onboarding, service activation and status, states/MCC/banks, E-value balance.
class AgentOperations
{
public:
    explicit AgentOperations(EkoClient& client)
        : m_client(client)
    {
    }

    EkoJob* onboard(const AgentProfile& profile);
    EkoJob* activateService(const QString& serviceCode);
    EkoJob* activateAeps(const AepsActivation& activation);
    // Asks Eko to switch a service off for the agent (reference §5.2, "agent.deactivate_service").
    EkoJob* deactivateService(const QString& serviceCode);
    EkoJob* services();
    EkoJob* states();
    EkoJob* mccCategories();
    EkoJob* banks();
    // The E-value of the agent registered with `agentMobile` (reference §5.4: customer_id is the registered mobile);
    // without one, the partner's own (the initiator id is its mobile).
    EkoJob* walletBalance(const QString& agentMobile = {});

    // Parsers for the answers (tolerant: malformed entries are skipped).
    static QList<ServiceStatus> parseServices(const EkoEnvelope& envelope);
    static QList<ListItem> parseList(const EkoEnvelope& envelope);
    static QList<Bank> parseBanks(const EkoEnvelope& envelope);

    static constexpr const char* kAepsFingpayService = "43";

private:
    EkoClient& m_client;
};

// Activation documents: JPEG or PDF under 1 MB; PNG is refused by Eko, so it is refused here first.
Error checkActivationDocument(const FilePart& document);

} // namespace saathi::eko
