// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// receipt print|show|ports: a journaled AePS transaction's receipt, rebuilt from the journal row and the (sanitised)
// Eko answer stored with it, printed on an ESC/POS serial printer or shown as text; the serial ports on this machine.
#include "app/cli/CliCommand.h"
#include "app/cli/JournalCli.h"
#include "core/eko/AepsTransaction.h"
#include "core/eko/EkoEnvelope.h"
#include "core/journal/JournalPaths.h"
#include "core/journal/JournalStore.h"
#include "core/receipt/EscPosEncoder.h"
#include "core/receipt/Receipt.h"
#include "core/receipt/SerialReceiptPrinter.h"
#include "core/util/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace saathi::cli {

namespace {

using namespace saathi::receipt;

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
const QCommandLineOption kRef = opt("ref", "the transaction: client_ref_id, Eko tid or RRN (required)", "R");
const QCommandLineOption kPort
    = opt("port", "the printer's serial port, e.g. COM3 or /dev/ttyUSB0 (`receipt ports`) (required)", "P");
const QCommandLineOption kBaud = opt("baud", "serial speed (default: 9600)", "N");
const QCommandLineOption kPaper = opt("paper", "paper width in mm: 58 or 80 (default: 58)", "MM");
const QCommandLineOption kTimeout = opt("timeout", "seconds to wait for the printer, 1-600 (default: 10)", "S");
const QCommandLineOption kNoStatus = opt("no-status", "do not ask the printer's status (printers that cannot answer)");
const QCommandLineOption kShop = opt("shop", "shop name printed on the receipt", "NAME");
const QCommandLineOption kAgent = opt("agent", "agent name printed on the receipt", "NAME");
const QCommandLineOption kTraining = opt("training", "print the training banner");

struct Options
{
    const QCommandLineParser& parser;
};

bool isAeps(journal::TxKind kind)
{
    return kind == journal::TxKind::AepsWithdrawal || kind == journal::TxKind::AadhaarPay
        || kind == journal::TxKind::BalanceEnquiry || kind == journal::TxKind::MiniStatement;
}

// The receipt of one journaled AePS transaction, or an error line for the user.
Result<Receipt> receiptFor(const Options& o)
{
    const auto error = [](const QString& message) { return Error {QStringLiteral("cli.receipt"), message, {}}; };
    const QString reference = o.parser.value(kRef);
    // Each environment keeps its own journal (issue #12): --db, else --env's or the app's environment's.
    EkoEnvironment env = appSettingsEnvironment();
    if (o.parser.isSet(kEnv) && !parseEnvironment(o.parser.value(kEnv), &env)) {
        return error(QStringLiteral("--env is training, uat or production"));
    }
    const QString path = o.parser.isSet(kDb) ? o.parser.value(kDb) : journal::JournalPaths::forEnvironment(env);
    if (!QFileInfo::exists(path)) {
        return error(QStringLiteral("no journal at %1 (use --env ENV or --db PATH)").arg(path));
    }
    auto store = journal::JournalStore::open(path, SystemClock::instance());
    if (!store) {
        return store.error();
    }
    auto row = store.value()->findByReference(reference);
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return error(QStringLiteral("no transaction with reference %1").arg(reference));
    }
    const journal::TransactionRecord& record = *row.value();
    if (!isAeps(record.kind)) {
        return error(QStringLiteral("%1 is not an AePS transaction; only AePS receipts are printed here")
                         .arg(record.clientRefId));
    }
    // Eko's answer, when there was one, adds STAN, terminal, bank name and balance; the journal row is the truth.
    eko::AepsTransaction answer;
    if (!record.rawResponse.isEmpty()) {
        if (auto envelope = eko::parseEnvelope(record.rawResponse.toUtf8())) {
            answer = eko::AepsTransaction::fromEnvelope(envelope.value());
        }
    }
    CounterIdentity identity;
    identity.userCode = record.agentUserCode;
    identity.shopName = o.parser.value(kShop);
    identity.agentName = o.parser.value(kAgent);
    Receipt receipt = Receipt::build(record, answer, identity);
    receipt.setTraining(o.parser.isSet(kTraining));
    return receipt;
}

int failWith(const Error& e)
{
    return fail(e.detail.isEmpty() ? e.userMessage
                                   : e.userMessage + QStringLiteral(" (") + e.detail + QLatin1Char(')'));
}

int runPrint(const Options& o)
{
    if (!o.parser.isSet(kRef) || !o.parser.isSet(kPort)) {
        return usageError(QStringLiteral("receipt print needs --ref and --port"));
    }
    SerialPrinterConfig config;
    config.portName = o.parser.value(kPort);
    config.askStatus = !o.parser.isSet(kNoStatus);
    bool ok = true;
    if (o.parser.isSet(kBaud)) {
        config.baud = o.parser.value(kBaud).toInt(&ok);
    }
    const QString paper = o.parser.value(kPaper);
    int seconds = 10;
    if (ok && o.parser.isSet(kTimeout)) {
        seconds = o.parser.value(kTimeout).toInt(&ok);
    }
    if (!ok || config.baud <= 0 || seconds <= 0 || seconds > 600
        || (!paper.isEmpty() && paper != QLatin1String("58") && paper != QLatin1String("80"))) {
        return usageError(QStringLiteral("--baud and --timeout take positive numbers; --paper 58 or 80"));
    }
    config.paper = paper == QLatin1String("80") ? PaperWidth::Mm80 : PaperWidth::Mm58;
    config.timeout = std::chrono::seconds(seconds);

    const Result<Receipt> receipt = receiptFor(o);
    if (!receipt) {
        return failWith(receipt.error());
    }
    SerialReceiptPrinter printer(config);
    Error outcome;
    QObject::connect(&printer, &SerialReceiptPrinter::printed, &printer, [&outcome](quint64, const Error& e) {
        outcome = e;
        QCoreApplication::exit(0);
    });
    printer.print(receipt.value());
    QCoreApplication::exec(); // the CLI's only event loop: runs until the printer answered
    if (!outcome.isNull()) {
        return failWith(outcome);
    }
    QJsonObject out;
    out[QStringLiteral("printed")] = true;
    out[QStringLiteral("port")] = config.portName;
    out[QStringLiteral("bytes")] = static_cast<int>(EscPosEncoder(config.paper).encode(receipt.value()).size());
    out[QStringLiteral("status")] = receipt.value().statusText();
    printJson(out);
    return ExitOk;
}

int runShow(const Options& o)
{
    if (!o.parser.isSet(kRef)) {
        return usageError(QStringLiteral("receipt show needs --ref"));
    }
    const Result<Receipt> receipt = receiptFor(o);
    if (!receipt) {
        return failWith(receipt.error());
    }
    QJsonArray lines;
    for (const QByteArray& line : EscPosEncoder::asciiLines(receipt.value())) {
        lines.append(QString::fromLatin1(line));
    }
    QJsonObject out;
    out[QStringLiteral("status")] = receipt.value().statusText();
    out[QStringLiteral("text")] = receipt.value().plainText();
    out[QStringLiteral("printer_lines")] = lines;
    printJson(out);
    return ExitOk;
}

int runPorts()
{
    QJsonArray ports;
    for (const SerialPortChoice& choice : SerialReceiptPrinter::availablePorts()) {
        ports.append(
            QJsonObject {{QStringLiteral("name"), choice.name}, {QStringLiteral("description"), choice.description}});
    }
    printJson({{QStringLiteral("ports"), ports}});
    return ExitOk;
}

void registerReceiptCommands(Registry& registry)
{
    const QList<QCommandLineOption> receipt {kRef, kEnv, kDb, kShop, kAgent, kTraining};
    registry.add({QStringLiteral("receipt"),
                  QStringLiteral("a journaled AePS receipt: print (ESC/POS serial printer), show, ports"),
                  QStringLiteral("The receipt is rebuilt from the journal row and Eko's answer stored with it."),
                  {},
                  {},
                  {{QStringLiteral("print"),
                    QStringLiteral("print a transaction's receipt on an ESC/POS serial printer"),
                    {},
                    {},
                    receipt + QList<QCommandLineOption> {kPort, kBaud, kPaper, kTimeout, kNoStatus},
                    {},
                    [](const QCommandLineParser& p) { return runPrint(Options {p}); }},
                   {QStringLiteral("show"),
                    QStringLiteral("a transaction's receipt as text and printer lines (JSON)"),
                    {},
                    {},
                    receipt,
                    {},
                    [](const QCommandLineParser& p) { return runShow(Options {p}); }},
                   {QStringLiteral("ports"),
                    QStringLiteral("the serial ports on this machine"),
                    {},
                    {},
                    {},
                    {},
                    [](const QCommandLineParser&) { return runPorts(); }}},
                  {}});
}

} // namespace

SAATHI_CLI_COMMANDS(registerReceiptCommands)

} // namespace saathi::cli
