// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// aeps ekyc-otp | ekyc-verify | ekyc-biometric | daily-kyc | withdraw | balance | mini-statement | aadhaar-pay
#include "app/cli/CliAadhaarInput.h"
#include "app/cli/CliCapture.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliInputChecks.h"
#include "app/cli/CliJournal.h"
#include "app/cli/CliPreflight.h"
#include "app/cli/EkoCliSupport.h"
#include "core/eko/AepsOperations.h"
#include "core/journal/JournalEnvironment.h"
#include "core/util/ClientRefId.h"
#include "core/util/Clock.h"
#include "core/validation/AadhaarNumber.h"
#include "core/validation/AmountRules.h"
#include "core/validation/FieldValidators.h"

#include <QFile>

#include <algorithm>

namespace saathi::cli {

namespace {

const QCommandLineOption kAadhaar(QStringLiteral("aadhaar"),
                                  QStringLiteral("- : read the Aadhaar number (or VID) from stdin, never from the "
                                                 "command line (required)"),
                                  QStringLiteral("-"));
const QCommandLineOption kMobile(QStringLiteral("mobile"), QStringLiteral("the agent's mobile (required)"),
                                 QStringLiteral("M"));
const QCommandLineOption kCustomerMobile(QStringLiteral("customer-mobile"),
                                         QStringLiteral("the customer's mobile (required)"), QStringLiteral("M"));
const QCommandLineOption
    kBank(QStringLiteral("bank"),
          QStringLiteral("bank short code from Eko's list (`saathi-cli agent banks`): SBIN, HDFC… (required)"),
          QStringLiteral("B"));
const QCommandLineOption kAmount(QStringLiteral("amount"), QStringLiteral("whole rupees (required)"),
                                 QStringLiteral("A"));
const QCommandLineOption
    kPidFile(QStringLiteral("pid-file"),
             QStringLiteral("PidData XML captured for this request (default: capture now from the RD service)"),
             QStringLiteral("F"));
const QCommandLineOption kOtp(QStringLiteral("otp"), QStringLiteral("the OTP the agent received (required)"),
                              QStringLiteral("X"));
const QCommandLineOption kOtpRef(QStringLiteral("otp-ref-id"), QStringLiteral("otp_ref_id from the previous step"),
                                 QStringLiteral("R"));
const QCommandLineOption kRefTid(QStringLiteral("reference-tid"),
                                 QStringLiteral("reference_tid from the previous step"), QStringLiteral("T"));
const QCommandLineOption
    kMerchantAuthId(QStringLiteral("merchant-auth-id"),
                    QStringLiteral("the reference_id `aeps merchant-auth` printed (required when the catalogue's "
                                   "merchant_auth_per_withdrawal is on; single use, valid 5 minutes)"),
                    QStringLiteral("ID"));
const QCommandLineOption kRdPort(QStringLiteral("rd-port"),
                                 QStringLiteral("RD service port on 127.0.0.1; 0 scans 11100-11120"),
                                 QStringLiteral("P"), QStringLiteral("0"));
const QCommandLineOption
    kDb(QStringLiteral("db"),
        QStringLiteral("journal file for customer transactions (default: the environment's own; agent KYC ignores it)"),
        QStringLiteral("PATH"));
const QCommandLineOption
    kClientRef(QStringLiteral("client-ref-id"),
               QStringLiteral("use this client_ref_id (1-20 letters or digits; default: a new one)"),
               QStringLiteral("R"));

struct Parsed
{
    SecureBytes aadhaar;
    SecureBytes pid;
    QString mobile;
    QString bank;
    Paise amount;
};

// Validates what the sub-command's user typed, with the same messages as the counter screens. Nothing here reads
// the device or talks to Eko.
bool parseInput(const QCommandLineParser& p, bool needBank, bool customer, const AmountRule* amountRule, Parsed* out,
                int* exitCode)
{
    const auto bad = [exitCode](const QString& m) {
        *exitCode = fail(m, ExitUsage);
        return false;
    };
    if (!p.isSet(kAadhaar)) {
        return bad(QStringLiteral("--aadhaar -: type or pipe the Aadhaar number on stdin"));
    }
    const QCommandLineOption& mobileOption = customer ? kCustomerMobile : kMobile;
    const ValidationResult m = validate::mobile(p.value(mobileOption));
    if (!m.valid) {
        return bad(QStringLiteral("--%1: ").arg(mobileOption.names().first()) + m.message);
    }
    out->mobile = m.normalized;
    if (needBank) {
        out->bank = p.value(kBank).trimmed().toUpper();
        if (const QString problem = input::bankCodeProblem(out->bank); !problem.isEmpty()) {
            return bad(problem);
        }
    }
    if (amountRule) {
        const AmountCheck c = checkAmount(p.value(kAmount), *amountRule);
        if (!c.result.valid) {
            return bad(QStringLiteral("--amount: ") + c.result.message);
        }
        out->amount = c.amount;
    }
    if (customer && p.isSet(kClientRef)) {
        if (const QString problem = input::clientRefIdProblem(p.value(kClientRef)); !problem.isEmpty()) {
            return bad(problem);
        }
    }
    // Last, so that a usage mistake above never costs the customer typing the number.
    QString why;
    if (!readAadhaar(p.value(kAadhaar), AadhaarKind::AadhaarOrVid, &out->aadhaar, &why)) {
        return bad(QStringLiteral("--aadhaar: ") + why);
    }
    return true;
}

// The operation each sub-command sends (the endpoint catalogue's name), for the checks before anything is journaled.
QString operationOf(const QString& sub)
{
    static const QHash<QString, QString> names {
        {QStringLiteral("ekyc-otp"), QStringLiteral("aeps.ekyc_send_otp")},
        {QStringLiteral("ekyc-verify"), QStringLiteral("aeps.ekyc_verify_otp")},
        {QStringLiteral("ekyc-biometric"), QStringLiteral("aeps.ekyc_biometric")},
        {QStringLiteral("daily-kyc"), QStringLiteral("aeps.daily_kyc")},
        {QStringLiteral("merchant-auth"), QStringLiteral("aeps.merchant_auth")},
        {QStringLiteral("withdraw"), QStringLiteral("aeps.cash_withdrawal")},
        {QStringLiteral("balance"), QStringLiteral("aeps.balance_enquiry")},
        {QStringLiteral("mini-statement"), QStringLiteral("aeps.mini_statement")},
        {QStringLiteral("aadhaar-pay"), QStringLiteral("aeps.aadhaar_pay")}};
    return names.value(sub);
}

// The sub-commands the pre-flight step guards (issue #18): a customer's transaction, and the agent's own finger.
bool isPreflighted(const QString& sub)
{
    return sub == QLatin1String("daily-kyc") || sub == QLatin1String("merchant-auth")
        || sub == QLatin1String("withdraw") || sub == QLatin1String("balance") || sub == QLatin1String("mini-statement")
        || sub == QLatin1String("aadhaar-pay");
}

journal::TxKind customerKind(const QString& sub)
{
    return sub == QLatin1String("withdraw")   ? journal::TxKind::AepsWithdrawal
        : sub == QLatin1String("aadhaar-pay") ? journal::TxKind::AadhaarPay
        : sub == QLatin1String("balance")     ? journal::TxKind::BalanceEnquiry
                                              : journal::TxKind::MiniStatement;
}

// The environment whose agent state applies: the journal's environment, else the one the command talks to.
EkoEnvironment agentEnvironment(const QCommandLineParser& p)
{
    QString ignored;
    return EkoCli::journalEnvironment(p, &ignored).value_or(EkoCli::environment(p));
}

// Issue #18: the pre-flight step, after every local check and before the finger is captured, anything is journaled
// or sent. A customer's checks read the journal (opened, not written) and the counter's memory of this customer by
// the keyed token; `*customerToken` is that token (empty without a keychain or for a VID). False with *exitCode.
bool passPreflight(const QString& sub, const QCommandLineParser& p, const Parsed& in, const JournalTarget& target,
                   const CliAgentState& agent, CliJournal& journal, QString* customerToken, int* exitCode)
{
    const bool customer = sub != QLatin1String("daily-kyc") && sub != QLatin1String("merchant-auth");
    preflight::Request request;
    request.kind = customer ? customerKind(sub) : journal::TxKind::AepsWithdrawal;
    request.amount = customer ? in.amount : Paise {};
    request.bankCode = customer ? in.bank : QString();
    request.istDay = SystemClock::instance().istDate();
    request.agent = agent.preflightState();
    request.agentFinger = !customer;
    request.needsAgentLogin = sub != QLatin1String("daily-kyc");
    const bool despite = p.isSet(despiteWarningOption());
    if (!customer) {
        return preflightAllows({preflight::Preflight::localChecks(request), {}, {}}, despite, exitCode);
    }
    QString why;
    const CustomerTokenizer tokenizer = loadCustomerTokenizer(&why);
    request.customerToken = tokenizer.token(in.aadhaar);
    *customerToken = request.customerToken;
    preflight::Outcome outcome;
    if (QFile::exists(target.path)) {
        journal::JournalStore* store = journal.open(target);
        if (!store) {
            *exitCode = ExitFailed;
            return false;
        }
        outcome = preflight::Preflight::evaluate(*store, request);
    } else {
        outcome.reasons = preflight::Preflight::localChecks(request); // no journal yet: no history to find
    }
    const bool skippedSaid
        = std::any_of(outcome.reasons.cbegin(), outcome.reasons.cend(),
                      [](const preflight::Reason& r) { return r.check == preflight::Check::CustomerChecksSkipped; });
    if (request.customerToken.isEmpty() && !skippedSaid) {
        outcome.reasons.append({preflight::Check::CustomerChecksSkipped, preflight::Severity::Note,
                                tokenizer.isValid()
                                    ? QStringLiteral("a VID has no customer token: the checks of this customer's "
                                                     "banks and daily withdrawals were skipped")
                                    : QStringLiteral("no keychain: the checks of this customer's banks and daily "
                                                     "withdrawals were skipped (%1)")
                                          .arg(why),
                                QStringLiteral("aadhaar")});
    }
    return preflightAllows(outcome, despite, exitCode);
}

int runAeps(const QString& sub, const QCommandLineParser& p)
{
    const bool agentKyc = sub.startsWith(QLatin1String("ekyc-")) || sub == QLatin1String("daily-kyc")
        || sub == QLatin1String("merchant-auth");
    const bool customer = !agentKyc;
    const bool needPid = sub == QLatin1String("ekyc-biometric") || sub == QLatin1String("daily-kyc")
        || sub == QLatin1String("merchant-auth") || customer;
    const AmountRule withdrawRule = AmountRule::aepsCashWithdrawal();
    const AmountRule payRule = AmountRule::aadhaarPay();
    const AmountRule* rule = sub == QLatin1String("withdraw") ? &withdrawRule
        : sub == QLatin1String("aadhaar-pay")                 ? &payRule
                                                              : nullptr;
    // Which environment's journal a customer transaction goes to is settled before the finger is captured.
    JournalTarget target;
    QString why;
    if (customer && !JournalTarget::resolve(p, &target, &why)) {
        return usageError(why);
    }
    // Every local check before the journal (issue #13): the input, then the configuration (address, Aadhaar key),
    // the bank against Eko's list, and the finger last.
    const bool needBank = customer || sub == QLatin1String("ekyc-biometric") || sub == QLatin1String("daily-kyc")
        || sub == QLatin1String("merchant-auth");
    Parsed in;
    int exitCode = ExitOk;
    if (!parseInput(p, needBank, customer, rule, &in, &exitCode)) {
        return exitCode;
    }
    EkoCli cli;
    eko::EkoClient* client = cli.makeClient(p, &exitCode);
    // With merchant authentication per withdrawal on (README "Catalogue switches"), a withdrawal quotes its id.
    if (client && sub == QLatin1String("withdraw") && !p.isSet(kMerchantAuthId)
        && eko::AepsOperations(*client).merchantAuthPerWithdrawal()) {
        return fail(QStringLiteral("this catalogue asks for the agent's merchant authentication before every cash "
                                   "withdrawal (merchant_auth_per_withdrawal): run `saathi-cli aeps merchant-auth` "
                                   "and pass its reference_id as --merchant-auth-id; nothing was journaled or sent"),
                    ExitUsage);
    }
    // The catalogue can switch Aadhaar Pay off (README "Catalogue switches"): refused like an uncatalogued route.
    if (client && sub == QLatin1String("aadhaar-pay")) {
        if (const Error off = eko::AepsOperations(*client).aadhaarPayRefusal(); !off.isNull()) {
            return fail(QStringLiteral("%1 (%2)").arg(off.userMessage, off.detail), ExitUsage);
        }
    }
    if (!client || !EkoCli::preflight(*client, operationOf(sub), true, &exitCode)
        || (needBank && !cli.checkBankListed(*client, in.bank, &exitCode))) {
        return exitCode;
    }
    // A --pid-file is read (and refused) like any other input; the pre-flight step then runs before the finger is
    // captured from the RD service (with wadh only for the eKYC biometric).
    QString error;
    if (needPid && p.isSet(kPidFile) && !readPidFile(p.value(kPidFile), &in.pid, &error)) {
        return fail(error);
    }
    CliAgentState agentState(agentEnvironment(p), client->config().credentials.userCode);
    CliJournal journal;
    QString customerToken;
    if (isPreflighted(sub) && !passPreflight(sub, p, in, target, agentState, journal, &customerToken, &exitCode)) {
        return exitCode;
    }
    if (needPid && !p.isSet(kPidFile)) {
        const QString wadh = sub == QLatin1String("ekyc-biometric") ? eko::AepsOperations::ekycWadh() : QString();
        if (!captureFromDevice(wadh, quint16(p.value(kRdPort).toUInt()), &in.pid, &error)) {
            return fail(error);
        }
    }
    const QString ref = customer && p.isSet(kClientRef) ? p.value(kClientRef) : ClientRefIdGenerator::instance().next();
    const auto makeJob = [&]() -> eko::EkoJob* {
        eko::AepsOperations aeps(*client);
        if (agentKyc) {
            const eko::AgentIdentity agent {in.mobile, in.aadhaar, in.bank};
            if (sub == QLatin1String("ekyc-otp")) {
                return aeps.ekycSendOtp(agent);
            }
            if (sub == QLatin1String("ekyc-verify")) {
                return aeps.ekycVerifyOtp(agent, p.value(kOtp), p.value(kOtpRef), p.value(kRefTid));
            }
            if (sub == QLatin1String("ekyc-biometric")) {
                return aeps.ekycBiometric(agent, in.pid, p.value(kOtpRef), p.value(kRefTid));
            }
            if (sub == QLatin1String("merchant-auth")) {
                return aeps.merchantAuth(agent, in.pid, ClientRefIdGenerator::instance().next());
            }
            return aeps.dailyKyc(agent, in.pid);
        }
        const eko::AepsCustomerRequest request {in.mobile, in.bank, in.aadhaar, in.pid, in.amount};
        if (sub == QLatin1String("withdraw")) {
            return aeps.cashWithdrawal(request, ref, p.value(kMerchantAuthId).trimmed());
        }
        if (sub == QLatin1String("balance")) {
            return aeps.balanceEnquiry(request, ref);
        }
        if (sub == QLatin1String("mini-statement")) {
            return aeps.miniStatement(request, ref);
        }
        return aeps.aadhaarPay(request, ref);
    };
    if (agentKyc) {
        return cli.run(makeJob(), [&agentState, &sub](const eko::EkoResponse& r) {
            agentState.noteAnswer(sub, r);
            return r.envelope.data;
        });
    }
    // A customer's transaction is journaled before it is sent, its outcome when it returns.
    journal::PrepareRequest entry;
    entry.submissionKey = ref;
    entry.clientRefId = ref;
    entry.kind = customerKind(sub);
    // A2: the keyed token, as the counter keeps it for a withdrawal (the 5-a-day count per customer).
    entry.customerToken = entry.kind == journal::TxKind::AepsWithdrawal ? customerToken : QString();
    entry.amount = in.amount;
    entry.customerMobile = in.mobile;
    entry.aadhaarLast4 = QString::fromLatin1(in.aadhaar.constData() + in.aadhaar.size() - 4, 4);
    entry.bankCode = in.bank;
    entry.channel = QStringLiteral("aeps-fingpay");
    entry.agentUserCode = client->config().credentials.userCode;
    entry.ekoHost = journal::ekoHost(client->config().baseUrl);
    eko::EkoJob* job = journal.begin(target, entry)
        ? makeJob()
        : client->failBeforeSending(
            sub, Error {QStringLiteral("journal.refused"), QStringLiteral("not journaled, not sent"), {}});
    const int ekoExitCode = cli.run(job, [&](const eko::EkoResponse& r) {
        QJsonObject out = describeTransaction(r);
        out[QStringLiteral("journal_state")] = journal.finish(r);
        agentState.noteAnswer(sub, r);
        if (journal::JournalStore* store = journal.open(target);
            store && !out.value(QStringLiteral("journal_state")).toString().isEmpty()) {
            learnFromAnswer(*store, customerToken, in.bank, r);
        }
        return out;
    });
    return journal.exitCode(ekoExitCode);
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
                        [word](const QCommandLineParser& p) { return runAeps(word, p); }};
}

void registerAepsCommands(Registry& registry)
{
    const char* journaled = "A customer's transaction is journaled before it is sent and its outcome when it "
                            "returns (--db, else the environment's journal); the JSON carries journal_state. "
                            "Without --pid-file the finger is captured from the RD service. First the pre-flight "
                            "step (the agent's eKYC and today's daily login, the amount, the customer's 5 "
                            "withdrawals a day and the banks that answered \"not linked\" or \"limit exhausted\"): "
                            "each reason is a line \"preflight: NAME: …\" on stderr; a stop, or a warning without "
                            "--despite-warning, exits 5 with nothing journaled or sent.";
    const QCommandLineOption& despite = despiteWarningOption();
    const QList<QCommandLineOption> customer {kCustomerMobile, kBank, kAadhaar, kPidFile, kRdPort, kClientRef, despite};
    QList<QCommandLineOption> group = EkoCli::commonOptions();
    group << kDb;
    registry.add(
        {QStringLiteral("aeps"),
         QStringLiteral("AePS: the agent's eKYC and daily KYC; a customer's withdrawal, balance, mini statement"),
         QStringLiteral("The Aadhaar number is read only from stdin (--aadhaar -), never from the command line."),
         {},
         group,
         {sub("ekyc-otp", "agent eKYC step 1: send the OTP to the agent's mobile", {kAadhaar, kMobile}),
          sub("ekyc-verify", "agent eKYC step 2: verify the OTP", {kAadhaar, kMobile, kOtp, kOtpRef, kRefTid},
              "--otp-ref-id and --reference-tid come from ekyc-otp's result."),
          sub("ekyc-biometric", "agent eKYC step 3: the agent's finger (captured with the eKYC wadh)",
              {kAadhaar, kMobile, kBank, kOtpRef, kRefTid, kPidFile, kRdPort},
              "--otp-ref-id and --reference-tid come from ekyc-verify's result. A --pid-file must have been "
              "captured with the eKYC wadh."),
          sub("daily-kyc", "the agent's daily biometric login (needed before the day's first transaction)",
              {kAadhaar, kMobile, kBank, kPidFile, kRdPort, despite},
              "Without --pid-file the finger is captured from the RD service on 127.0.0.1 (--rd-port, else a scan "
              "of 11100-11120). Before the finger, the pre-flight step checks the agent's eKYC and the strike guard "
              "(after two failed agent authentications in a row): a stop, or a warning without --despite-warning, "
              "exits 5 and nothing is sent. A success is today's login for the app too (the same agent state)."),
          sub("merchant-auth",
              "the agent's finger authorising the next cash withdrawal (when the catalogue asks for one)",
              {kAadhaar, kMobile, kBank, kPidFile, kRdPort, despite},
              "Only when the catalogue's merchant_auth_per_withdrawal is on (README \"Catalogue switches\"): prints "
              "Eko's reference_id, to pass to `aeps withdraw --merchant-auth-id` within 5 minutes. --aadhaar, "
              "--mobile and --bank are the agent's own. Without --pid-file the finger is captured from the RD "
              "service (no wadh), after the pre-flight step (the agent's eKYC, today's login, the strike guard; "
              "exit 5 when it stops)."),
          sub("withdraw", "a customer's cash withdrawal (journaled)",
              customer + QList<QCommandLineOption> {kAmount, kMerchantAuthId}, journaled),
          sub("balance", "a customer's balance enquiry (journaled)", customer, journaled),
          sub("mini-statement", "a customer's mini statement (journaled)", customer, journaled),
          sub("aadhaar-pay", "Aadhaar Pay: a customer pays the shop (journaled)",
              customer + QList<QCommandLineOption> {kAmount}, journaled)},
         {}});
}

} // namespace

SAATHI_CLI_COMMANDS(registerAepsCommands)

} // namespace saathi::cli
