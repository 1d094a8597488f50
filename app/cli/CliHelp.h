// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "app/cli/CliCommand.h"

// The help printed from the command tree (CliHelp.cpp), for the dispatcher (CliDispatch.cpp).
namespace saathi::cli::help {

using Path = QList<const CommandSpec*>; // the command words given so far, outermost first

QString commandName(const Path& path); // "saathi-cli aeps balance"
// The options a command accepts: its groups' and its own, the first declaration of a name winning.
QList<QCommandLineOption> optionsOf(const Path& path);
QString usageLine(const Path& path); // "usage: saathi-cli aeps balance [OPTIONS]"
// The command's (or, for an empty path, saathi-cli's) help on stdout; ExitOk.
int print(const Registry& registry, const Path& path);
// `help --all`: the whole tree as JSON (for tests and tools that walk it).
int printTree(const Registry& registry);

} // namespace saathi::cli::help
