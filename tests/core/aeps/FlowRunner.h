// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "AepsFixture.h"
#include "core/aeps/AepsCustomerFlow.h"

namespace saathi::test {

// A filled form for the fixture's seeded customer, and a wait that returns when the flow settles.
aeps::AepsForm filledForm(const QString& amount = QStringLiteral("2500"),
                          const QString& mobile = QStringLiteral("9876543210"));

} // namespace saathi::test
