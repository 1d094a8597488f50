// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "app/cli/CliCommand.h"
#include "core/crypto/EkoPublicKeys.h"

#include <QStringList>

namespace saathi::cli {

// The environment the app is set to (QSettings "Saathi"/"saathi", or $SAATHI_SETTINGS_PATH as the app reads it,
// key eko/environment), else training: the journal `saathi-cli journal …` reads when neither --env nor --db is given.
EkoEnvironment appSettingsEnvironment();

// saathi-cli journal migrate: LegacyJournalMigration on the shared pre-v5 journal, JSON report on stdout.
CommandSpec journalMigrateCommand();

} // namespace saathi::cli
