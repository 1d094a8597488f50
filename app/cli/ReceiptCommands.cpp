// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// receipt print|png|show|ports: any journaled transaction's receipt (AePS, DMT transfer, refund), rebuilt by
// core's JournalReceipts from the journal row and the sanitised Eko answer stored with it; printed on an ESC/POS
// serial printer (text, or a raster picture for Hindi), written as the very PNG the printer gets, or shown as text.
#include "app/cli/CliCommand.h"
#include "app/cli/JournalCli.h"
#include "core/journal/JournalPaths.h"
#include "core/journal/JournalStore.h"
#include "core/receipt/EscPosEncoder.h"
#include "core/receipt/JournalReceipts.h"
#include "core/receipt/SerialReceiptPrinter.h"
#include "core/settings/Catalogue.h"
#include "core/util/Clock.h"
#include "print/EscPosRaster.h"
#include "print/ReceiptImage.h"
#include "print/ThermalReceiptPrinter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace saathi::cli {

namespace {

using namespace saathi::receipt;
using print::ThermalMode;

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
const QCommandLineOption kWidth = opt("width", "paper width in mm: 58 or 80 (default: 58)", "MM");
const QCommandLineOption kPaper = opt("paper", "the same as --width (kept for scripts)", "MM");
const QCommandLineOption kTimeout = opt("timeout", "seconds to wait for the printer, 1-600 (default: 10)", "S");
const QCommandLineOption kNoStatus = opt("no-status", "do not ask the printer's status (printers that cannot answer)");
const QCommandLineOption kShop = opt("shop", "shop name printed on the receipt", "NAME");
const QCommandLineOption kAddress = opt("address", "shop address printed under its name", "TEXT");
const QCommandLineOption kAgent = opt("agent", "agent name printed on the receipt", "NAME");
const QCommandLineOption kTraining = opt("training", "print the training banner");
const QCommandLineOption kLang = opt("lang", "the receipt's language: en or hi (default: en)", "L");
const QCommandLineOption kDuplicate = opt("duplicate", "mark the receipt DUPLICATE (a reprint)");
const QCommandLineOption kMode = opt("mode",
                                     "text (ESC/POS text, English), image (raster picture) or auto (default: image "
                                     "when the receipt has Hindi, else text)",
                                     "M");
const QCommandLineOption kOut = opt("out", "the PNG file to write (required)", "FILE");

struct Choices
{
    PaperWidth paper = PaperWidth::Mm58;
    ThermalMode mode = ThermalMode::Auto;
};

// --lang, --width/--paper and --mode; false after printing a usage error into *code.
bool readChoices(const QCommandLineParser& p, Choices* c, int* code)
{
    const QString lang = p.isSet(kLang) ? p.value(kLang) : QStringLiteral("en");
    const QString width = p.isSet(kWidth) ? p.value(kWidth) : p.value(kPaper);
    const QString mode = p.isSet(kMode) ? p.value(kMode) : QStringLiteral("auto");
    if ((lang != QLatin1String("en") && lang != QLatin1String("hi"))
        || (!width.isEmpty() && width != QLatin1String("58") && width != QLatin1String("80"))
        || !QStringList {QStringLiteral("auto"), QStringLiteral("text"), QStringLiteral("image")}.contains(mode)) {
        *code = usageError(QStringLiteral("--lang en or hi; --width (--paper) 58 or 80; --mode auto, text or image"));
        return false;
    }
    if (!settings::catalogue::install(lang) && lang != QLatin1String("en")) {
        *code = fail(QStringLiteral("the %1 catalogue is not in this build").arg(lang));
        return false;
    }
    c->paper = width == QLatin1String("80") ? PaperWidth::Mm80 : PaperWidth::Mm58;
    c->mode = mode == QLatin1String("text") ? ThermalMode::Text
        : mode == QLatin1String("image")    ? ThermalMode::Image
                                            : ThermalMode::Auto;
    return true;
}

// The receipt of one journaled transaction, or an error line for the user.
Result<AnyReceipt> receiptFor(const QCommandLineParser& p)
{
    const auto error = [](const QString& message) { return Error {QStringLiteral("cli.receipt"), message, {}}; };
    // Each environment keeps its own journal (issue #12): --db, else --env's or the app's environment's.
    EkoEnvironment env = appSettingsEnvironment();
    if (p.isSet(kEnv) && !parseEnvironment(p.value(kEnv), &env)) {
        return error(QStringLiteral("--env is training, uat or production"));
    }
    const QString path = p.isSet(kDb) ? p.value(kDb) : journal::JournalPaths::forEnvironment(env);
    if (!QFileInfo::exists(path)) {
        return error(QStringLiteral("no journal at %1 (use --env ENV or --db PATH)").arg(path));
    }
    auto store = journal::JournalStore::open(path, SystemClock::instance());
    if (!store) {
        return store.error();
    }
    CounterIdentity identity; // the agent code comes from the row
    identity.shopName = p.value(kShop);
    identity.shopAddress = p.value(kAddress);
    identity.agentName = p.value(kAgent);
    auto receipt = JournalReceipts::find(*store.value(), p.value(kRef), identity);
    if (receipt) {
        JournalReceipts::setTraining(receipt.value(), p.isSet(kTraining));
        JournalReceipts::setDuplicate(receipt.value(), p.isSet(kDuplicate));
    }
    return receipt;
}

int failWith(const Error& e)
{
    return fail(e.detail.isEmpty() ? e.userMessage
                                   : e.userMessage + QStringLiteral(" (") + e.detail + QLatin1Char(')'));
}

// The bytes the printer gets in `mode` (ThermalReceiptPrinter makes the same ones).
QByteArray printerBytes(const AnyReceipt& receipt, PaperWidth paper, bool image)
{
    return std::visit(
        [paper, image](const auto& r) {
            return image ? print::EscPosRaster::encode(print::ReceiptImage::render(r, paper))
                         : EscPosEncoder(paper).encode(r);
        },
        receipt);
}

int runPrint(const QCommandLineParser& p)
{
    if (!p.isSet(kRef) || !p.isSet(kPort)) {
        return usageError(QStringLiteral("receipt print needs --ref and --port"));
    }
    print::ThermalConfig config;
    config.serial.portName = p.value(kPort);
    config.serial.askStatus = !p.isSet(kNoStatus);
    bool ok = true;
    if (p.isSet(kBaud)) {
        config.serial.baud = p.value(kBaud).toInt(&ok);
    }
    int seconds = 10;
    if (ok && p.isSet(kTimeout)) {
        seconds = p.value(kTimeout).toInt(&ok);
    }
    if (!ok || config.serial.baud <= 0 || seconds <= 0 || seconds > 600) {
        return usageError(QStringLiteral("--baud and --timeout take positive numbers"));
    }
    Choices choices;
    int code = ExitOk;
    if (!readChoices(p, &choices, &code)) {
        return code;
    }
    config.serial.paper = choices.paper;
    config.serial.timeout = std::chrono::seconds(seconds);
    config.mode = choices.mode;

    const Result<AnyReceipt> receipt = receiptFor(p);
    if (!receipt) {
        return failWith(receipt.error());
    }
    const bool image
        = print::ThermalReceiptPrinter::usesImage(choices.mode, JournalReceipts::plainText(receipt.value()));
    print::ThermalReceiptPrinter printer(config);
    Error outcome;
    QObject::connect(&printer, &print::ThermalReceiptPrinter::printed, &printer, [&outcome](quint64, const Error& e) {
        outcome = e;
        QCoreApplication::exit(0);
    });
    std::visit([&printer](const auto& r) { printer.print(r); }, receipt.value());
    QCoreApplication::exec(); // the CLI's only event loop: runs until the printer answered
    if (!outcome.isNull()) {
        return failWith(outcome);
    }
    QJsonObject out;
    out[QStringLiteral("printed")] = true;
    out[QStringLiteral("port")] = config.serial.portName;
    out[QStringLiteral("mode")] = image ? QStringLiteral("image") : QStringLiteral("text");
    out[QStringLiteral("bytes")] = static_cast<int>(printerBytes(receipt.value(), choices.paper, image).size());
    out[QStringLiteral("status")] = JournalReceipts::statusText(receipt.value());
    printJson(out);
    return ExitOk;
}

int runPng(const QCommandLineParser& p)
{
    if (!p.isSet(kRef) || !p.isSet(kOut)) {
        return usageError(QStringLiteral("receipt png needs --ref and --out"));
    }
    Choices choices;
    int code = ExitOk;
    if (!readChoices(p, &choices, &code)) {
        return code;
    }
    const Result<AnyReceipt> receipt = receiptFor(p);
    if (!receipt) {
        return failWith(receipt.error());
    }
    const QImage image = std::visit([&choices](const auto& r) { return print::ReceiptImage::render(r, choices.paper); },
                                    receipt.value());
    if (!image.save(p.value(kOut), "PNG")) {
        return fail(QStringLiteral("cannot write %1").arg(p.value(kOut)));
    }
    QJsonObject out;
    out[QStringLiteral("written")] = QFileInfo(p.value(kOut)).absoluteFilePath();
    out[QStringLiteral("width")] = image.width();
    out[QStringLiteral("height")] = image.height();
    out[QStringLiteral("status")] = JournalReceipts::statusText(receipt.value());
    out[QStringLiteral("qr")] = JournalReceipts::qrPayload(receipt.value());
    printJson(out);
    return ExitOk;
}

int runShow(const QCommandLineParser& p)
{
    if (!p.isSet(kRef)) {
        return usageError(QStringLiteral("receipt show needs --ref"));
    }
    Choices choices;
    int code = ExitOk;
    if (!readChoices(p, &choices, &code)) {
        return code;
    }
    const Result<AnyReceipt> receipt = receiptFor(p);
    if (!receipt) {
        return failWith(receipt.error());
    }
    QJsonArray lines;
    const auto ascii = std::visit([](const auto& r) { return EscPosEncoder::asciiLines(r); }, receipt.value());
    for (const QByteArray& line : ascii) {
        lines.append(QString::fromLatin1(line));
    }
    QJsonObject out;
    out[QStringLiteral("status")] = JournalReceipts::statusText(receipt.value());
    out[QStringLiteral("text")] = JournalReceipts::plainText(receipt.value());
    out[QStringLiteral("printer_lines")] = lines;
    out[QStringLiteral("qr")] = JournalReceipts::qrPayload(receipt.value());
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
    const QList<QCommandLineOption> receipt {kRef, kEnv, kDb, kShop, kAddress, kAgent, kTraining, kDuplicate, kLang};
    registry.add(
        {QStringLiteral("receipt"),
         QStringLiteral("a journaled transaction's receipt (AePS, DMT, refund): print, png, show, ports"),
         QStringLiteral("The receipt is rebuilt from the journal row and Eko's answer stored with it; failed and "
                        "pending ones carry the reason and what happens next. Every receipt has a QR code "
                        "(reference, amount, time, agent code)."),
         {},
         {},
         {{QStringLiteral("print"),
           QStringLiteral("print a transaction's receipt on an ESC/POS serial printer (raster for Hindi)"),
           {},
           {},
           receipt + QList<QCommandLineOption> {kWidth, kPaper, kMode, kPort, kBaud, kTimeout, kNoStatus},
           {},
           runPrint},
          {QStringLiteral("png"),
           QStringLiteral("write the very picture the printer gets (QR included) as a 1-bit PNG"),
           {},
           {},
           receipt + QList<QCommandLineOption> {kWidth, kPaper, kOut},
           {},
           runPng},
          {QStringLiteral("show"),
           QStringLiteral("a transaction's receipt as text and printer lines (JSON)"),
           {},
           {},
           receipt,
           {},
           runShow},
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
