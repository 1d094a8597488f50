// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Parsing saathi-cli's command line against the command tree: the command words, options before or after them
// (--opt=value or --opt value), help at every level, and one clear usage error naming what was wrong.
#include "app/cli/CliCommand.h"
#include "app/cli/CliHelp.h"
#include "saathi/Version.h"

#include <cstdio>

namespace saathi::cli {

namespace {

using help::commandName;
using help::optionsOf;
using help::Path;
using help::usageLine;

QString g_usageLine; // the running command's, for usageError()
QString g_commandName; // "saathi-cli aeps balance"

void collectSubtree(const CommandSpec& spec, QList<QCommandLineOption>* out)
{
    out->append(spec.options);
    for (const CommandSpec& sub : spec.subcommands) {
        collectSubtree(sub, out);
    }
}

const QCommandLineOption* findOption(const QList<QCommandLineOption>& options, const QString& name)
{
    for (const QCommandLineOption& o : options) {
        if (o.names().contains(name)) {
            return &o;
        }
    }
    return nullptr;
}

int treeError(const Path& path, const QString& message)
{
    return fail(message + QStringLiteral("\n") + usageLine(path)
                    + QStringLiteral("\n(see %1 --help)").arg(commandName(path)),
                ExitUsage);
}

const CommandSpec* child(const Registry& registry, const Path& path, const QString& name)
{
    const QList<CommandSpec>& subs = path.isEmpty() ? registry.commands() : path.last()->subcommands;
    for (const CommandSpec& s : subs) {
        if (s.name == name) {
            return &s;
        }
    }
    return nullptr;
}

int unknownWord(const Path& path, const QString& word)
{
    return treeError(path,
                     path.isEmpty()
                         ? QStringLiteral("unknown command '%1'").arg(word)
                         : QStringLiteral("unknown %1 sub-command '%2'").arg(commandName(path).mid(11), word));
}

// `help [COMMAND [SUB]]` and `help --all`.
int helpCommand(const Registry& registry, Path path, const QStringList& words)
{
    if (words.contains(QStringLiteral("--all"))) {
        return help::printTree(registry);
    }
    for (const QString& word : words) {
        if (word.startsWith(QLatin1Char('-'))) {
            continue;
        }
        const CommandSpec* next = child(registry, path, word);
        if (!next) {
            return unknownWord(path, word);
        }
        path.append(next);
    }
    return help::print(registry, path);
}

} // namespace

int usageError(const QString& message)
{
    return fail(message + QLatin1Char('\n') + g_usageLine + QStringLiteral("\n(see %1 --help)").arg(g_commandName),
                ExitUsage);
}

int dispatch(const Registry& registry, QStringList args)
{
    QStringList before; // options given before the command words: handed to the command first, so later ones win
    Path path;
    while (!args.isEmpty()) {
        const QString a = args.constFirst();
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            return help::print(registry, path);
        }
        if (path.isEmpty() && (a == QLatin1String("--version") || a == QLatin1String("-v"))) {
            fprintf(stdout, "saathi-cli %s\n", SAATHI_VERSION);
            return ExitOk;
        }
        const bool leaf = !path.isEmpty() && path.last()->subcommands.isEmpty();
        if (leaf) {
            break;
        }
        if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-")) {
            QList<QCommandLineOption> known = globalOptions();
            for (const CommandSpec* c : path) {
                collectSubtree(*c, &known);
            }
            const QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1).section(QLatin1Char('='), 0, 0);
            const QCommandLineOption* option = findOption(known, name);
            if (!option) {
                return treeError(path,
                                 QStringLiteral("unknown option '%1'%2")
                                     .arg(a.section(QLatin1Char('='), 0, 0),
                                          path.isEmpty() ? QStringLiteral(" before the command") : QString()));
            }
            before << args.takeFirst();
            if (!option->valueName().isEmpty() && !a.contains(QLatin1Char('='))) {
                if (args.isEmpty()) {
                    return treeError(path, QStringLiteral("missing value after '%1'").arg(a));
                }
                before << args.takeFirst();
            }
            continue;
        }
        if (a == QLatin1String("help")) {
            return helpCommand(registry, path, args.mid(1));
        }
        const CommandSpec* next = child(registry, path, a);
        if (!next) {
            return unknownWord(path, a);
        }
        path.append(next);
        args.removeFirst();
    }
    if (path.isEmpty()) {
        if (before.isEmpty()) {
            help::print(registry, path);
            return ExitUsage;
        }
        return treeError(path, QStringLiteral("give a command after the global options"));
    }
    const CommandSpec& command = *path.last();
    if (!command.subcommands.isEmpty()) {
        QStringList names;
        for (const CommandSpec& s : command.subcommands) {
            names << s.name;
        }
        return treeError(path, QStringLiteral("give a sub-command: %1").arg(names.join(QStringLiteral(", "))));
    }
    for (const QString& a : std::as_const(args)) {
        if (a == QLatin1String("--")) {
            break;
        }
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            return help::print(registry, path);
        }
    }
    g_usageLine = usageLine(path);
    g_commandName = commandName(path);
    QCommandLineParser parser;
    parser.addOptions(optionsOf(path));
    if (!parser.parse(QStringList {g_commandName} + before + args)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            const QString& n = unknown.constFirst();
            return usageError(QStringLiteral("unknown option '%1%2' for %3")
                                  .arg(n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--"), n, g_commandName));
        }
        return usageError(parser.errorText());
    }
    if (command.arguments.isEmpty() && !parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    }
    return command.run(parser);
}

} // namespace saathi::cli
