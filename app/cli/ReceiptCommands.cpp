// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// receipt print|show|ports: a journaled AePS transaction's receipt, rebuilt from the journal row and the (sanitised)
// Eko answer stored with it, printed on an ESC/POS serial printer or shown as text; the serial ports on this machine.
#include "cli/CliCommand.h"
#include "cli/JournalCli.h"
#include "eko/AepsTransaction.h"
#include "eko/EkoEnvelope.h"
#include "journal/JournalPaths.h"
#include "journal/JournalStore.h"
#include "receipt/EscPosEncoder.h"
#include "receipt/Receipt.h"
#include "receipt/SerialReceiptPrinter.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace saathi::cli {

namespace {

using namespace saathi::receipt;

const QString kUsage = QStringLiteral(
    "receipt print|show|ports ...\n"
    "  print  --ref R --port P [--baud 9600] [--paper 58|80] [--timeout SECONDS] [--no-status] [--db PATH]\n"
    "         [--shop NAME] [--agent NAME] [--training]\n"
    "         (R: client_ref_id, Eko tid or RRN; P: COM3, /dev/ttyUSB0 — see `receipt ports`)\n"
    "  show   --ref R [--db PATH] [--shop NAME] [--agent NAME] [--training]   (the receipt as text, JSON)\n"
    "  --env ENV: the journal of training, uat or production (default: the app's setting); --db PATH: any file\n"
    "  ports                                        (serial ports on this machine)");

struct Options
{
    QCommandLineParser parser;
    QCommandLineOption db {QStringLiteral("db"), QStringLiteral("journal file"), QStringLiteral("PATH")};
    QCommandLineOption ref {QStringLiteral("ref"), QStringLiteral("client_ref_id, tid or RRN"), QStringLiteral("R")};
    QCommandLineOption port {QStringLiteral("port"), QStringLiteral("serial port"), QStringLiteral("P")};
    QCommandLineOption baud {QStringLiteral("baud"), QStringLiteral("speed"), QStringLiteral("N")};
    QCommandLineOption paper {QStringLiteral("paper"), QStringLiteral("58 or 80 (mm)"), QStringLiteral("MM")};
    QCommandLineOption timeout {QStringLiteral("timeout"), QStringLiteral("seconds"), QStringLiteral("S")};
    QCommandLineOption noStatus {QStringLiteral("no-status"), QStringLiteral("do not ask the printer's status")};
    QCommandLineOption shop {QStringLiteral("shop"), QStringLiteral("shop name"), QStringLiteral("NAME")};
    QCommandLineOption agent {QStringLiteral("agent"), QStringLiteral("agent name"), QStringLiteral("NAME")};
    QCommandLineOption training {QStringLiteral("training"), QStringLiteral("training banner")};
    QCommandLineOption env {QStringLiteral("env"), QStringLiteral("training, uat or production"),
                            QStringLiteral("ENV")};

    Options() { parser.addOptions({db, ref, port, baud, paper, timeout, noStatus, shop, agent, training, env}); }
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
    const QString reference = o.parser.value(o.ref);
    // Each environment keeps its own journal (issue #12): --db, else --env's or the app's environment's.
    EkoEnvironment env = appSettingsEnvironment();
    if (o.parser.isSet(o.env) && !parseEnvironment(o.parser.value(o.env), &env)) {
        return error(QStringLiteral("--env is training, uat or production"));
    }
    const QString path = o.parser.isSet(o.db) ? o.parser.value(o.db) : journal::JournalPaths::forEnvironment(env);
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
    identity.shopName = o.parser.value(o.shop);
    identity.agentName = o.parser.value(o.agent);
    Receipt receipt = Receipt::build(record, answer, identity);
    receipt.setTraining(o.parser.isSet(o.training));
    return receipt;
}

int failWith(const Error& e)
{
    return fail(e.detail.isEmpty() ? e.userMessage
                                   : e.userMessage + QStringLiteral(" (") + e.detail + QLatin1Char(')'));
}

int runPrint(const Options& o)
{
    if (!o.parser.isSet(o.ref) || !o.parser.isSet(o.port)) {
        return usageError(QStringLiteral("receipt print needs --ref and --port"), kUsage);
    }
    SerialPrinterConfig config;
    config.portName = o.parser.value(o.port);
    config.askStatus = !o.parser.isSet(o.noStatus);
    bool ok = true;
    if (o.parser.isSet(o.baud)) {
        config.baud = o.parser.value(o.baud).toInt(&ok);
    }
    const QString paper = o.parser.value(o.paper);
    int seconds = 10;
    if (ok && o.parser.isSet(o.timeout)) {
        seconds = o.parser.value(o.timeout).toInt(&ok);
    }
    if (!ok || config.baud <= 0 || seconds <= 0 || seconds > 600
        || (!paper.isEmpty() && paper != QLatin1String("58") && paper != QLatin1String("80"))) {
        return usageError(QStringLiteral("--baud and --timeout take positive numbers; --paper 58 or 80"), kUsage);
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
    if (!o.parser.isSet(o.ref)) {
        return usageError(QStringLiteral("receipt show needs --ref"), kUsage);
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

int runReceipt(const QStringList& args)
{
    Options o;
    if (!o.parser.parse(QStringList {QStringLiteral("saathi-cli receipt")} + args)) {
        return usageError(o.parser.errorText(), kUsage);
    }
    const QStringList positional = o.parser.positionalArguments();
    const QString sub = positional.value(0);
    if (positional.size() > 1) {
        return usageError(QStringLiteral("unexpected argument '%1'").arg(positional.at(1)), kUsage);
    }
    if (sub == QLatin1String("print")) {
        return runPrint(o);
    }
    if (sub == QLatin1String("show")) {
        return runShow(o);
    }
    if (sub == QLatin1String("ports")) {
        return runPorts();
    }
    return usageError(sub.isEmpty() ? QStringLiteral("give a receipt subcommand")
                                    : QStringLiteral("unknown receipt subcommand '%1'").arg(sub),
                      kUsage);
}

void registerReceiptCommands(Registry& registry)
{
    registry.add({QStringLiteral("receipt"),
                  QStringLiteral("a journaled AePS receipt: print (ESC/POS serial printer), show, ports"), runReceipt});
}

} // namespace

SAATHI_CLI_COMMANDS(registerReceiptCommands)

} // namespace saathi::cli
