// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// till open|move|report|close (issue #19): the counter's cash drawer from a terminal, on the environment's journal the
// app uses (core/till/TillBook). Amounts in are rupees (at most 2 decimals); amounts out are integer paise. Each step
// runs under a fresh idempotency key, so one invocation is recorded once whatever happens to the process.
#include "app/cli/CliCommand.h"
#include "app/cli/CliPreflight.h"
#include "app/cli/JournalCli.h"
#include "core/journal/JournalEnvironment.h"
#include "core/journal/JournalPaths.h"
#include "core/journal/JournalStore.h"
#include "core/till/Operators.h"
#include "core/till/TillBook.h"
#include "core/till/TillJson.h"
#include "core/util/Clock.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

namespace saathi::cli {

namespace {

using namespace saathi::till;

QCommandLineOption opt(const char* name, const char* help, const char* value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help), QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help));
}

const QCommandLineOption kDb = opt("db", "any journal file, opened as it is (no environment check)", "PATH");
const QCommandLineOption kEnv = opt("env",
                                    "training, uat or production: that environment's journal (default: the app's "
                                    "environment setting, else training)",
                                    "ENV");
const QCommandLineOption kCash
    = opt("cash", "the cash in the drawer at the start, in rupees, e.g. 20000 (required)", "R");
const QCommandLineOption kOperator = opt("operator",
                                         "who opens the shift (default: the one operator of the settings; required "
                                         "when there are several or none)",
                                         "NAME");
const QCommandLineOption kAmount = opt("amount",
                                       "rupees added to the drawer, negative when taken out, e.g. 500 or -300.50 "
                                       "(required)",
                                       "R");
const QCommandLineOption kReason = opt("reason", "why the cash moved, up to 200 characters (required)", "TEXT");
const QCommandLineOption kCounted = opt("counted", "the cash counted in the drawer, in rupees (required)", "R");
const QCommandLineOption kHandOverTo = opt("hand-over-to", "the operator who takes the drawer over at once", "NAME");

// "2500", "2500.5", "2500.50", and with `negative` "-300": never a double on the way.
bool parseRupees(const QString& text, bool negative, Paise* out)
{
    static const QRegularExpression format(QStringLiteral("^(-?)([0-9]{1,11})(?:\\.([0-9]{1,2}))?$"));
    const QRegularExpressionMatch m = format.match(text.trimmed());
    if (!m.hasMatch() || (!negative && !m.captured(1).isEmpty())) {
        return false;
    }
    const qint64 paise
        = m.captured(2).toLongLong() * 100 + m.captured(3).leftJustified(2, QLatin1Char('0')).toLongLong();
    out->value = m.captured(1).isEmpty() ? paise : -paise;
    return true;
}

// Reads a required rupee option, or says what was wrong with it (exit 2).
bool rupeeOption(const QCommandLineParser& p, const QCommandLineOption& option, bool negative, Paise* out, int* exit)
{
    const QString name = QStringLiteral("--") + option.names().constFirst();
    if (!p.isSet(option)) {
        *exit = usageError(QStringLiteral("%1 is required").arg(name));
        return false;
    }
    if (!parseRupees(p.value(option), negative, out)) {
        *exit = usageError(
            QStringLiteral("%1 takes rupees with at most 2 decimals, e.g. %2 (got '%3')")
                .arg(name, negative ? QStringLiteral("500 or -300.50") : QStringLiteral("2500.50"), p.value(option)));
        return false;
    }
    return true;
}

int failWith(const Error& e)
{
    const QString text = e.userMessage.isEmpty() ? e.detail : e.userMessage;
    const int exit = fail(e.code.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, e.code));
    // The till's state refuses the step and nothing was written: the exit `day close` gives with a shift open.
    return e.code == QLatin1String("till.no_shift") || e.code == QLatin1String("till.shift_open") ? ExitRefused : exit;
}

struct Context
{
    std::unique_ptr<QSettings> settings = openAppSettings();
    std::unique_ptr<journal::JournalStore> store;
};

// Opens --db's file, else the environment's journal. `create`: only `till open` makes a journal that is not there.
int openJournal(const QCommandLineParser& p, bool create, Context* c)
{
    journal::JournalStore::Options options;
    options.checkpointOnClose = false; // the WAL is folded in by a later run or the app (as CliJournal does)
    QString path = p.value(kDb);
    if (path.isEmpty()) {
        EkoEnvironment env = appSettingsEnvironment();
        if (p.isSet(kEnv) && !parseEnvironment(p.value(kEnv), &env)) {
            return usageError(QStringLiteral("--env is training, uat or production"));
        }
        options.environment = env;
        path = journal::JournalPaths::forEnvironment(env);
    }
    if (!create && !QFileInfo::exists(path)) {
        return failWith(Error {QStringLiteral("till.no_shift"),
                               QStringLiteral("no shift is open: there is no journal at %1").arg(path), QString()});
    }
    auto store = journal::JournalStore::open(path, SystemClock::instance(), options);
    if (!store) {
        return failWith(store.error());
    }
    c->store = std::move(store.value());
    return ExitOk;
}

QString freshKey()
{
    return QStringLiteral("cli-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The operator a name means: with operators configured, only one of them (in its configured spelling).
bool resolveOperator(const Operators& operators, const QString& given, const QString& option, QString* out, int* exit)
{
    const QStringList names = operators.names();
    if (names.isEmpty()) {
        *out = given.trimmed();
        return true;
    }
    for (const QString& n : names) {
        if (n.compare(given.trimmed(), Qt::CaseInsensitive) == 0) {
            *out = n;
            return true;
        }
    }
    *exit = usageError(QStringLiteral("%1: no operator named '%2' in the settings (operators: %3)")
                           .arg(option, given, names.join(QStringLiteral(", "))));
    return false;
}

int runOpen(const QCommandLineParser& p)
{
    int exit = ExitOk;
    Paise cash;
    if (!rupeeOption(p, kCash, false, &cash, &exit)) {
        return exit;
    }
    Context c;
    Operators operators(*c.settings);
    QString who;
    if (p.isSet(kOperator)) {
        if (!resolveOperator(operators, p.value(kOperator), QStringLiteral("--operator"), &who, &exit)) {
            return exit;
        }
    } else if (operators.names().size() == 1) {
        who = operators.names().constFirst();
    } else {
        return usageError(operators.names().isEmpty()
                              ? QStringLiteral("--operator NAME is required (no operators in the settings)")
                              : QStringLiteral("--operator NAME is required: one of %1")
                                    .arg(operators.names().join(QStringLiteral(", "))));
    }
    if (who.isEmpty() || who.size() > 60) {
        return usageError(QStringLiteral("--operator takes a name of 1 to 60 characters"));
    }
    if (int e = openJournal(p, true, &c); e != ExitOk) {
        return e;
    }
    auto shift = TillBook(*c.store, CashDirections::fromSettings(*c.settings)).openShift({freshKey(), who, cash, {}});
    if (!shift) {
        return failWith(shift.error());
    }
    printJson(json::shift(shift.value()));
    return ExitOk;
}

int runMove(const QCommandLineParser& p)
{
    int exit = ExitOk;
    Paise amount;
    if (!rupeeOption(p, kAmount, true, &amount, &exit)) {
        return exit;
    }
    if (amount.value == 0) {
        return usageError(QStringLiteral("--amount must not be zero"));
    }
    const QString reason = p.value(kReason).trimmed();
    if (reason.isEmpty() || reason.size() > 200) {
        return usageError(QStringLiteral("--reason TEXT is required, up to 200 characters"));
    }
    Context c;
    if (int e = openJournal(p, false, &c); e != ExitOk) {
        return e;
    }
    auto moved = TillBook(*c.store, CashDirections::fromSettings(*c.settings)).move({freshKey(), amount, reason});
    if (!moved) {
        return failWith(moved.error());
    }
    printJson(json::move(moved.value()));
    return ExitOk;
}

int runReport(const QCommandLineParser& p)
{
    Context c;
    if (int e = openJournal(p, false, &c); e != ExitOk) {
        return e;
    }
    auto report = TillBook(*c.store, CashDirections::fromSettings(*c.settings)).report();
    if (!report) {
        return failWith(report.error());
    }
    printJson(json::report(report.value()));
    return ExitOk;
}

int runClose(const QCommandLineParser& p)
{
    int exit = ExitOk;
    Paise counted;
    if (!rupeeOption(p, kCounted, false, &counted, &exit)) {
        return exit;
    }
    Context c;
    QString next;
    if (p.isSet(kHandOverTo)) {
        Operators operators(*c.settings);
        if (!resolveOperator(operators, p.value(kHandOverTo), QStringLiteral("--hand-over-to"), &next, &exit)) {
            return exit;
        }
        if (next.isEmpty() || next.size() > 60) {
            return usageError(QStringLiteral("--hand-over-to takes a name of 1 to 60 characters"));
        }
    }
    if (int e = openJournal(p, false, &c); e != ExitOk) {
        return e;
    }
    auto closed = TillBook(*c.store, CashDirections::fromSettings(*c.settings)).close({freshKey(), counted, {}, next});
    if (!closed) {
        return failWith(closed.error());
    }
    printJson(json::close(closed.value()));
    return ExitOk;
}

CommandSpec sub(const char* name, const char* summary, const char* description, QList<QCommandLineOption> options,
                int (*run)(const QCommandLineParser&))
{
    return CommandSpec {
        QString::fromLatin1(name), QString::fromUtf8(summary), QString::fromUtf8(description), {}, options, {}, run};
}

void registerTillCommands(Registry& registry)
{
    registry.add(
        {QStringLiteral("till"),
         QStringLiteral("the cash drawer: open a shift, move cash by hand, report, close or hand over"),
         QStringLiteral(
             "The counter's cash till, in the environment's journal the app uses (--env, default the app's "
             "setting; --db names any file). Amounts in are rupees with at most 2 decimals; the JSON's "
             "amounts are integer paise. Expected cash = opening cash + manual moves + the successful "
             "transactions of the shift, each in its kind's direction (settings till/cash_direction/<kind>)."),
         {},
         {kEnv, kDb},
         {sub("open", "open a shift with the cash in the drawer; prints the shift",
              "With operators in the settings, only one of them may open the shift (no PIN on the command line).",
              {kCash, kOperator}, runOpen),
          sub("move", "record cash added to (+) or taken from (-) the drawer, with the reason; prints the move", "",
              {kAmount, kReason}, runMove),
          sub("report", "the open shift with its expected cash, moves and transactions by kind", "", {}, runReport),
          sub("close", "close the open shift with the counted cash; prints expected, counted and the difference",
              "--hand-over-to opens the next operator's shift at once with the counted cash (one step).",
              {kCounted, kHandOverTo}, runClose)},
         {}});
}

} // namespace

SAATHI_CLI_COMMANDS(registerTillCommands)

} // namespace saathi::cli
