// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "CounterTestbed.h"

namespace saathi::test {

// The counter for the AePS flow and page tests (CounterTestbed): the fingerprint device is the RD simulator, the
// agent has done eKYC and today's daily KYC, and customer tokens use a fixed test key (the keychain's part is
// TestCustomerTokenKeyStore's).
class AepsFixture : public CounterTestbed
{
public:
    AepsFixture()
        : CounterTestbed({.customerTokens = true})
    {
    }
};

} // namespace saathi::test
