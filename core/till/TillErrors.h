// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Error.h"

// The till's typed errors (context "Till"), built in one place so TillBook, Operators and their tests agree on codes.
namespace saathi::till::errors {

Error noShift();
Error shiftOpen(const QString& operatorName);
Error zeroMove();
Error negativeCash();
Error badReason();
Error badOperator();
Error operatorTaken(const QString& name);
Error unknownOperator(const QString& name);
Error wrongPin();
// A step without a usable idempotency key: a caller's bug, never the agent's input.
Error badKey(const QString& key);

} // namespace saathi::till::errors
