// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// journal list|show|export|summary|doctor|verify|reconcile|migrate: the counter's transaction journal from a terminal,
// on the same files the app uses (WAL lets both read while the app runs; writes wait for each other). Each Eko
// environment has its own journal (issue #12): --env picks it (default: the app's setting), --db names any file.
#include "cli/CliCommand.h"
#include "cli/EkoCliSupport.h"
#include "cli/JournalCli.h"
#include "eko/EkoTransactionInquirer.h"
#include "journal/CsvExport.h"
#include "journal/DailySummary.h"
#include "journal/HistoryQuery.h"
#include "journal/InquirerFactory.h"
#include "journal/JournalEnvironment.h"
#include "journal/JournalJson.h"
#include "journal/JournalPaths.h"
#include "journal/JournalSchema.h"
#include "journal/JournalStore.h"
#include "journal/Reconciler.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>

#include <cstdio>

namespace saathi::cli {

namespace {

using namespace saathi::journal;

const QString kUsage = QStringLiteral(
    "journal list|show|export|summary|doctor|verify|reconcile|migrate [--env ENV | --db PATH] ...\n"
    "  --env ENV   training, uat or production: that environment's journal (default: the app's\n"
    "              environment setting, else training); --db PATH: any journal file, unchecked\n"
    "  list      [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--mobile M] [--ref R] [--kind K] [--state S]\n"
    "            [--limit N] [--after CURSOR]\n"
    "  show      REF                  (client_ref_id, Eko tid or RRN)\n"
    "  export    [filters as list] [--out FILE]   (CSV; to stdout without --out)\n"
    "  summary   [--day YYYY-MM-DD]   (IST day, default today)\n"
    "  doctor                          (durability PRAGMAs, schema version, integrity)\n"
    "  verify                          (audit-trail hash chain: was the file edited outside Saathi?)\n"
    "  reconcile [--due] [--config F]  (inquire every open row of the config's environment, or only\n"
    "                                  the due ones)\n"
    "  migrate   [--db LEGACY] [--user-code ENV=CODE ...] [--no-keychain]\n"
    "                                  (move the shared pre-v5 journal's rows into each environment's\n"
    "                                  journal, on evidence; see journal migrate --help)");

struct Options
{
    QCommandLineParser parser;
    QCommandLineOption db {QStringLiteral("db"), QStringLiteral("journal file"), QStringLiteral("PATH")};
    QCommandLineOption from {QStringLiteral("from"), QStringLiteral("first IST day"), QStringLiteral("DATE")};
    QCommandLineOption to {QStringLiteral("to"), QStringLiteral("last IST day"), QStringLiteral("DATE")};
    QCommandLineOption mobile {QStringLiteral("mobile"), QStringLiteral("customer mobile"), QStringLiteral("M")};
    QCommandLineOption ref {QStringLiteral("ref"), QStringLiteral("client_ref_id, tid or RRN"), QStringLiteral("R")};
    QCommandLineOption kind {QStringLiteral("kind"), QStringLiteral("transaction kind"), QStringLiteral("K")};
    QCommandLineOption state {QStringLiteral("state"), QStringLiteral("state"), QStringLiteral("S")};
    QCommandLineOption limit {QStringLiteral("limit"), QStringLiteral("rows per page"), QStringLiteral("N")};
    QCommandLineOption after {QStringLiteral("after"), QStringLiteral("page cursor"), QStringLiteral("CURSOR")};
    QCommandLineOption out {QStringLiteral("out"), QStringLiteral("CSV file"), QStringLiteral("FILE")};
    QCommandLineOption day {QStringLiteral("day"), QStringLiteral("IST day"), QStringLiteral("DATE")};
    QCommandLineOption due {QStringLiteral("due"), QStringLiteral("only rows whose next attempt is due")};
    QCommandLineOption config {QStringLiteral("config"), QStringLiteral("Eko config file for reconcile"),
                               QStringLiteral("FILE")};
    QCommandLineOption env {QStringLiteral("env"), QStringLiteral("training, uat or production"),
                            QStringLiteral("ENV")};
    QCommandLineOption insecureLoopback {QStringLiteral("insecure-loopback"),
                                         QStringLiteral("reconcile: allow a plain http:// sandbox on 127.0.0.1")};

    // The file the subcommand works on: --db as given (no environment check), else the environment's journal.
    QString path;
    std::optional<EkoEnvironment> environment;

    Options()
    {
        parser.addOptions(
            {db, from, to, mobile, ref, kind, state, limit, after, out, day, due, config, env, insecureLoopback});
    }
};

// Picks the journal file: --db, else --env's (or the app's setting's) environment's journal.
bool chooseFile(Options* o, std::optional<EkoEnvironment> forced, QString* error)
{
    if (o->parser.isSet(o->db)) {
        o->path = o->parser.value(o->db);
        o->environment.reset();
        return true;
    }
    EkoEnvironment env = forced ? *forced : appSettingsEnvironment();
    if (o->parser.isSet(o->env) && !parseEnvironment(o->parser.value(o->env), &env)) {
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
    const QDate from = QDate::fromString(o.parser.value(o.from), Qt::ISODate);
    const QDate to = QDate::fromString(o.parser.value(o.to), Qt::ISODate);
    if ((o.parser.isSet(o.from) && !from.isValid()) || (o.parser.isSet(o.to) && !to.isValid())) {
        *error = QStringLiteral("--from/--to take a date as YYYY-MM-DD");
        return false;
    }
    if (from.isValid()) {
        f->fromMs = history::istDayStartMs(from);
    }
    if (to.isValid()) {
        f->toMs = history::istDayStartMs(to.addDays(1));
    }
    f->customerMobile = o.parser.value(o.mobile);
    f->reference = o.parser.value(o.ref);
    if (o.parser.isSet(o.kind)) {
        TxKind k {};
        if (!parseKind(o.parser.value(o.kind), &k)) {
            *error = QStringLiteral("unknown --kind (aeps_withdrawal, aadhaar_pay, dmt_transfer, refund, settlement, "
                                    "balance_enquiry, mini_statement)");
            return false;
        }
        f->kind = k;
    }
    if (o.parser.isSet(o.state)) {
        TxState s {};
        if (!parseState(o.parser.value(o.state), &s)) {
            *error = QStringLiteral("unknown --state (prepared, sent, pending, unknown, success, failed, not_sent, "
                                    "refund_pending, refunded)");
            return false;
        }
        f->state = s;
    }
    return true;
}

int runList(const Options& o)
{
    HistoryFilter filter;
    QString error;
    if (!parseFilter(o, &filter, &error)) {
        return usageError(error, kUsage);
    }
    bool ok = true;
    const int limit = o.parser.isSet(o.limit) ? o.parser.value(o.limit).toInt(&ok) : 50;
    const HistoryCursor after = HistoryCursor::fromString(o.parser.value(o.after));
    if (!ok || limit <= 0 || (o.parser.isSet(o.after) && after.isNull())) {
        return usageError(QStringLiteral("--limit takes a positive number; --after a cursor from a previous page"),
                          kUsage);
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

int runShow(const Options& o)
{
    const QStringList args = o.parser.positionalArguments();
    if (args.size() != 2) {
        return usageError(QStringLiteral("give one reference: client_ref_id, tid or RRN"), kUsage);
    }
    auto store = openExisting(o);
    if (!store) {
        return failWith(store.error());
    }
    auto row = store.value()->findByReference(args.at(1));
    if (!row) {
        return failWith(row.error());
    }
    if (!row.value()) {
        return fail(QStringLiteral("no transaction with reference %1").arg(args.at(1)));
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

int runExport(const Options& o)
{
    HistoryFilter filter;
    QString error;
    if (!parseFilter(o, &filter, &error)) {
        return usageError(error, kUsage);
    }
    auto store = openExisting(o);
    if (!store) {
        return failWith(store.error());
    }
    QFile file;
    const bool toFile = o.parser.isSet(o.out);
    if (toFile) {
        file.setFileName(o.parser.value(o.out));
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

int runSummary(const Options& o)
{
    QDate day = SystemClock::instance().istDate();
    if (o.parser.isSet(o.day)) {
        day = QDate::fromString(o.parser.value(o.day), Qt::ISODate);
        if (!day.isValid()) {
            return usageError(QStringLiteral("--day takes a date as YYYY-MM-DD"), kUsage);
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

int runDoctor(const Options& o)
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

int runVerify(const Options& o)
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
    if (o.parser.isSet(o.config)) {
        QString why;
        const std::optional<EkoEnvironment> env = EkoCli::journalEnvironment(o.parser, &why);
        if (!env) {
            return usageError(why, kUsage);
        }
        if (!chooseFile(&o, env, &why)) {
            return usageError(why, kUsage);
        }
        eko::EkoConfig config;
        const auto plain = o.parser.isSet(o.insecureLoopback) ? eko::PlainHttp::Loopback : eko::PlainHttp::Refused;
        if (!EkoCli::loadConfigFile(o.parser.value(o.config), 30000, &config, plain)) {
            return ExitUsage;
        }
        client = std::make_unique<eko::EkoClient>(&network, eko::EndpointCatalogue::builtIn().value(), config,
                                                  SystemClock::instance());
        auto ekoInquirer = std::make_unique<eko::EkoTransactionInquirer>(*client);
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
    reconciler.reconcileNow(!o.parser.isSet(o.due));
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

int runJournal(const QStringList& args)
{
    const QString first = args.value(0);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        if (first == QLatin1String("migrate")) {
            return runJournalMigrate(args.mid(1));
        }
        std::fputs(qPrintable(QStringLiteral("usage: saathi-cli ") + kUsage + QLatin1Char('\n')), stdout);
        return ExitOk;
    }
    if (first == QLatin1String("migrate")) {
        return runJournalMigrate(args.mid(1));
    }
    Options o;
    if (!o.parser.parse(QStringList {QStringLiteral("journal")} + args)) {
        return usageError(o.parser.errorText(), kUsage);
    }
    const QStringList positional = o.parser.positionalArguments();
    const QString sub = positional.value(0);
    QString why;
    if (sub != QLatin1String("reconcile") || !o.parser.isSet(o.config)) {
        if (!chooseFile(&o, std::nullopt, &why)) {
            return usageError(why, kUsage);
        }
    }
    if (sub == QLatin1String("list")) {
        return runList(o);
    }
    if (sub == QLatin1String("show")) {
        return runShow(o);
    }
    if (sub == QLatin1String("export")) {
        return runExport(o);
    }
    if (sub == QLatin1String("summary")) {
        return runSummary(o);
    }
    if (sub == QLatin1String("doctor")) {
        return runDoctor(o);
    }
    if (sub == QLatin1String("verify")) {
        return runVerify(o);
    }
    if (sub == QLatin1String("reconcile")) {
        return runReconcile(o);
    }
    return usageError(sub.isEmpty() ? QStringLiteral("give a journal subcommand")
                                    : QStringLiteral("unknown journal subcommand '%1'").arg(sub),
                      kUsage);
}

void registerJournalCommands(Registry& registry)
{
    registry.add({QStringLiteral("journal"),
                  QStringLiteral("transaction journal: list, show, export, summary, doctor, verify, reconcile, "
                                 "migrate (--help for options)"),
                  runJournal});
}

} // namespace

SAATHI_CLI_COMMANDS(registerJournalCommands)

} // namespace saathi::cli
