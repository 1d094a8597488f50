// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The help at every level, printed from the CommandSpec declarations the parser is built from, so that it cannot
// drift from what is parsed.
#include "app/cli/CliHelp.h"

#include "saathi/Version.h"

#include <QJsonArray>

#include <cstdio>

namespace saathi::cli::help {

namespace {

// One of the Eko connection options (the same declaration, not only the same name: journal's --env is another).
bool isGlobal(const QCommandLineOption& option)
{
    for (const QCommandLineOption& o : globalOptions()) {
        if (o.names() == option.names() && o.description() == option.description()) {
            return true;
        }
    }
    return false;
}

// "  --name VALUE   description (default: x)", wrapped at 110 columns under the description column.
void appendOption(QString* text, const QCommandLineOption& o)
{
    QStringList names;
    for (const QString& n : o.names()) {
        names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
    }
    QString left = QStringLiteral("  ") + names.join(QStringLiteral(", "));
    if (!o.valueName().isEmpty()) {
        left += QLatin1Char(' ') + o.valueName();
    }
    QString description = o.description();
    if (!o.defaultValues().isEmpty()) {
        description += QStringLiteral(" (default: %1)").arg(o.defaultValues().join(QStringLiteral(", ")));
    }
    constexpr int column = 30;
    constexpr int width = 110;
    QString line = left.size() >= column - 1 ? left + QLatin1Char('\n') + QString(column, QLatin1Char(' '))
                                             : left.leftJustified(column);
    int used = column;
    for (const QString& word : description.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (used > column && used + 1 + word.size() > width) {
            line += QLatin1Char('\n') + QString(column, QLatin1Char(' '));
            used = column;
        } else if (used > column) {
            line += QLatin1Char(' ');
            ++used;
        }
        line += word;
        used += int(word.size());
    }
    *text += line + QLatin1Char('\n');
}

// A paragraph wrapped at 110 columns (its own line breaks kept).
QString wrapped(const QString& paragraph)
{
    QStringList out;
    for (const QString& line : paragraph.split(QLatin1Char('\n'))) {
        QString current;
        for (const QString& word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!current.isEmpty() && current.size() + 1 + word.size() > 110) {
                out << current;
                current.clear();
            }
            current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        out << current;
    }
    return out.join(QLatin1Char('\n'));
}

void appendExitCodes(QString* text)
{
    *text += QStringLiteral("\nExit codes:\n");
    for (const ExitCodeDoc& e : exitCodes()) {
        *text += QStringLiteral("  %1  %2\n").arg(e.code).arg(e.meaning);
    }
}

QString helpText(const Registry& registry, const Path& path)
{
    const CommandSpec* c = path.isEmpty() ? nullptr : path.last();
    QString text = c ? commandName(path) + QStringLiteral(": ") + c->summary + QLatin1Char('\n')
                     : QStringLiteral("Saathi %1: the counter's core on the command line, for integrators, support "
                                      "engineers and scripts\n")
                           .arg(QStringLiteral(SAATHI_VERSION));
    text += QLatin1Char('\n') + usageLine(path) + QLatin1Char('\n');
    if (c && !c->description.isEmpty()) {
        text += QLatin1Char('\n') + wrapped(c->description) + QLatin1Char('\n');
    }
    const QList<CommandSpec>& subs = c ? c->subcommands : registry.commands();
    if (!subs.isEmpty()) {
        text += c ? QStringLiteral("\nSub-commands:\n") : QStringLiteral("\nCommands:\n");
        for (const CommandSpec& s : subs) {
            text += QStringLiteral("  %1 %2\n").arg(s.name.leftJustified(17), s.summary);
        }
    }
    const QList<QCommandLineOption> all = c ? optionsOf(path) : globalOptions();
    QString own;
    QString global;
    for (const QCommandLineOption& o : all) {
        appendOption(c && !isGlobal(o) ? &own : &global, o);
    }
    appendOption(&own,
                 QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("show this help")));
    if (!c) {
        appendOption(
            &own,
            QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("print the version")));
    }
    const QString ownHeading = c && c->subcommands.isEmpty() ? QStringLiteral("\nOptions:\n")
        : c                                                  ? QStringLiteral("\nOptions (for every sub-command):\n")
                                                             : QStringLiteral("\nOther options:\n");
    if (c) {
        text += ownHeading + own;
    }
    if (!global.isEmpty()) {
        text += c ? QStringLiteral("\nConnection options (also accepted before the command):\n")
                  : QStringLiteral("\nGlobal options (before or after the command; for the commands that talk to "
                                   "Eko):\n");
        text += global;
    }
    if (!c) {
        text += ownHeading + own;
    }
    if (!subs.isEmpty()) {
        text += QStringLiteral("\nRun `%1 %2 --help` (or `saathi-cli help %3%2`) for its options.\n")
                    .arg(commandName(path), c ? QStringLiteral("SUB-COMMAND") : QStringLiteral("COMMAND"),
                         c ? commandName(path).mid(11) + QLatin1Char(' ') : QString());
    }
    if (!c) {
        text += QStringLiteral("\nResults are JSON on stdout; errors are one line on stderr with a non-zero exit "
                               "code.\nOptions take a value as --opt VALUE or --opt=VALUE.\n");
        appendExitCodes(&text);
    } else if (c->subcommands.isEmpty()) {
        text += QStringLiteral("\nResults are JSON on stdout; exit codes: see `saathi-cli --help`.\n");
    }
    return text;
}

QJsonArray optionsJson(const QList<QCommandLineOption>& options)
{
    QJsonArray out;
    for (const QCommandLineOption& o : options) {
        out.append(QJsonObject {{QStringLiteral("names"), QJsonArray::fromStringList(o.names())},
                                {QStringLiteral("value_name"), o.valueName()},
                                {QStringLiteral("description"), o.description()},
                                {QStringLiteral("global"), isGlobal(o)}});
    }
    return out;
}

void listTree(const QList<CommandSpec>& specs, Path path, QJsonArray* out)
{
    for (const CommandSpec& c : specs) {
        Path here = path;
        here.append(&c);
        QStringList subs;
        for (const CommandSpec& s : c.subcommands) {
            subs << s.name;
        }
        out->append(QJsonObject {{QStringLiteral("path"), commandName(here).mid(11)},
                                 {QStringLiteral("summary"), c.summary},
                                 {QStringLiteral("subcommands"), QJsonArray::fromStringList(subs)},
                                 {QStringLiteral("arguments"), c.arguments},
                                 {QStringLiteral("options"), optionsJson(optionsOf(here))}});
        listTree(c.subcommands, here, out);
    }
}

} // namespace

QString commandName(const Path& path)
{
    QString name = QStringLiteral("saathi-cli");
    for (const CommandSpec* c : path) {
        name += QLatin1Char(' ') + c->name;
    }
    return name;
}

// The options a command accepts: its groups' and its own, the first declaration of a name winning.
QList<QCommandLineOption> optionsOf(const Path& path)
{
    QList<QCommandLineOption> out;
    QStringList seen;
    for (const CommandSpec* c : path) {
        for (const QCommandLineOption& o : c->options) {
            if (!seen.contains(o.names().constFirst())) {
                seen << o.names();
                out.append(o);
            }
        }
    }
    return out;
}

QString usageLine(const Path& path)
{
    const CommandSpec* c = path.isEmpty() ? nullptr : path.last();
    QString line = QStringLiteral("usage: ") + commandName(path);
    if (!c) {
        return line + QStringLiteral(" [GLOBAL OPTIONS] COMMAND [SUB-COMMAND] [OPTIONS] [ARGS]");
    }
    if (!c->subcommands.isEmpty()) {
        return line + QStringLiteral(" SUB-COMMAND [OPTIONS]");
    }
    // The options whose explanation ends "(required)" are spelled out, the others summed up as [OPTIONS].
    bool optional = false;
    for (const QCommandLineOption& o : optionsOf(path)) {
        if (o.description().endsWith(QLatin1String("(required)"))) {
            line += QStringLiteral(" --") + o.names().constFirst()
                + (o.valueName().isEmpty() ? QString() : QLatin1Char(' ') + o.valueName());
        } else {
            optional = true;
        }
    }
    if (optional) {
        line += QStringLiteral(" [OPTIONS]");
    }
    if (!c->arguments.isEmpty()) {
        line += QLatin1Char(' ') + c->arguments;
    }
    return line;
}

int print(const Registry& registry, const Path& path)
{
    const QByteArray utf8 = helpText(registry, path).toUtf8();
    fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    fflush(stdout);
    return ExitOk;
}

int printTree(const Registry& registry)
{
    QJsonArray commands;
    listTree(registry.commands(), {}, &commands);
    QJsonArray codes;
    for (const ExitCodeDoc& e : exitCodes()) {
        codes.append(QJsonObject {{QStringLiteral("code"), e.code}, {QStringLiteral("meaning"), e.meaning}});
    }
    printJson({{QStringLiteral("commands"), commands},
               {QStringLiteral("global_options"), optionsJson(globalOptions())},
               {QStringLiteral("exit_codes"), codes}});
    return ExitOk;
}

} // namespace saathi::cli::help
