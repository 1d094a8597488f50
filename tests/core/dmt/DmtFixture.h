// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "CounterTestbed.h"

namespace saathi::test {

// The counter for the DMT service tests on the rail under test (CounterTestbed): no fingerprint device (an eKYC
// PID comes from ekycPid()), no agent KYC seeded, and the agent's wallet is ₹1,00,000 (the sandbox's ₹5,000
// default is too small for ₹5,000 + fee).
class DmtFixture : public CounterTestbed
{
public:
    explicit DmtFixture(dmt::Rail rail)
        : CounterTestbed({.fingerprintDevice = false,
                          .agentKycDone = false,
                          .agentWallet = Paise::fromRupees(100000),
                          .dmtRail = rail})
        , m_rail(rail)
    {
    }

    static sandbox::DmtRail sandboxRail(dmt::Rail rail)
    {
        return rail == dmt::Rail::Classic ? sandbox::DmtRail::Classic : sandbox::DmtRail::Fino;
    }

    dmt::Rail rail() const { return m_rail; }

    // Runs one step to its end (tests only).
    static dmt::DmtReply wait(dmt::DmtJob* job, int timeoutMs = 15000);
    // A fingerprint captured with the eKYC wadh, as the simulator makes it.
    QByteArray ekycPid() const;

private:
    dmt::Rail m_rail;
};

} // namespace saathi::test
