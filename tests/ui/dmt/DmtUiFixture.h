// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "CounterTestbed.h"

namespace saathi::test {

// The counter for the money-transfer screens on one DMT rail (CounterTestbed): the fingerprint device is the RD
// simulator (the DMT-Fino sender eKYC captures a finger), the agent has done eKYC and today's daily KYC, and the
// agent's E-value wallet holds ₹1,00,000, so ₹12,000 and its fees fit.
class DmtUiFixture : public CounterTestbed
{
public:
    explicit DmtUiFixture(dmt::Rail rail)
        : CounterTestbed({.agentWallet = Paise::fromRupees(100000), .dmtRail = rail})
    {
    }

    static QString senderAadhaar() { return aadhaar(); }
    static QString otp() { return QStringLiteral("123456"); }
};

} // namespace saathi::test
