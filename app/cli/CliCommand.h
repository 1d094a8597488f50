// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace saathi::cli {

// Exit codes, a public interface (README, `saathi-cli --help` lists them from exitCodes()).
enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1, // the operation failed (e.g. Eko said no)
    ExitUsage = 2, // bad usage or bad input; nothing was sent
    ExitPending = 3, // Eko is waiting for the bank
    ExitUnknown = 4, // no usable answer to a money request: do not repeat it, inquire
    ExitPreflight = 5, // the pre-flight step stopped it (issue #18): nothing was journaled or sent
    ExitPendingDiskFull = 6, // Eko answered but the disk is full: the journal row stays open (5 before issue #18)
    ExitRefused = 7 // the counter's state refuses it, nothing was written: e.g. `day close` with a till shift open
};

struct ExitCodeDoc
{
    int code;
    QString meaning;
};
const QList<ExitCodeDoc>& exitCodes();

// One command or sub-command of saathi-cli, declared once: the help is printed from it, the parser is built from it
// and the command runs with that parser, so an option cannot be read without being listed in --help.
struct CommandSpec
{
    QString name;
    QString summary; // one line: in the parent's list and at the top of its own --help
    QString description; // optional paragraphs for its --help
    QString arguments; // positional arguments for the usage line, e.g. "KIND VALUE"; empty: none are taken
    QList<QCommandLineOption> options; // a group's options are also every sub-command's
    QList<CommandSpec> subcommands;
    // Runs a command without sub-commands. The parser holds this command's options (and its groups'); its
    // positionalArguments() exclude the command words.
    std::function<int(const QCommandLineParser& parser)> run;
};

class Registry
{
public:
    void add(CommandSpec command) { m_commands.append(std::move(command)); }
    const CommandSpec* find(const QString& name) const;
    const QList<CommandSpec>& commands() const { return m_commands; }

private:
    QList<CommandSpec> m_commands;
};

// The options accepted before the command as well as after it (the Eko connection options).
const QList<QCommandLineOption>& globalOptions();

// Parses `args` (without the program name) against the registry's command tree and runs the command; prints help for
// --help, -h and `help [COMMAND [SUB]]` at every level (stdout, exit 0). Returns the exit code.
int dispatch(const Registry& registry, QStringList args);

// Output conventions: results are JSON on stdout; errors a clear line on stderr.
void printJson(const QJsonObject& object);
int fail(const QString& message, int code = ExitFailed);
// A usage mistake in the running command: the message, its usage line and where its help is; exit 2.
int usageError(const QString& message);

// Command groups register themselves: one cli/*Commands.cpp file per group, each ending with
//   SAATHI_CLI_COMMANDS(registerMyCommands)
// inside namespace saathi::cli, where `void registerMyCommands(Registry&)` adds its commands.
// main() applies every registrar.
using Registrar = void (*)(Registry&);
bool addRegistrar(Registrar registrar);
void applyRegistrars(Registry& registry);

} // namespace saathi::cli

#define SAATHI_CLI_COMMANDS(fn)                                                                                        \
    namespace {                                                                                                        \
    [[maybe_unused]] const bool saathiCliRegistered_##fn = saathi::cli::addRegistrar(&fn);                             \
    }
