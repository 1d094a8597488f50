// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace saathi::cli {

// Exit codes: 0 success, 1 the operation failed (e.g. Eko said no), 2 bad usage or bad input.
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

// One top-level word of saathi-cli ("sign", "validate", "rd" …). `args` excludes the program and the word.
struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList& args)> run;
};

class Registry
{
public:
    void add(Command command) { m_commands.append(std::move(command)); }
    const Command* find(const QString& name) const;
    const QList<Command>& commands() const { return m_commands; }

private:
    QList<Command> m_commands;
};

// Output conventions: results are JSON on stdout; errors a clear line on stderr.
void printJson(const QJsonObject& object);
int fail(const QString& message, int code = ExitFailed);
int usageError(const QString& message, const QString& usage);

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

namespace saathi::cli {

} // namespace saathi::cli
