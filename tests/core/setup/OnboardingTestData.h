// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/setup/AgentOnboarding.h"

#include <QDate>

namespace saathi::test {

// A complete, valid onboarding form: the agent the onboarding tests register.
inline setup::OnboardingForm ravi()
{
    setup::OnboardingForm f;
    f.firstName = QStringLiteral("Ravi");
    f.lastName = QStringLiteral("Kumar");
    f.mobile = QStringLiteral("9876501234");
    f.email = QStringLiteral("ravi@example.com");
    f.dob = QDate(1988, 4, 12);
    f.pan = QStringLiteral("ABCPK1234F");
    f.shopName = QStringLiteral("Ravi Kirana");
    f.addressLine = QStringLiteral("12 Gandhi Road");
    f.city = QStringLiteral("New Delhi");
    f.state = QStringLiteral("Delhi");
    f.pinCode = QStringLiteral("110001");
    return f;
}

} // namespace saathi::test
