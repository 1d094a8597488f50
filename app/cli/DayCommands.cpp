// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// day close|show: the numbered end-of-day report (issue #19) on the journal the app uses (--env, default the app's
// setting) or any file (--db). The JSON is a public interface (README "day close"): amounts in integer paise.
#include "app/cli/CliCommand.h"
#include "app/cli/JournalCli.h"
#include "core/dayclose/DayCloseOutput.h"
#include "core/dayclose/DayCloser.h"
#include "core/journal/JournalPaths.h"
#include "core/journal/JournalStore.h"
#include "core/util/Clock.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace saathi::cli {

namespace {

using namespace saathi::dayclose;

QCommandLineOption opt(const char* name, const char* help, const char* value)
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help), QString::fromLatin1(value));
}

const QCommandLineOption kDb = opt("db", "any journal file, opened as it is (no environment check)", "PATH");
const QCommandLineOption kEnv
    = opt("env",
          "training, uat or production: that environment's journal (default: the app's environment setting, else "
          "training)",
          "ENV");
const QCommandLineOption kDate = opt("date", "the IST day, YYYY-MM-DD (default: today in India)", "DATE");
const QCommandLineOption kNumber = opt("number", "the report with this number (instead of --date)", "N");
const QCommandLineOption kEvalue
    = opt("evalue", "the E-value wallet as last read, in rupees (default: the day's last journaled balance)", "R");
const QCommandLineOption kCsv = opt("csv", "also write the report as CSV to this file", "FILE");
const QCommandLineOption kShop = opt("shop", "the shop's name for the CSV", "NAME");
const QCommandLineOption kAgentCode = opt("agent-code", "the agent code for the CSV", "CODE");

int failWith(const Error& e)
{
    return fail(e.userMessage.isEmpty() ? e.detail
                                        : e.userMessage + QStringLiteral(" (") + e.detail + QLatin1Char(')'));
}

// The journal the report is about: --db as it is, else the environment's own file, which must exist (a report is
// never a reason to create a journal).
Result<std::unique_ptr<journal::JournalStore>> openJournal(const QCommandLineParser& p, int* usage)
{
    journal::JournalStore::Options options;
    QString path = p.value(kDb);
    if (!p.isSet(kDb)) {
        EkoEnvironment env = appSettingsEnvironment();
        if (p.isSet(kEnv) && !parseEnvironment(p.value(kEnv), &env)) {
            *usage = usageError(QStringLiteral("--env is training, uat or production"));
            return Error {QStringLiteral("cli.usage"), QString(), QString()};
        }
        options.environment = env;
        path = journal::JournalPaths::forEnvironment(env);
    }
    if (!QFileInfo::exists(path)) {
        return Error {QStringLiteral("journal.missing"),
                      QStringLiteral("no journal at %1 (use --env ENV or --db PATH)").arg(path), QString()};
    }
    return journal::JournalStore::open(path, SystemClock::instance(), options);
}

// "2500", "2500.5", "2500.50": rupees with at most two decimals, never through a double.
bool parseRupees(const QString& text, Paise* out)
{
    static const QRegularExpression kRupees(QStringLiteral("^([0-9]{1,10})(?:\\.([0-9]{1,2}))?$"));
    const QRegularExpressionMatch m = kRupees.match(text);
    if (!m.hasMatch()) {
        return false;
    }
    const QString fraction = m.captured(2).leftJustified(2, QLatin1Char('0'));
    *out = Paise {m.captured(1).toLongLong() * 100 + fraction.toLongLong()};
    return true;
}

// Prints the report's JSON and writes --csv; the exit code.
int output(const QCommandLineParser& p, const DayCloseReport& report)
{
    if (p.isSet(kCsv)) {
        CounterIdentity identity;
        identity.shopName = p.value(kShop);
        identity.userCode = p.value(kAgentCode);
        QSaveFile file(p.value(kCsv));
        if (!file.open(QIODevice::WriteOnly) || file.write(DayCloseOutput::csv(report, identity)) < 0
            || !file.commit()) {
            printJson(toJson(report)); // the report is recorded: say so even when the file could not be written
            return fail(
                QStringLiteral("the CSV could not be written to %1: %2").arg(p.value(kCsv), file.errorString()));
        }
    }
    printJson(toJson(report));
    return ExitOk;
}

bool readDate(const QCommandLineParser& p, QDate* day)
{
    *day = p.isSet(kDate) ? QDate::fromString(p.value(kDate), Qt::ISODate) : SystemClock::instance().istDate();
    return day->isValid();
}

int runClose(const QCommandLineParser& p)
{
    QDate day;
    if (!readDate(p, &day)) {
        return usageError(QStringLiteral("--date takes a day as YYYY-MM-DD"));
    }
    std::optional<Paise> evalue;
    if (p.isSet(kEvalue)) {
        Paise amount;
        if (!parseRupees(p.value(kEvalue), &amount)) {
            return usageError(QStringLiteral("--evalue takes rupees with at most two decimals, e.g. 25000.50"));
        }
        evalue = amount;
    }
    int usage = ExitOk;
    auto store = openJournal(p, &usage);
    if (!store) {
        return usage != ExitOk ? usage : failWith(store.error());
    }
    auto report = DayCloser(*store.value()).close(day, evalue);
    if (!report) {
        const QString code = report.error().code;
        if (code == QLatin1String("dayclose.future_day")) {
            return usageError(report.error().userMessage);
        }
        failWith(report.error());
        return code == QLatin1String("dayclose.shift_open") ? ExitRefused : ExitFailed;
    }
    return output(p, report.value());
}

int runShow(const QCommandLineParser& p)
{
    if (p.isSet(kDate) && p.isSet(kNumber)) {
        return usageError(QStringLiteral("give --date or --number, not both"));
    }
    bool numberOk = false;
    const int number = p.value(kNumber).toInt(&numberOk);
    if (p.isSet(kNumber) && (!numberOk || number < 1)) {
        return usageError(QStringLiteral("--number takes a report number (1, 2, …)"));
    }
    QDate day;
    if (!p.isSet(kNumber) && !readDate(p, &day)) {
        return usageError(QStringLiteral("--date takes a day as YYYY-MM-DD"));
    }
    int usage = ExitOk;
    auto store = openJournal(p, &usage);
    if (!store) {
        return usage != ExitOk ? usage : failWith(store.error());
    }
    DayCloser closer(*store.value());
    auto found = p.isSet(kNumber) ? closer.recordedNumber(number) : closer.recorded(day);
    if (!found) {
        return failWith(found.error());
    }
    if (!found.value()) {
        return fail(p.isSet(kNumber) ? QStringLiteral("there is no day report number %1").arg(number)
                                     : QStringLiteral("%1 has not been closed (saathi-cli day close --date %1)")
                                           .arg(day.toString(Qt::ISODate)));
    }
    return output(p, *found.value());
}

void registerDayCommands(Registry& registry)
{
    const QList<QCommandLineOption> common {kEnv, kDb, kCsv, kShop, kAgentCode};
    registry.add(
        {QStringLiteral("day"),
         QStringLiteral("the numbered end-of-day report: close, show"),
         QStringLiteral("The day close (issue #19) on the journal the app uses (--env, default the app's setting) or "
                        "any file (--db). Amounts out are integer paise."),
         {},
         {},
         {{QStringLiteral("close"),
           QStringLiteral("close an IST day: record its numbered report (once: again prints the first one)"),
           QStringLiteral("Counts, totals, fees and commission per kind; E-value at open and close; cash expected "
                          "against counted over the day's till shifts; unresolved transactions with their age "
                          "(they never block the close and are carried to the next day's report until final). "
                          "Exit 7 while a till shift of that day is still open: close the till first."),
           {},
           QList<QCommandLineOption> {kDate, kEvalue} + common,
           {},
           runClose},
          {QStringLiteral("show"),
           QStringLiteral("a recorded report, by --date (default today) or --number"),
           {},
           {},
           QList<QCommandLineOption> {kDate, kNumber} + common,
           {},
           runShow}},
         {}});
}

} // namespace

SAATHI_CLI_COMMANDS(registerDayCommands)

} // namespace saathi::cli
