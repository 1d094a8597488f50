// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The dmt commands' shared helpers and the ones that move money through the journal: plan, transfer, refund.
#include "app/cli/CliCommand.h"
#include "app/cli/CliJournal.h"
#include "app/cli/DmtCli.h"
#include "app/cli/EkoCliSupport.h"
#include "core/counter/CounterServices.h"
#include "core/dmt/DmtRefundFlow.h"
#include "core/dmt/DmtService.h"
#include "core/dmt/DmtTransferFlow.h"
#include "core/eko/EkoClient.h"
#include "core/journal/JournalService.h"
#include "core/receipt/DmtReceipt.h"
#include "core/util/ClientRefId.h"
#include "core/util/Clock.h"
#include "core/validation/AmountRules.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QTextStream>

namespace saathi::cli::dmtcli {

namespace {

// The environment's journal the app uses (or --db), opened on its worker thread; null after printing why.
std::unique_ptr<journal::JournalService> openJournal(const QCommandLineParser& p)
{
    JournalTarget target;
    QString why;
    if (!JournalTarget::resolve(p, &target, &why)) {
        fail(why, ExitUsage);
        return nullptr;
    }
    auto service = std::make_unique<journal::JournalService>(SystemClock::instance());
    QObject context;
    Result<bool> opened = Error {QStringLiteral("journal.not_open"), QStringLiteral("not opened"), {}};
    service->open(target.path, target.options()).then(&context, [&opened](const Result<bool>& r) {
        opened = r;
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    if (!opened.ok()) {
        fail(opened.error().userMessage + QStringLiteral(" (") + opened.error().detail + QLatin1Char(')'));
        return nullptr;
    }
    return service;
}

CounterServices servicesFor(eko::EkoClient& client, journal::JournalService& journal)
{
    CounterServices s;
    s.eko = &client;
    s.journal = &journal;
    s.clock = &SystemClock::instance();
    s.refIds = &ClientRefIdGenerator::instance();
    s.training = false;
    s.identity.userCode = client.config().credentials.userCode;
    return s;
}

QJsonObject recordJson(const journal::TransactionRecord& r)
{
    return QJsonObject {{QStringLiteral("client_ref_id"), r.clientRefId},
                        {QStringLiteral("kind"), journal::wireName(r.kind)},
                        {QStringLiteral("amount"), r.amount.toWireString()},
                        {QStringLiteral("journal_state"), journal::wireName(r.state)},
                        {QStringLiteral("tx_status"), r.txStatus},
                        {QStringLiteral("tid"), r.tid},
                        {QStringLiteral("rrn"), r.rrn},
                        {QStringLiteral("channel"), r.channel},
                        {QStringLiteral("related_client_ref_id"), r.relatedClientRefId}};
}

} // namespace

dmt::Rail railFor(const QCommandLineParser& p, const eko::EndpointCatalogue& catalogue)
{
    dmt::Rail rail = dmt::Rail::Fino;
    if (p.isSet(QStringLiteral("rail")) && eko::parseDmtRail(p.value(QStringLiteral("rail")), &rail)) {
        return rail;
    }
    if (p.isSet(QStringLiteral("config"))) {
        QFile file(p.value(QStringLiteral("config")));
        if (file.open(QIODevice::ReadOnly)
            && eko::parseDmtRail(
                QJsonDocument::fromJson(file.read(1024 * 1024)).object().value(QStringLiteral("dmt_rail")).toString(),
                &rail)) {
            return rail;
        }
    }
    return catalogue.dmtRail(EkoCli::environment(p));
}

dmt::DmtReply run(dmt::DmtJob* job)
{
    dmt::DmtReply reply;
    QObject::connect(job, &dmt::DmtJob::finished, job, [&reply](const dmt::DmtReply& r) {
        reply = r;
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    return reply;
}

QJsonObject errorJson(const Error& e)
{
    return QJsonObject {{QStringLiteral("code"), e.code},
                        {QStringLiteral("message"), e.userMessage},
                        {QStringLiteral("field"), dmt::fieldOf(e)},
                        {QStringLiteral("detail"), e.detail}};
}

int print(const dmt::DmtReply& reply, const QJsonObject& extra)
{
    QJsonObject out = extra;
    out[QStringLiteral("ok")] = reply.ok;
    out[QStringLiteral("rail")] = eko::dmtRailName(reply.rail);
    out[QStringLiteral("message")] = reply.message;
    if (reply.response.hasEnvelope) {
        out[QStringLiteral("status")] = reply.response.envelope.status;
        out[QStringLiteral("response_type_id")] = reply.response.envelope.responseTypeId;
    }
    if (!reply.ok) {
        out[QStringLiteral("error")] = errorJson(reply.error);
    }
    printJson(out);
    if (reply.ok) {
        return ExitOk;
    }
    const int code = !reply.sent()                        ? ExitUsage
        : reply.response.outcome == eko::Outcome::Unknown ? ExitUnknown
                                                          : ExitFailed;
    return fail(reply.error.userMessage, code);
}

QJsonObject customerJson(const dmt::Customer& c)
{
    return QJsonObject {{QStringLiteral("mobile"), c.mobile},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("stage"), dmt::stageName(c.stage)},
                        {QStringLiteral("state_text"), c.stateText},
                        {QStringLiteral("can_send"), c.canSend()},
                        {QStringLiteral("monthly_limit"), c.monthlyLimit.toWireString()},
                        {QStringLiteral("used_this_month"), c.usedThisMonth.toWireString()},
                        {QStringLiteral("remaining_this_month"), c.remainingThisMonth.toWireString()}};
}

QJsonObject recipientJson(const dmt::Recipient& r)
{
    QJsonArray channels;
    if (r.imps) {
        channels.append(QStringLiteral("IMPS"));
    }
    if (r.neft) {
        channels.append(QStringLiteral("NEFT"));
    }
    return QJsonObject {{QStringLiteral("recipient_id"), r.id},         {QStringLiteral("name"), r.name},
                        {QStringLiteral("account"), r.maskedAccount()}, {QStringLiteral("ifsc"), r.ifsc},
                        {QStringLiteral("bank"), r.bankName},           {QStringLiteral("bank_code"), r.bankCode},
                        {QStringLiteral("channels"), channels}};
}

QJsonObject planJson(const dmt::TransferPlan& plan)
{
    QJsonArray parts;
    for (const dmt::TransferPart& part : plan.parts()) {
        parts.append(QJsonObject {{QStringLiteral("part"), part.index + 1},
                                  {QStringLiteral("amount"), part.amount.toWireString()},
                                  {QStringLiteral("fee"), part.fee.toWireString()},
                                  {QStringLiteral("channel"), dmt::channelName(part.channel)}});
    }
    return QJsonObject {{QStringLiteral("total"), plan.total().toWireString()},
                        {QStringLiteral("fee_total"), plan.totalFee().toWireString()},
                        {QStringLiteral("collect_from_customer"), plan.totalCollected().toWireString()},
                        {QStringLiteral("channel"), dmt::channelName(plan.channel())},
                        {QStringLiteral("parts"), parts}};
}

bool customerAndRecipient(dmt::DmtService& service, const QString& mobile, const QString& recipientId,
                          dmt::Customer* customer, dmt::Recipient* recipient, int* exitCode)
{
    const dmt::DmtReply found = run(service.lookupCustomer(mobile));
    if (!found.ok) {
        *exitCode = print(found);
        return false;
    }
    *customer = found.customer;
    const dmt::DmtReply list = run(service.recipients(mobile));
    if (!list.ok) {
        *exitCode = print(list);
        return false;
    }
    for (const dmt::Recipient& r : list.recipients) {
        if (r.id == recipientId) {
            *recipient = r;
            return true;
        }
    }
    *exitCode = fail(QStringLiteral("--recipient-id: the customer has no recipient %1 (see saathi-cli dmt recipients)")
                         .arg(recipientId),
                     ExitUsage);
    return false;
}

bool makePlan(const QCommandLineParser& p, const dmt::Customer& customer, const dmt::Recipient& recipient,
              dmt::TransferPlan* plan, int* exitCode)
{
    const AmountCheck amount = checkAmount(p.value(QStringLiteral("amount")), AmountRule {100, 10000000, 1});
    if (!amount.result.valid) {
        *exitCode = fail(QStringLiteral("--amount: ") + amount.result.message, ExitUsage);
        return false;
    }
    std::optional<dmt::Channel> channel;
    const QString c = p.value(QStringLiteral("channel")).toLower();
    if (c == QLatin1String("imps") || c == QLatin1String("neft")) {
        channel = c == QLatin1String("imps") ? dmt::Channel::Imps : dmt::Channel::Neft;
    } else if (!c.isEmpty()) {
        *exitCode = fail(QStringLiteral("--channel is imps or neft"), ExitUsage);
        return false;
    }
    const auto made = dmt::TransferPlan::make(amount.amount, customer, recipient, channel);
    if (!made) {
        printJson({{QStringLiteral("ok"), false}, {QStringLiteral("error"), errorJson(made.error())}});
        *exitCode
            = fail(QStringLiteral("--%1: ").arg(dmt::fieldOf(made.error()).replace(QLatin1Char('_'), QLatin1Char('-')))
                       + made.error().userMessage,
                   ExitUsage);
        return false;
    }
    *plan = made.value();
    return true;
}

QString otpFor(const QStringList& given, int n, const QString& prompt)
{
    if (n < given.size()) {
        return given.at(n);
    }
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    static QTextStream in(stdin); // one reader: a second stream would miss what the first one buffered
    return in.readLine().trimmed();
}

int runPlan(const QCommandLineParser& p, eko::EkoClient&, dmt::DmtService& service)
{
    dmt::Customer customer;
    dmt::Recipient recipient;
    dmt::TransferPlan plan;
    int exitCode = ExitFailed;
    if (!customerAndRecipient(service, p.value(QStringLiteral("mobile")), p.value(QStringLiteral("recipient-id")),
                              &customer, &recipient, &exitCode)
        || !makePlan(p, customer, recipient, &plan, &exitCode)) {
        return exitCode;
    }
    QJsonObject out = planJson(plan);
    out[QStringLiteral("ok")] = true;
    out[QStringLiteral("customer")] = customerJson(customer);
    out[QStringLiteral("recipient")] = recipientJson(recipient);
    printJson(out);
    return ExitOk;
}

int runTransfer(const QCommandLineParser& p, eko::EkoClient& client, dmt::DmtService& service)
{
    dmt::Customer customer;
    dmt::Recipient recipient;
    dmt::TransferPlan plan;
    int exitCode = ExitFailed;
    if (!customerAndRecipient(service, p.value(QStringLiteral("mobile")), p.value(QStringLiteral("recipient-id")),
                              &customer, &recipient, &exitCode)
        || !makePlan(p, customer, recipient, &plan, &exitCode)) {
        return exitCode;
    }
    auto journal = openJournal(p);
    if (!journal) {
        return ExitFailed;
    }
    CounterServices services = servicesFor(client, *journal);
    dmt::DmtTransferFlow flow(services, service);
    const QStringList otps = p.values(QStringLiteral("otp"));
    int otpCount = 0;
    Error otpError;
    QObject::connect(&flow, &dmt::DmtTransferFlow::otpRequired, &flow, [&](int part, Paise amount) {
        const QString otp = otpFor(otps, otpCount++,
                                   QStringLiteral("OTP the customer received for transfer %1 of %2 (₹%3): ")
                                       .arg(part + 1)
                                       .arg(plan.parts().size())
                                       .arg(amount.toWireString()));
        flow.submitOtp(otp);
    });
    QObject::connect(&flow, &dmt::DmtTransferFlow::otpRejected, &flow, [&otpError](int, const Error& e) {
        otpError = e;
        QCoreApplication::quit();
    });
    QObject::connect(&flow, &dmt::DmtTransferFlow::finished, &flow, [] { QCoreApplication::quit(); });
    flow.start(plan, p.value(QStringLiteral("submission-key")));
    QCoreApplication::exec();

    QJsonArray parts;
    QList<receipt::DmtReceipt::Part> receiptParts;
    for (const dmt::DmtTransferFlow::Part& part : flow.parts()) {
        QJsonObject o = part.isSent() ? recordJson(part.record) : QJsonObject {};
        o[QStringLiteral("part")] = part.plan.index + 1;
        o[QStringLiteral("amount")] = part.plan.amount.toWireString();
        o[QStringLiteral("fee")] = part.plan.fee.toWireString();
        o[QStringLiteral("sent")] = part.isSent();
        parts.append(o);
        if (part.isSent()) {
            receiptParts.append({part.record, part.result});
        }
    }
    const QString state = QString::fromLatin1(
        QMetaEnum::fromType<dmt::DmtTransferFlow::State>().valueToKey(static_cast<int>(flow.state())));
    QJsonObject out = planJson(plan);
    out[QStringLiteral("state")] = state;
    out[QStringLiteral("submission_key")] = flow.submissionKey();
    out[QStringLiteral("sent")] = flow.amountSent().toWireString();
    out[QStringLiteral("parts")] = parts;
    out[QStringLiteral("receipt")]
        = receipt::DmtReceipt::forTransfer(customer, recipient, receiptParts, services.identity).plainText();
    const Error error = !otpError.isNull() ? otpError : flow.lastError();
    if (!error.isNull()) {
        out[QStringLiteral("error")] = errorJson(error);
    }
    printJson(out);
    switch (flow.state()) {
    case dmt::DmtTransferFlow::State::Done:
        return ExitOk;
    case dmt::DmtTransferFlow::State::PartlyPending:
        return fail(QStringLiteral("sent; the bank has not confirmed every part yet (saathi-cli journal reconcile)"),
                    ExitPending);
    case dmt::DmtTransferFlow::State::Halted:
        return fail(error.userMessage + QStringLiteral(" (saathi-cli journal reconcile; do not repeat it)"),
                    ExitUnknown);
    default:
        return fail(error.userMessage, ExitFailed);
    }
}

int runRefund(const QCommandLineParser& p, eko::EkoClient& client, dmt::DmtService& service)
{
    auto journal = openJournal(p);
    if (!journal) {
        return ExitFailed;
    }
    const QString ref = p.value(QStringLiteral("client-ref-id"));
    std::optional<journal::TransactionRecord> transfer;
    QObject context;
    journal->run([ref](journal::JournalStore& store) { return store.find(ref); })
        .then(&context, [&transfer](const Result<std::optional<journal::TransactionRecord>>& r) {
            if (r.ok()) {
                transfer = r.value();
            }
            QCoreApplication::quit();
        });
    QCoreApplication::exec();
    if (!transfer) {
        return fail(QStringLiteral("--client-ref-id: %1 is not in the journal").arg(ref), ExitUsage);
    }
    CounterServices services = servicesFor(client, *journal);
    dmt::DmtRefundFlow flow(services, service);
    Error otpError;
    QObject::connect(&flow, &dmt::DmtRefundFlow::otpRequired, &flow, [&] {
        flow.submitOtp(
            otpFor(p.values(QStringLiteral("otp")), 0, QStringLiteral("Refund OTP the customer received: ")));
    });
    QObject::connect(&flow, &dmt::DmtRefundFlow::otpRejected, &flow, [&otpError](const Error& e) {
        otpError = e;
        QCoreApplication::quit();
    });
    QObject::connect(&flow, &dmt::DmtRefundFlow::finished, &flow, [] { QCoreApplication::quit(); });
    if (!flow.start(*transfer)) {
        return fail(flow.lastError().userMessage, ExitUsage);
    }
    QCoreApplication::exec();
    QJsonObject out {
        {QStringLiteral("state"),
         QString::fromLatin1(
             QMetaEnum::fromType<dmt::DmtRefundFlow::State>().valueToKey(static_cast<int>(flow.state())))},
        {QStringLiteral("transfer"), recordJson(flow.transfer())},
        {QStringLiteral("refund"), recordJson(flow.refundRecord())},
        {QStringLiteral("refunded_amount"), flow.refundedAmount().toWireString()},
        {QStringLiteral("receipt"),
         receipt::DmtReceipt::forRefund(flow.transfer(), flow.refundRecord(), flow.result(), services.identity)
             .plainText()}};
    const Error error = !otpError.isNull() ? otpError : flow.lastError();
    if (!error.isNull()) {
        out[QStringLiteral("error")] = errorJson(error);
    }
    printJson(out);
    if (flow.state() == dmt::DmtRefundFlow::State::Refunded) {
        return ExitOk;
    }
    return fail(error.userMessage, flow.state() == dmt::DmtRefundFlow::State::Unknown ? ExitUnknown : ExitFailed);
}

} // namespace saathi::cli::dmtcli
