// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"

#include <QString>

namespace saathi::journal {

// Where each environment's journal lives, next to the legacy shared file (JournalDatabase::defaultPath(), which
// stays the legacy file's path): dir/journal.sqlite → dir/journal-training.sqlite, -uat, -production.
struct JournalPaths
{
    static QString forEnvironment(const QString& base, EkoEnvironment env);
    static QString forEnvironment(EkoEnvironment env);
};

} // namespace saathi::journal
