// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// journal list|show|export|summary|doctor|verify|reconcile|migrate: the counter's transaction journal from a terminal,
// on the same files the app uses (WAL lets both read while the app runs; writes wait for each other). Each Eko
// environment has its own journal (issue #12): --env picks it (default: the app's setting), --db names any file.
#include "app/cli/CliCommand.h"
#include "app/cli/EkoCliSupport.h"
#include "app/cli/JournalCli.h"
#include "core/journal/CsvExport.h"
#include "core/journal/DailySummary.h"
#include "core/journal/HistoryQuery.h"
#include "core/journal/InquirerFactory.h"
#include "core/journal/JournalEnvironment.h"
#include "core/journal/JournalJson.h"
#include "core/journal/JournalPaths.h"
#include "core/journal/JournalSchema.h"
#include "core/journal/JournalStore.h"
#include "core/journal/Reconciler.h"
#include "core/reconcile/EkoTransactionInquirer.h"
#include "core/util/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>

namespace saathi::cli {

namespace {

using namespace saathi::journal;

QCommandLineOption opt(const char* name, const char* help, const char* value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help), QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help));
}

const QCommandLineOption kDb = opt("db", "any journal file, opened as it is (no environment check)", "PATH");
const QCommandLineOption kEnv
    = opt("env",
          "training, uat or production: that environment's journal (default: the app's environment "
          "setting, else training)",
          "ENV");
const QCommandLineOption kFrom = opt("from", "first IST day, YYYY-MM-DD", "DATE");
const QCommandLineOption kTo = opt("to", "last IST day, YYYY-MM-DD", "DATE");
const QCommandLineOption kMobile = opt("mobile", "only this customer mobile", "M");
const QCommandLineOption kRef = opt("ref", "only this client_ref_id, Eko tid or RRN", "R");
const QCommandLineOption kKind = opt("kind",
                                     "only this kind: aeps_withdrawal, aadhaar_pay, dmt_transfer, refund, "
                                     "settlement, balance_enquiry, mini_statement",
                                     "K");
const QCommandLineOption kState = opt("state",
                                      "only this state: prepared, sent, pending, unknown, success, failed, not_sent, "
                                      "refund_pending, refunded",
                                      "S");
const QCommandLineOption kLimit = opt("limit", "rows per page (default: 50)", "N");
const QCommandLineOption kAfter = opt("after", "the page after this cursor (\"next\" of the previous page)", "CURSOR");
const QCommandLineOption kOut = opt("out", "write the CSV to this file (default: stdout)", "FILE");
const QCommandLineOption kDay = opt("day", "the IST day, YYYY-MM-DD (default: today)", "DATE");
const QCommandLineOption kDue = opt("due", "only rows whose next inquiry is due (default: every open row)");
const QCommandLineOption kConfig
    = opt("config",
          "Eko config file (as for the Eko commands): its environment's journal and rows are reconciled "
          "(default: the app's own Eko settings)",
          "FILE");
const QCommandLineOption kInsecureLoopback
    = opt("insecure-loopback", "allow a plain http:// sandbox on 127.0.0.1 in --config");

struct Options
{
    const QCommandLineParser& parser;
    // The file the subcommand works on: --db as given (no environment check), else the environment's journal.
    QString path;
    std::optional<EkoEnvironment> environment;
};

// Picks the journal file: --db, else --env's (or the app's setting's) environment's journal.
bool chooseFile(Options* o, std::optional<EkoEnvironment> forced, QString* error)
{
    if (o->parser.isSet(kDb)) {
        o->path = o->parser.value(kDb);
        o->environment.reset();
        return true;
    }
    EkoEnvironment env = forced ? *forced : appSettingsEnvironment();
    if (o->parser.isSet(kEnv) && !parseEnvironment(o->parser.value(kEnv), &env)) {
        *error = QStringLiteral("--env is training, uat or production");
        return false;
    }
    if (forced && env != *forced) {
        *error = QStringLiteral("--env %1 is not the environment of the Eko config (%2)")
                     .arg(wireName(env), wireName(*forced));
        return false;
    }
    o->environment = env;
    o->path = JournalPaths::forEnvironment(env);
    return true;
}

// Opens an existing journal; read commands never create one by accident.
Result<std::unique_ptr<JournalStore>> openExisting(const Options& o)
{
    if (!QFileInfo::exists(o.path)) {
        return Error {QStringLiteral("journal.missing"),
                      QStringLiteral("no journal at %1 (use --env ENV or --db PATH)").arg(o.path), QString()};
    }
    JournalStore::Options options;
    options.environment = o.environment;
    return JournalStore::open(o.path, SystemClock::instance(), options);
}

int failWith(const Error& e)
{
    if (e.userMessage.isEmpty()) {
        return fail(e.detail);
    }
    return fail(e.userMessage + QStringLiteral(" (") + e.detail + QLatin1Char(')'));
}

bool parseFilter(const Options& o, HistoryFilter* f, QString* error)
{
    const QDate from = QDate::fromString(o.parser.value(kFrom), Qt::ISODate);
    const QDate to = QDate::fromString(o.parser.value(kTo), Qt::ISODate);
    if ((o.parser.isSet(kFrom) && !from.isValid()) || (o.parser.isSet(kTo) && !to.isValid())) {
        *error = QStringLiteral("--from/--to take a date as YYYY-MM-DD");
        return false;
    }
    if (from.isValid()) {
        f->fromMs = history::istDayStartMs(from);
    }
    if (to.isValid()) {
        f->toMs = history::istDayStartMs(to.addDays(1));
    }
    f->customerMobile = o.parser.value(kMobile);
    f->reference = o.parser.value(kRef);
    if (o.parser.isSet(kKind)) {
        TxKind k {};
        if (!parseKind(o.parser.value(kKind), &k)) {
            *error = QStringLiteral("unknown --kind (aeps_withdrawal, aadhaar_pay, dmt_transfer, refund, settlement, "
                                    "balance_enquiry, mini_statement)");
            return false;
        }
        f->kind = k;
    }
    if (o.parser.isSet(kState)) {
        TxState s {};
        if (!parseState(o.parser.value(kState), &s)) {
            *error = QStringLiteral("unknown --state (prepared, sent, pending, unknown, success, failed, not_sent, "
                                    "refund_pending, refunded)");
            return false;
        }
        f->state = s;
    }
    return true;
}

int runList(Options& o)
{
    HistoryFilter filter;
    QString error;
    if (!parseFilter(o, &filter, &error)) {
        return usageError(error);
    }
    bool ok = true;
    const int limit = o.parser.isSet(kLimit) ? o.parser.value(kLimit).toInt(&ok) : 50;
    const HistoryCursor after = HistoryCursor::fromString(o.parser.value(kAfter));
    if (!ok || limit <= 0 || (o.parser.isSet(kAfter) && after.isNull())) {
        return usageError(QStringLiteral("--limit takes a positive number; --after a cursor from a previous page"));
    }
    auto store = openExisting(o);
    if (!store) {
        return failWith(store.error());
    }
    auto page = history::page(*store.value(), filter, limit, after);
    if (!page) {
        return failWith(page.error());
    }
    QJsonArray rows;
    for (const TransactionRecord& r : page.value().rows) {
        rows.append(json::record(r));
    }
    QJsonObject out;
    out[QStringLiteral("rows")] = rows;
    out[QStringLiteral("has_more")] = page.value().hasMore;
    out[QStringLiteral("next")] = page.value().hasMore ? QJsonValue(page.value().next.toString()) : QJsonValue();
    printJson(out);
    return ExitOk;
}

int runShow(Options& o)
{
    const QStringList args = o.parser.positionalArguments();
    if (args.size() != 1) {
        return usageError(QStringLiteral("give one reference: client_ref_id, tid or RRN"));
    }
    auto store = openExisting(o);
    if (!store) {
        return failWith(store.error());
    }
    auto row = store.value()->findByReference(args.at(0));
    if (!row) {
        return failWith(row.error());
    }
    if (!row.value()) {
        return fail(QStringLiteral("no transaction with reference %1").arg(args.at(0)));
    }
    auto events = store.value()->events(row.value()->clientRefId);
    if (!events) {
        return failWith(events.error());
    }
    QJsonObject out = json::record(*row.value(), true);
    QJsonArray trail;
    for (const JournalEvent& e : events.value()) {
        trail.append(json::event(e));
    }
    out[QStringLiteral("events")] = trail;
    printJson(out);
    return ExitOk;
}

int runExport(Options& o)
{
    HistoryFilter filter;
    QString error;
    if (!parseFilter(o, &filter, &error)) {
        return usageError(error);
    }
    auto store = openExisting(o);
    if (!store) {
        return failWith(store.error());
    }
    QFile file;
    const bool toFile = o.parser.isSet(kOut);
    if (toFile) {
        file.setFileName(o.parser.value(kOut));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        }
    } else if (!file.open(stdout, QIODevice::WriteOnly)) {
        return fail(QStringLiteral("cannot write to stdout"));
    }
    auto written = csv::write(*store.value(), filter, file);
    file.close();
    if (!written) {
        return failWith(written.error());
    }
    if (toFile) {
        QJsonObject out;
        out[QStringLiteral("path")] = file.fileName();
        out[QStringLiteral("rows")] = double(written.value());
        printJson(out);
    }
    return ExitOk;
}

int runSummary(Options& o)
{
    QDate day = SystemClock::instance().istDate();
    if (o.parser.isSet(kDay)) {
        day = QDate::fromString(o.parser.value(kDay), Qt::ISODate);
        if (!day.isValid()) {
            return usageError(QStringLiteral("--day takes a date as YYYY-MM-DD"));
        }
    }
    auto store = openExisting(o);
    if (!store) {
        return failWith(store.error());
    }
    auto s = summary::forIstDay(*store.value(), day);
    if (!s) {
        return failWith(s.error());
    }
    printJson(json::daily(s.value()));
    return ExitOk;
}

int runDoctor(Options& o)
{
    auto store = openExisting(o); // open = PRAGMAs asserted + integrity_check
    if (!store) {
        return failWith(store.error());
    }
    auto d = store.value()->durability();
    auto unresolved = store.value()->unresolvedCount();
    auto unknown = store.value()->originUnknownOpenRows();
    if (!d || !unresolved || !unknown) {
        return failWith(!d ? d.error() : !unresolved ? unresolved.error() : unknown.error());
    }
    QJsonObject out;
    out[QStringLiteral("path")] = store.value()->path();
    out[QStringLiteral("schema_version")] = schema::version(store.value()->database()).value();
    out[QStringLiteral("journal_mode")] = d.value().journalMode;
    out[QStringLiteral("synchronous")] = d.value().synchronous;
    out[QStringLiteral("foreign_keys")] = d.value().foreignKeys;
    out[QStringLiteral("secure_delete")] = d.value().secureDelete;
    out[QStringLiteral("integrity")] = QStringLiteral("ok");
    out[QStringLiteral("unresolved")] = unresolved.value();
    const auto env = store.value()->environment();
    out[QStringLiteral("environment")] = env ? QJsonValue(wireName(*env)) : QJsonValue();
    // Rows of unknown origin are never reconciled: the agent settles them by hand (journal migrate lists them).
    out[QStringLiteral("origin_unknown_open")] = int(unknown.value().size());
    printJson(out);
    return ExitOk;
}

int runVerify(Options& o)
{
    auto store = openExisting(o);
    if (!store) {
        return failWith(store.error());
    }
    auto check = store.value()->verifyChain();
    if (!check) {
        return failWith(check.error());
    }
    const chain::Check& c = check.value();
    QJsonObject out;
    out[QStringLiteral("intact")] = c.intact;
    out[QStringLiteral("events")] = double(c.events);
    out[QStringLiteral("transactions")] = double(c.transactions);
    out[QStringLiteral("first_bad_event_id")]
        = c.firstBadEventId > 0 ? QJsonValue(double(c.firstBadEventId)) : QJsonValue();
    out[QStringLiteral("first_bad_client_ref_id")]
        = c.firstBadClientRefId.isEmpty() ? QJsonValue() : QJsonValue(c.firstBadClientRefId);
    printJson(out);
    if (!c.intact) {
        return fail(QStringLiteral("the journal was modified outside Saathi (%1)")
                        .arg(c.firstBadEventId > 0 ? QStringLiteral("event %1").arg(c.firstBadEventId)
                                                   : QStringLiteral("row %1").arg(c.firstBadClientRefId)));
    }
    return ExitOk;
}

int runReconcile(Options& o)
{
    // Eko is asked through the real client: from --config, or a factory the composition root installed. Only rows of
    // the environment that client talks to are inquired (issue #12).
    QNetworkAccessManager network;
    std::unique_ptr<eko::EkoClient> client;
    std::unique_ptr<TransactionInquirer> inquirer;
    if (o.parser.isSet(kConfig)) {
        QString why;
        const std::optional<EkoEnvironment> env = EkoCli::journalEnvironment(o.parser, &why);
        if (!env) {
            return usageError(why);
        }
        if (!chooseFile(&o, env, &why)) {
            return usageError(why);
        }
        eko::EkoConfig config;
        const auto plain = o.parser.isSet(kInsecureLoopback) ? eko::PlainHttp::Loopback : eko::PlainHttp::Refused;
        if (!EkoCli::loadConfigFile(o.parser.value(kConfig), 30000, &config, plain)) {
            return ExitUsage;
        }
        client = std::make_unique<eko::EkoClient>(&network, eko::EndpointCatalogue::builtIn().value(), config,
                                                  SystemClock::instance());
        auto ekoInquirer = std::make_unique<reconcile::EkoTransactionInquirer>(*client);
        ekoInquirer->setEnvironment(env);
        inquirer = std::move(ekoInquirer);
    } else {
        const InquirerFactory& factory = inquirerFactory();
        if (!factory) {
            return fail(QStringLiteral("reconcile needs Eko: give --config FILE (the app reconciles on its own at "
                                       "start-up)"));
        }
        Error error;
        inquirer = factory(&error);
        if (!inquirer) {
            return failWith(error);
        }
    }
    auto store = openExisting(o);
    if (!store) {
        return failWith(store.error());
    }
    Reconciler reconciler(*store.value(), inquirer.get(), SystemClock::instance());
    const std::optional<EkoEnvironment> asked = reconciler.environment();
    if (!asked) {
        return fail(QStringLiteral("the Eko settings are not for this journal's environment (or name none): "
                                   "nothing inquired"));
    }
    auto before = store.value()->openRows(*asked);
    if (!before) {
        return failWith(before.error());
    }
    QList<TransactionRecord> changed;
    QObject::connect(&reconciler, &Reconciler::rowChanged, &reconciler,
                     [&changed](const TransactionRecord& r) { changed.append(r); });
    QObject::connect(&reconciler, &Reconciler::passFinished, &reconciler, [] { QCoreApplication::exit(0); });
    reconciler.reconcileNow(!o.parser.isSet(kDue));
    QCoreApplication::exec(); // the CLI's only event loop: runs until the pass is done
    QJsonArray rows;
    for (const TransactionRecord& r : changed) {
        rows.append(json::record(r));
    }
    QJsonObject out;
    out[QStringLiteral("environment")] = wireName(*asked);
    out[QStringLiteral("open_before")] = int(before.value().size());
    out[QStringLiteral("inquired")] = int(changed.size());
    out[QStringLiteral("rows")] = rows;
    out[QStringLiteral("unresolved")] = reconciler.unresolvedCount();
    printJson(out);
    return ExitOk;
}

// A journal sub-command on --db's file or --env's environment's journal (reconcile --config: the config's).
CommandSpec sub(const char* name, const char* summary, QList<QCommandLineOption> options, int (*run)(Options& o),
                const char* arguments = "")
{
    const QString word = QString::fromLatin1(name);
    const bool reconcile = word == QLatin1String("reconcile");
    return CommandSpec {word,
                        QString::fromUtf8(summary),
                        {},
                        QString::fromLatin1(arguments),
                        QList<QCommandLineOption> {kEnv, kDb} + options,
                        {},
                        [run, reconcile](const QCommandLineParser& p) {
                            Options o {p, {}, {}};
                            QString why;
                            if (!(reconcile && p.isSet(kConfig)) && !chooseFile(&o, std::nullopt, &why)) {
                                return usageError(why);
                            }
                            return run(o);
                        }};
}

void registerJournalCommands(Registry& registry)
{
    const QList<QCommandLineOption> filters {kFrom, kTo, kMobile, kRef, kKind, kState};
    registry.add(
        {QStringLiteral("journal"),
         QStringLiteral("transaction journal: list, show, export, summary, doctor, verify, reconcile, migrate"),
         QStringLiteral("The counter's journal, on the same files the app uses: each Eko environment has its own "
                        "(--env, default the app's setting), --db names any file."),
         {},
         {},
         {sub("list", "journaled transactions, newest first, a page at a time",
              filters + QList<QCommandLineOption> {kLimit, kAfter}, runList),
          sub("show", "one transaction and its audit trail; REF: client_ref_id, Eko tid or RRN", {}, runShow, "REF"),
          sub("export", "transactions as CSV (the filters as for list)", filters + QList<QCommandLineOption> {kOut},
              runExport),
          sub("summary", "one IST day's totals", {kDay}, runSummary),
          sub("doctor", "durability settings, schema version, integrity, open rows", {}, runDoctor),
          sub("verify", "the audit trail's hash chain: was the file edited outside Saathi?", {}, runVerify),
          sub("reconcile", "ask Eko about every open row of the environment (or only the due ones)",
              {kDue, kConfig, kInsecureLoopback}, runReconcile),
          journalMigrateCommand()},
         {}});
}

} // namespace

SAATHI_CLI_COMMANDS(registerJournalCommands)

} // namespace saathi::cli
