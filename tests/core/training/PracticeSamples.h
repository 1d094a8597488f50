// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

// The practice world's values for the training tests: distinct from the sandbox's own (its OTP is 123456), so a
// hint that shows a value proves it came from these samples.
#include "core/training/TrainingGuide.h"

namespace saathi::training::test {

inline Samples practiceSamples()
{
    Samples s;
    s.agentAadhaar = QStringLiteral("999977788890");
    s.ekycOtp = QStringLiteral("654321");
    s.dmtOtp = QStringLiteral("112233");
    s.customerMobile = QStringLiteral("9822200001");
    s.customers = {{QStringLiteral("999941057058"), QStringLiteral("SBIN"), Paise::fromRupees(25000)},
                   {QStringLiteral("999987654324"), QStringLiteral("ICIC"), Paise::fromRupees(500),
                    SampleCustomer::Note::LowBalance},
                   {QStringLiteral("999955512345"), QStringLiteral("UBIN"), Paise::fromRupees(15000),
                    SampleCustomer::Note::Frozen}};
    s.successAmount = Paise::fromRupees(1000);
    s.pendingAmount = Paise::fromRupees(7050);
    s.notCompletedAmount = Paise::fromRupees(7600);
    s.dmtSenderMobile = QStringLiteral("9822200001");
    s.dmtSenderName = QStringLiteral("Asha Verma");
    s.dmtMaxPerTransfer = Paise::fromRupees(5000);
    s.dmtRefundAmount = Paise::fromRupees(4321);
    s.oneBankAadhaar = QStringLiteral("999962626262");
    s.oneBankLinkedBank = QStringLiteral("BARB");
    s.oneBankWrongBank = QStringLiteral("SBIN");
    s.limitExhaustedAmount = Paise::fromRupees(7700);
    return s;
}

} // namespace saathi::training::test
