// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Error.h"

namespace saathi::journal {

// A full disk is not a damaged journal (issue #13): it has a code and a message of its own, wherever the journal
// meets it — at open, at prepare (nothing is sent), at the outcome write.
inline constexpr char kDiskFullCode[] = "journal.disk_full";
// Eko answered, but the journal could not save the answer: the row stays prepared/sent and is reconciled.
inline constexpr char kOutcomeNotSavedCode[] = "journal.outcome_not_saved";

Error diskFullError(const QString& detail);
bool isDiskFull(const Error& error);
// What the screen and the CLI say when the outcome write met a full disk (`cause`'s detail is kept for the log).
Error outcomeNotSavedError(const Error& cause);

} // namespace saathi::journal
