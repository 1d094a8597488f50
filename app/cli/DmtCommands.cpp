// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// dmt customer | register | verify-otp | resend-otp | ekyc | ekyc-verify | recipients | add-recipient |
//     delete-recipient | plan | transfer | refund-otp | refund
#include "cli/CliAadhaarInput.h"
#include "cli/CliCapture.h"
#include "cli/CliCommand.h"
#include "cli/CliInputChecks.h"
#include "cli/CliJournal.h"
#include "cli/DmtCli.h"
#include "cli/EkoCliSupport.h"
#include "dmt/DmtService.h"
#include "eko/AepsOperations.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace saathi::cli {

namespace {

using dmtcli::print;
using dmtcli::run;

QCommandLineOption opt(const char* name, const char* help, const char* value = "V")
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value));
}

const QString kUsage = QStringLiteral(
    "dmt customer|resend-otp|recipients --mobile M | register --mobile M --name N --dob YYYY-MM-DD --address A "
    "[--city C --state S --pin P] | verify-otp --mobile M --otp X --otp-ref-id R | ekyc --mobile M --aadhaar - "
    "[--pid-file F] | ekyc-verify --mobile M --kyc-request-id K --otp-ref-id R --otp X | add-recipient --mobile M "
    "--name N --recipient-mobile RM --account A --ifsc I | delete-recipient --mobile M --recipient-id ID | "
    "plan|transfer --mobile M --recipient-id ID --amount A [--channel imps|neft] [--otp X …] [--submission-key K] "
    "[--db PATH] | refund-otp --tid T | refund --client-ref-id REF [--otp X] [--db PATH]  (+ --config FILE, "
    "--rail classic|dmt-fino)");

int runEkyc(const QCommandLineParser& p, dmt::DmtService& service)
{
    SecureBytes aadhaarDigits;
    QString why;
    if (!readAadhaar(p.value(QStringLiteral("aadhaar")), AadhaarKind::AadhaarOnly, &aadhaarDigits, &why)) {
        return fail(QStringLiteral("--aadhaar: ") + why, ExitUsage);
    }
    SecureBytes pid;
    QString error;
    // The sandbox and Eko need the sender's eKYC PID captured WITH the eKYC wadh.
    if (p.isSet(QStringLiteral("pid-file"))
            ? !readPidFile(p.value(QStringLiteral("pid-file")), &pid, &error)
            : !captureFromDevice(eko::AepsOperations::ekycWadh(), quint16(p.value(QStringLiteral("rd-port")).toUInt()),
                                 &pid, &error)) {
        return fail(error);
    }
    const dmt::DmtReply r = run(service.senderEkyc(p.value(QStringLiteral("mobile")), aadhaarDigits, pid));
    return print(
        r, {{QStringLiteral("kyc_request_id"), r.otp.kycRequestId}, {QStringLiteral("otp_ref_id"), r.otp.otpRefId}});
}

int runDmt(const QStringList& args)
{
    if (args.isEmpty()) {
        return usageError(QStringLiteral("give a sub-command"), kUsage);
    }
    const QString sub = args.first();
    QCommandLineParser p;
    EkoCli::addCommonOptions(p);
    p.addOptions({opt("mobile", "the customer's (sender's) mobile", "M"),
                  opt("name", "a person's name", "N"),
                  opt("dob", "date of birth, YYYY-MM-DD", "D"),
                  opt("address", "address line", "A"),
                  opt("city", "city", "C"),
                  opt("state", "state", "S"),
                  opt("pin", "PIN code", "P"),
                  opt("otp", "an OTP (transfer: one per part, in order)", "X"),
                  opt("otp-ref-id", "otp_ref_id", "R"),
                  opt("kyc-request-id", "kyc_request_id", "K"),
                  opt("aadhaar", "- : read the Aadhaar number from stdin (never on the command line)", "-"),
                  opt("pid-file", "PidData XML captured with the eKYC wadh", "F"),
                  QCommandLineOption(QStringLiteral("rd-port"), QStringLiteral("RD service port (default: scan)"),
                                     QStringLiteral("P"), QStringLiteral("0")),
                  opt("recipient-mobile", "the recipient's mobile", "M"),
                  opt("account", "account number", "A"),
                  opt("ifsc", "IFSC", "I"),
                  opt("recipient-id", "Eko's recipient_id", "ID"),
                  opt("amount", "whole rupees", "A"),
                  opt("channel", "imps or neft (default: what the bank takes)", "C"),
                  opt("submission-key", "the same key again never sends twice", "K"),
                  opt("db", "journal file (default: the environment's own)", "PATH"),
                  opt("tid", "Eko tid", "T"),
                  opt("client-ref-id", "the transfer's client_ref_id", "R"),
                  opt("rail", "classic or dmt-fino", "R")});
    if (!p.parse(QStringList {QStringLiteral("dmt")} + args)) {
        return usageError(p.errorText(), kUsage);
    }
    static const QStringList subs {
        QStringLiteral("customer"),   QStringLiteral("register"),      QStringLiteral("verify-otp"),
        QStringLiteral("resend-otp"), QStringLiteral("ekyc"),          QStringLiteral("ekyc-verify"),
        QStringLiteral("recipients"), QStringLiteral("add-recipient"), QStringLiteral("delete-recipient"),
        QStringLiteral("plan"),       QStringLiteral("transfer"),      QStringLiteral("refund-otp"),
        QStringLiteral("refund")};
    if (!subs.contains(sub)) {
        return usageError(QStringLiteral("unknown dmt sub-command '%1'").arg(sub), kUsage);
    }
    if (p.isSet(QStringLiteral("rail"))) {
        eko::DmtRail ignored;
        if (!eko::parseDmtRail(p.value(QStringLiteral("rail")), &ignored)) {
            return usageError(QStringLiteral("--rail is classic or dmt-fino"), kUsage);
        }
    }
    // Typed values that are journaled are checked before anything else (issue #13).
    if (p.isSet(QStringLiteral("client-ref-id"))) {
        if (const QString problem = input::clientRefIdProblem(p.value(QStringLiteral("client-ref-id")));
            !problem.isEmpty()) {
            return usageError(problem, kUsage);
        }
    }
    if (p.isSet(QStringLiteral("submission-key"))) {
        if (const QString problem = input::submissionKeyProblem(p.value(QStringLiteral("submission-key")));
            !problem.isEmpty()) {
            return usageError(problem, kUsage);
        }
    }
    if (sub == QLatin1String("transfer") || sub == QLatin1String("refund")) {
        JournalTarget target; // which environment's journal, settled before Eko is asked anything
        QString why;
        if (!JournalTarget::resolve(p, &target, &why)) {
            return usageError(why, kUsage);
        }
    }
    EkoCli cli;
    int exitCode = ExitUsage;
    eko::EkoClient* client = cli.makeClient(p, &exitCode);
    if (!client) {
        return exitCode;
    }
    dmt::DmtService service(*client, dmtcli::railFor(p, client->catalogue()));
    const auto v = [&p](const char* name) { return p.value(QString::fromLatin1(name)); };
    const QString mobile = v("mobile");
    if (sub == QLatin1String("customer")) {
        const dmt::DmtReply r = run(service.lookupCustomer(mobile));
        return print(r, dmtcli::customerJson(r.customer));
    }
    if (sub == QLatin1String("register")) {
        const dmt::CustomerRegistration reg {
            mobile, v("name"), QDate::fromString(v("dob"), Qt::ISODate), v("address"), v("city"), v("state"), v("pin")};
        const dmt::DmtReply r = run(service.registerCustomer(reg));
        QJsonObject out = dmtcli::customerJson(r.customer);
        out[QStringLiteral("otp_ref_id")] = r.otp.otpRefId;
        return print(r, out);
    }
    if (sub == QLatin1String("verify-otp")) {
        const dmt::DmtReply r = run(service.verifyCustomerOtp(mobile, v("otp"), v("otp-ref-id")));
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
        const dmt::DmtReply r = run(service.verifySenderEkyc(mobile, {v("otp-ref-id"), v("kyc-request-id")}, v("otp")));
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
            = run(service.addRecipient(mobile, {v("name"), v("recipient-mobile"), v("account"), v("ifsc")}));
        return print(r, dmtcli::recipientJson(r.recipient));
    }
    if (sub == QLatin1String("delete-recipient")) {
        return print(run(service.deleteRecipient(mobile, v("recipient-id"))));
    }
    if (sub == QLatin1String("refund-otp")) {
        const dmt::DmtReply r = run(service.sendRefundOtp(v("tid")));
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

void registerDmtCommands(Registry& registry)
{
    registry.add({QStringLiteral("dmt"),
                  QStringLiteral("money transfer: customer, OTP, eKYC, recipients, plan, transfer, refund"), runDmt});
}

} // namespace

SAATHI_CLI_COMMANDS(registerDmtCommands)

} // namespace saathi::cli
