// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// claim list|slip (issue #19): the customer money that may be stuck — withdrawals and transfers failed, pending or
// unknown — with each row's clock against RBI's turnaround rule, and the claim slip the customer takes to their
// bank, in English or Hindi. Read-only, on the journal the app uses (--env) or any file (--db).
#include "app/cli/CliCommand.h"
#include "app/cli/JournalCli.h"
#include "core/claims/StuckMoney.h"
#include "core/journal/JournalPaths.h"
#include "core/journal/JournalStore.h"
#include "core/util/Clock.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QSettings>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace saathi::cli {

namespace {

using namespace saathi::claims;

QCommandLineOption opt(const char* name, const char* help, const char* value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help), QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help));
}

const QCommandLineOption kDb = opt("db", "any journal file, opened as it is", "PATH");
const QCommandLineOption kEnv = opt("env",
                                    "training, uat or production: that environment's journal (default: the app's "
                                    "environment setting, else training)",
                                    "ENV");
const QCommandLineOption kRules = opt("rules",
                                      "a turnaround rules file (default: the setting claims/rules, else the built-in "
                                      "RBI rules)",
                                      "FILE");
const QCommandLineOption kMobile
    = opt("mobile", "the returning customer's 10-digit mobile: their rows that are or were stuck", "M");
const QCommandLineOption kLang = opt("lang", "the slip's language: en or hi (default: en)", "L");
const QCommandLineOption kShop = opt("shop", "shop name printed at the top of the slip", "NAME");
const QCommandLineOption kAddress = opt("address", "shop address printed under its name", "TEXT");
const QCommandLineOption kWidth = opt("width", "characters per line: 32 (58 mm paper) to 64 (default: 42)", "N");
const QCommandLineOption kTraining = opt("training", "mark the slip TRAINING");

int failWith(const Error& e)
{
    return fail(e.detail.isEmpty() ? e.userMessage
                                   : e.userMessage + QStringLiteral(" (") + e.detail + QLatin1Char(')'));
}

// --rules, else the app's setting claims/rules (as the app reads it), else the built-in rules.
Result<ClaimRules> rulesFor(const QCommandLineParser& p)
{
    QString path = p.value(kRules);
    if (path.isEmpty()) {
        const QString file = qEnvironmentVariable("SAATHI_SETTINGS_PATH");
        const auto settings = file.isEmpty()
            ? std::make_unique<QSettings>(QStringLiteral("Saathi"), QStringLiteral("saathi"))
            : std::make_unique<QSettings>(file, QSettings::IniFormat);
        path = settings->value(QStringLiteral("claims/rules")).toString();
    }
    return path.isEmpty() ? Result<ClaimRules>(ClaimRules::builtIn()) : ClaimRules::load(path);
}

// The journal, opened read-only in spirit: these commands never write a row.
Result<std::unique_ptr<journal::JournalStore>> openJournal(const QCommandLineParser& p)
{
    EkoEnvironment env = appSettingsEnvironment();
    if (p.isSet(kEnv) && !parseEnvironment(p.value(kEnv), &env)) {
        return Error {QStringLiteral("cli.usage"), QStringLiteral("--env is training, uat or production"), {}};
    }
    const QString path = p.isSet(kDb) ? p.value(kDb) : journal::JournalPaths::forEnvironment(env);
    if (!QFileInfo::exists(path)) {
        return Error {QStringLiteral("journal.missing"),
                      QStringLiteral("no journal at %1 (use --env ENV or --db PATH)").arg(path),
                      {}};
    }
    journal::JournalStore::Options options;
    options.checkpointOnClose = false;
    return journal::JournalStore::open(path, SystemClock::instance(), options);
}

QString istIso(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Clock::istZone()).toString(Qt::ISODate);
}

QJsonObject stuckJson(const StuckRow& s)
{
    QJsonObject o;
    o[QStringLiteral("client_ref_id")] = s.row.clientRefId;
    o[QStringLiteral("kind")] = journal::wireName(s.row.kind);
    o[QStringLiteral("state")] = journal::wireName(s.row.state);
    o[QStringLiteral("amount_paise")] = double(s.row.amount.value);
    o[QStringLiteral("created_at")] = istIso(s.row.createdAtMs);
    o[QStringLiteral("rule")] = s.ruleId;
    o[QStringLiteral("days_since")] = s.clock.daysSince;
    o[QStringLiteral("deadline")] = s.clock.deadline.toString(Qt::ISODate);
    o[QStringLiteral("days_left")] = s.clock.daysLeft;
    o[QStringLiteral("compensation_due_paise")]
        = double(s.resolved ? 0 : s.compensationPerDay.value * s.clock.compensationDays());
    o[QStringLiteral("resolved")] = s.resolved;
    o[QStringLiteral("resolved_at")] = s.resolved ? QJsonValue(istIso(s.resolvedAtMs)) : QJsonValue();
    o[QStringLiteral("tell")] = StuckMoney::tellCustomer(s);
    return o;
}

int runList(const QCommandLineParser& p)
{
    const QString mobile = p.value(kMobile);
    if (p.isSet(kMobile)
        && (mobile.size() != 10 || !std::all_of(mobile.cbegin(), mobile.cend(), [](QChar c) { return c.isDigit(); }))) {
        return usageError(QStringLiteral("--mobile takes the customer's 10-digit mobile number"));
    }
    const auto rules = rulesFor(p);
    if (!rules) {
        return failWith(rules.error());
    }
    const auto store = openJournal(p);
    if (!store) {
        return failWith(store.error());
    }
    StuckMoney stuck(*store.value(), rules.value());
    const qint64 now = SystemClock::instance().nowMs();
    const auto rows = p.isSet(kMobile) ? stuck.forMobile(mobile, now) : stuck.toChase(now);
    if (!rows) {
        return failWith(rows.error());
    }
    QJsonArray list;
    for (const StuckRow& s : rows.value()) {
        list.append(stuckJson(s));
    }
    QJsonObject out;
    out[QStringLiteral("claims")] = list;
    out[QStringLiteral("count")] = static_cast<int>(list.size());
    printJson(out);
    return ExitOk;
}

int runSlip(const QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1) {
        return usageError(QStringLiteral("claim slip takes one REF: a client_ref_id, Eko tid or RRN"));
    }
    const QString lang = p.isSet(kLang) ? p.value(kLang) : QStringLiteral("en");
    bool widthOk = true;
    const int width = p.isSet(kWidth) ? p.value(kWidth).toInt(&widthOk) : 42;
    if ((lang != QLatin1String("en") && lang != QLatin1String("hi")) || !widthOk || width < 32 || width > 64) {
        return usageError(QStringLiteral("--lang en or hi; --width 32 to 64"));
    }
    const auto rules = rulesFor(p);
    if (!rules) {
        return failWith(rules.error());
    }
    const auto store = openJournal(p);
    if (!store) {
        return failWith(store.error());
    }
    CounterIdentity identity; // the agent code comes from the row
    identity.shopName = p.value(kShop);
    identity.shopAddress = p.value(kAddress);
    auto slip = StuckMoney(*store.value(), rules.value())
                    .slip(args.constFirst(), identity, lang, SystemClock::instance().nowMs());
    if (!slip) {
        return failWith(slip.error());
    }
    slip.value().setTraining(p.isSet(kTraining));
    fputs(slip.value().plainText(width).toUtf8().constData(), stdout);
    return ExitOk;
}

void registerClaimCommands(Registry& registry)
{
    CommandSpec list;
    list.name = QStringLiteral("list");
    list.summary = QStringLiteral("stuck money to chase, or one returning customer's rows (--mobile), as JSON");
    list.description = QStringLiteral(
        "Without --mobile: every withdrawal, Aadhaar Pay or transfer still open, or failed within its rule's window "
        "(plus 30 days), oldest first. With --mobile: that customer's rows of the last 60 days that are or were "
        "stuck, newest first, with what to tell them. Amounts in integer paise; dates in IST.");
    list.options = {kMobile};
    list.run = runList;

    CommandSpec slip;
    slip.name = QStringLiteral("slip");
    slip.summary = QStringLiteral("print the customer's claim slip for one row (text, thermal width)");
    slip.description = QStringLiteral(
        "The dispute keys (RRN, STAN, Eko TID, client_ref_id, amount, IST time, agent code), the deadline and the RBI "
        "rule, in English or Hindi. Never the mobile number, never more than the Aadhaar's last four digits.");
    slip.arguments = QStringLiteral("REF");
    slip.options = {kLang, kShop, kAddress, kWidth, kTraining};
    slip.run = runSlip;

    CommandSpec claim;
    claim.name = QStringLiteral("claim");
    claim.summary = QStringLiteral("stuck money chased for the customer: the clock and the claim slip");
    claim.options = {kDb, kEnv, kRules};
    claim.subcommands = {list, slip};
    registry.add(claim);
}

} // namespace

SAATHI_CLI_COMMANDS(registerClaimCommands)

} // namespace saathi::cli
