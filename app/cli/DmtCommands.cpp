// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// dmt customer | register | verify-otp | resend-otp | ekyc | ekyc-verify | recipients | add-recipient |
//     delete-recipient | plan | transfer | refund-otp | refund
#include "app/cli/CliAadhaarInput.h"
#include "app/cli/CliCapture.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliInputChecks.h"
#include "app/cli/CliJournal.h"
#include "app/cli/DmtCli.h"
#include "app/cli/EkoCliSupport.h"
#include "core/dmt/DmtService.h"
#include "core/eko/AepsOperations.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace saathi::cli {

namespace {

using dmtcli::print;
using dmtcli::run;

QCommandLineOption opt(const char* name, const char* help, const char* value)
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help), QString::fromLatin1(value));
}

const QCommandLineOption kMobile = opt("mobile", "the customer's (sender's) mobile (required)", "M");
const QCommandLineOption kName = opt("name", "the customer's name (required)", "N");
const QCommandLineOption kDob = opt("dob", "the customer's date of birth, YYYY-MM-DD (required)", "D");
const QCommandLineOption kAddress = opt("address", "the customer's address line (required)", "A");
const QCommandLineOption kCity = opt("city", "city", "C");
const QCommandLineOption kState = opt("state", "state", "S");
const QCommandLineOption kPin = opt("pin", "PIN code", "P");
const QCommandLineOption kOtp = opt("otp", "the OTP the customer received (required)", "X");
const QCommandLineOption kRefundOtp
    = opt("otp", "the refund OTP the customer received (default: asked for on stdin)", "X");
const QCommandLineOption kTransferOtp
    = opt("otp", "the customer's OTP for each part, in order; repeat it per part (default: asked for on stdin)", "X");
const QCommandLineOption kOtpRef = opt("otp-ref-id", "otp_ref_id from the previous step (required)", "R");
const QCommandLineOption kKycRequestId = opt("kyc-request-id", "kyc_request_id from `dmt ekyc` (required)", "K");
const QCommandLineOption kAadhaar
    = opt("aadhaar", "- : read the customer's Aadhaar number from stdin, never from the command line (required)", "-");
const QCommandLineOption kPidFile
    = opt("pid-file", "PidData XML captured with the eKYC wadh (default: capture now from the RD service)", "F");
const QCommandLineOption kRdPort(QStringLiteral("rd-port"),
                                 QStringLiteral("RD service port on 127.0.0.1; 0 scans 11100-11120"),
                                 QStringLiteral("P"), QStringLiteral("0"));
const QCommandLineOption kRecipientName = opt("name", "the recipient's name as the bank has it (required)", "N");
const QCommandLineOption kRecipientMobile = opt("recipient-mobile", "the recipient's mobile (required)", "M");
const QCommandLineOption kAccount = opt("account", "the recipient's account number (required)", "A");
const QCommandLineOption kIfsc = opt("ifsc", "the recipient's IFSC (required)", "I");
const QCommandLineOption kRecipientId
    = opt("recipient-id", "Eko's recipient_id from `dmt recipients` (required)", "ID");
const QCommandLineOption kAmount = opt("amount", "whole rupees (required)", "A");
const QCommandLineOption kChannel = opt("channel", "imps or neft (default: what the bank takes)", "C");
const QCommandLineOption kSubmissionKey
    = opt("submission-key", "idempotency key: the same key again never sends twice (default: a new one)", "K");
const QCommandLineOption kDb
    = opt("db", "journal file for transfers and refunds (default: the environment's own)", "PATH");
const QCommandLineOption kTid = opt("tid", "Eko's tid of the failed transfer (required)", "T");
const QCommandLineOption kClientRef
    = opt("client-ref-id", "the failed transfer's client_ref_id, as journaled (required)", "R");
const QCommandLineOption kRail
    = opt("rail", "classic or dmt-fino (default: the config's \"dmt_rail\", else the catalogue's)", "R");

int runEkyc(const QCommandLineParser& p, dmt::DmtService& service)
{
    SecureBytes aadhaarDigits;
    QString why;
    if (!readAadhaar(p.value(kAadhaar), AadhaarKind::AadhaarOnly, &aadhaarDigits, &why)) {
        return fail(QStringLiteral("--aadhaar: ") + why, ExitUsage);
    }
    SecureBytes pid;
    QString error;
    // The sandbox and Eko need the sender's eKYC PID captured WITH the eKYC wadh.
    if (p.isSet(kPidFile)
            ? !readPidFile(p.value(kPidFile), &pid, &error)
            : !captureFromDevice(eko::AepsOperations::ekycWadh(), quint16(p.value(kRdPort).toUInt()), &pid, &error)) {
        return fail(error);
    }
    const dmt::DmtReply r = run(service.senderEkyc(p.value(kMobile), aadhaarDigits, pid));
    return print(
        r, {{QStringLiteral("kyc_request_id"), r.otp.kycRequestId}, {QStringLiteral("otp_ref_id"), r.otp.otpRefId}});
}

int runDmt(const QString& sub, const QCommandLineParser& p)
{
    if (p.isSet(kRail)) {
        eko::DmtRail ignored;
        if (!eko::parseDmtRail(p.value(kRail), &ignored)) {
            return usageError(QStringLiteral("--rail is classic or dmt-fino"));
        }
    }
    const bool transfer = sub == QLatin1String("transfer");
    const bool refund = sub == QLatin1String("refund");
    // Typed values that are journaled are checked before anything else (issue #13).
    if (refund && p.isSet(kClientRef)) {
        if (const QString problem = input::clientRefIdProblem(p.value(kClientRef)); !problem.isEmpty()) {
            return usageError(problem);
        }
    }
    if (transfer && p.isSet(kSubmissionKey)) {
        if (const QString problem = input::submissionKeyProblem(p.value(kSubmissionKey)); !problem.isEmpty()) {
            return usageError(problem);
        }
    }
    if (transfer || refund) {
        JournalTarget target; // which environment's journal, settled before Eko is asked anything
        QString why;
        if (!JournalTarget::resolve(p, &target, &why)) {
            return usageError(why);
        }
    }
    EkoCli cli;
    int exitCode = ExitUsage;
    eko::EkoClient* client = cli.makeClient(p, &exitCode);
    if (!client) {
        return exitCode;
    }
    dmt::DmtService service(*client, dmtcli::railFor(p, client->catalogue()));
    const auto v = [&p](const QCommandLineOption& o) { return p.value(o); };
    const bool bySender = sub != QLatin1String("refund-otp") && !refund;
    const QString mobile = bySender ? v(kMobile) : QString();
    if (sub == QLatin1String("customer")) {
        const dmt::DmtReply r = run(service.lookupCustomer(mobile));
        return print(r, dmtcli::customerJson(r.customer));
    }
    if (sub == QLatin1String("register")) {
        const dmt::CustomerRegistration reg {
            mobile, v(kName), QDate::fromString(v(kDob), Qt::ISODate), v(kAddress), v(kCity), v(kState), v(kPin)};
        const dmt::DmtReply r = run(service.registerCustomer(reg));
        QJsonObject out = dmtcli::customerJson(r.customer);
        out[QStringLiteral("otp_ref_id")] = r.otp.otpRefId;
        return print(r, out);
    }
    if (sub == QLatin1String("verify-otp")) {
        const dmt::DmtReply r = run(service.verifyCustomerOtp(mobile, v(kOtp), v(kOtpRef)));
        return print(r, dmtcli::customerJson(r.customer));
    }
    if (sub == QLatin1String("resend-otp")) {
        const dmt::DmtReply r = run(service.resendCustomerOtp(mobile));
        return print(r, {{QStringLiteral("otp_ref_id"), r.otp.otpRefId}});
    }
    if (sub == QLatin1String("ekyc")) {
        return runEkyc(p, service);
    }
    if (sub == QLatin1String("ekyc-verify")) {
        const dmt::DmtReply r = run(service.verifySenderEkyc(mobile, {v(kOtpRef), v(kKycRequestId)}, v(kOtp)));
        return print(r, dmtcli::customerJson(r.customer));
    }
    if (sub == QLatin1String("recipients")) {
        const dmt::DmtReply r = run(service.recipients(mobile));
        QJsonArray list;
        for (const dmt::Recipient& recipient : r.recipients) {
            list.append(dmtcli::recipientJson(recipient));
        }
        return print(r, {{QStringLiteral("recipients"), list}});
    }
    if (sub == QLatin1String("add-recipient")) {
        const dmt::DmtReply r
            = run(service.addRecipient(mobile, {v(kRecipientName), v(kRecipientMobile), v(kAccount), v(kIfsc)}));
        return print(r, dmtcli::recipientJson(r.recipient));
    }
    if (sub == QLatin1String("delete-recipient")) {
        return print(run(service.deleteRecipient(mobile, v(kRecipientId))));
    }
    if (sub == QLatin1String("refund-otp")) {
        const dmt::DmtReply r = run(service.sendRefundOtp(v(kTid)));
        return print(r, {{QStringLiteral("otp_ref_id"), r.otp.otpRefId}});
    }
    if (sub == QLatin1String("plan")) {
        return dmtcli::runPlan(p, *client, service);
    }
    if (sub == QLatin1String("transfer")) {
        return dmtcli::runTransfer(p, *client, service);
    }
    return dmtcli::runRefund(p, *client, service);
}

CommandSpec sub(const char* name, const char* summary, QList<QCommandLineOption> options, const char* description = "")
{
    const QString word = QString::fromLatin1(name);
    return CommandSpec {word,
                        QString::fromUtf8(summary),
                        QString::fromUtf8(description),
                        {},
                        std::move(options),
                        {},
                        [word](const QCommandLineParser& p) { return runDmt(word, p); }};
}

void registerDmtCommands(Registry& registry)
{
    QList<QCommandLineOption> group = EkoCli::commonOptions();
    group << kRail << kDb;
    const QList<QCommandLineOption> money {kMobile, kRecipientId, kAmount, kChannel};
    registry.add(
        {QStringLiteral("dmt"),
         QStringLiteral("money transfer: customer, OTP, eKYC, recipients, plan, transfer, refund"),
         QStringLiteral("Runs on the environment's rail: classic or dmt-fino (--rail, else the config's "
                        "\"dmt_rail\", else the endpoint catalogue's). Transfers and refunds are journaled before "
                        "they are sent."),
         {},
         group,
         {sub("customer", "look a customer up: stage, monthly limit, used, remaining", {kMobile}),
          sub("register", "register a new customer (an OTP follows: verify-otp)",
              {kMobile, kName, kDob, kAddress, kCity, kState, kPin}),
          sub("verify-otp", "verify a new customer's OTP", {kMobile, kOtp, kOtpRef}),
          sub("resend-otp", "send the customer's registration OTP again", {kMobile}),
          sub("ekyc", "DMT-Fino sender eKYC: the customer's finger (then ekyc-verify)",
              {kMobile, kAadhaar, kPidFile, kRdPort}, "Prints kyc_request_id and otp_ref_id for ekyc-verify."),
          sub("ekyc-verify", "DMT-Fino sender eKYC: verify the OTP", {kMobile, kKycRequestId, kOtpRef, kOtp}),
          sub("recipients", "the customer's recipients", {kMobile}),
          sub("add-recipient", "add a recipient (bank account) for the customer",
              {kMobile, kRecipientName, kRecipientMobile, kAccount, kIfsc}),
          sub("delete-recipient", "remove a recipient", {kMobile, kRecipientId}),
          sub("plan", "the split (at most ₹5,000 each) and fees of a transfer, without sending it", money),
          sub("transfer", "send money to a recipient, part by part (journaled)",
              money + QList<QCommandLineOption> {kTransferOtp, kSubmissionKey},
              "Exit 3 when a part is still pending at the bank, 4 when a part's outcome is unknown (do not repeat "
              "it: `saathi-cli journal reconcile`)."),
          sub("refund-otp", "send the refund OTP for a failed transfer", {kTid}),
          sub("refund", "refund a failed transfer to the customer (journaled)", {kClientRef, kRefundOtp})},
         {}});
}

} // namespace

SAATHI_CLI_COMMANDS(registerDmtCommands)

} // namespace saathi::cli
