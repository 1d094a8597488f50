// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "app/cli/CliCommand.h"

namespace saathi::cli {

// agent onboard | activate aeps | activate service | deactivate: setting an agent up at Eko (reference §5.1, §5.2).
QList<CommandSpec> agentSetupCommands();

} // namespace saathi::cli
