// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/logging/LogCategories.h"

Q_LOGGING_CATEGORY(lcCrypto, "saathi.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcValidation, "saathi.validation", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEko, "saathi.eko", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJournal, "saathi.journal", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDevice, "saathi.device", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "saathi.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "saathi.app", QtInfoMsg)
