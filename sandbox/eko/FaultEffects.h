// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "sandbox/eko/SandboxTypes.h"

namespace saathi::sandbox {

// What a transport fault does to an answer (README "Faults"). Faults that act before processing replace the answer
// (HTTP 500, an HTML page, "No key for Response"); the others change how the processed answer is delivered
// (never, closed, late) or what its bytes look like (cut, 10 MB, wrong types, array for object).
SandboxReply faultReplyBefore(Fault fault);
SandboxReply applyFaultAfter(Fault fault, SandboxReply reply, qint64 slowResponseMs);

} // namespace saathi::sandbox
