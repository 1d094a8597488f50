// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QLoggingCategory>

// "saathi.rd": verbs, ports, status and error codes only — never PID contents (use saathi::redact::text on bodies).
Q_DECLARE_LOGGING_CATEGORY(lcRd)
