// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>

namespace saathi {
class Clock;
class ClientRefIdGenerator;
class CustomerTokenizer;
namespace eko {
class EkoClient;
}
namespace device {
class BiometricDevice;
}
namespace journal {
class JournalService;
}
namespace bank {
class BankDirectory;
}
namespace agent {
class AgentSession;
}
namespace training {
class Guide;
class Practice;
} // namespace training
namespace till {
class TillService;
class Operators;
} // namespace till
namespace dayclose {
class DayCloseService;
}
namespace claims {
class ClaimService;
}

// Who is at the counter, for requests (user_code, the agent's mobile for KYC calls) and receipts.
struct CounterIdentity
{
    QString userCode; // Eko's 8-digit agent code
    QString agentMobile;
    QString agentName;
    QString shopName;
    QString shopAddress; // printed under the shop's name on receipts
};

// What the counter's flows and screens work with, built once by the composition root (app/) and handed down, as
// Bitcoin Core's GUI is handed interfaces::Node. Nothing here is owned; every pointer outlives the screens. The
// device is core's interface: training mode puts the RD client on the simulator behind it, production on the
// shop's RD service, and no screen knows which.
struct CounterServices
{
    eko::EkoClient* eko = nullptr;
    bank::BankDirectory* banks = nullptr; // Eko's bank list for this environment, loaded once
    device::BiometricDevice* device = nullptr;
    journal::JournalService* journal = nullptr; // opened; the reconciler is running
    const Clock* clock = nullptr;
    ClientRefIdGenerator* refIds = nullptr;
    bool training = true; // the environment is the embedded sandbox (the banner says so)
    // The agent's eKYC, daily login and strike guard in this environment (app/CounterApp's one session).
    agent::AgentSession* agent = nullptr;
    CounterIdentity identity; // the environment's agent (app/CounterEnvironment: the set-up screens and the keychain)
    // A2/N1: the keyed customer token for NPCI's 5 cash withdrawals per customer per day; null while the keychain
    // has not answered (or has no keychain): the counter then leaves the limit to the bank.
    const CustomerTokenizer* customerTokens = nullptr;
    // Issue #19: the drawer (this environment's journal), the shop's operators (shared by every environment), the
    // day close, and stuck money chased for the customer.
    till::TillService* till = nullptr;
    till::Operators* operators = nullptr;
    dayclose::DayCloseService* dayClose = nullptr;
    claims::ClaimService* claims = nullptr;
    // Training only (null in UAT and production, so no hint or practice shows there): what each step's hint says,
    // and the practice scenarios. Screens show what is there and never ask which world they are in.
    const training::Guide* guide = nullptr;
    training::Practice* practice = nullptr;
};

} // namespace saathi
