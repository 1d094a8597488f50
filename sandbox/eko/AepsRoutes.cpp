// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "AepsRoutes.h"

#include "core/crypto/EkoSigner.h"
#include "core/util/Clock.h"
#include "core/validation/FieldValidators.h"
#include "sandbox/eko/Envelope.h"
#include "sandbox/eko/Fixtures.h"
#include "sandbox/eko/MerchantAuthRoutes.h"
#include "sandbox/eko/SandboxRouter.h"
#include "sandbox/eko/TxResponse.h"

namespace saathi::sandbox {

namespace {

BankScript scriptFor(Fault fault)
{
    switch (fault) {
    case Fault::PendingThenSuccess:
        return BankScript::PendingThenSuccess;
    case Fault::PendingThenFailure:
        return BankScript::PendingThenFailure;
    case Fault::BankDeclineFrozen:
        return BankScript::DeclineFrozen;
    case Fault::BankDeclineDebitDisabled:
        return BankScript::DeclineDebitDisabled;
    case Fault::BankDeclineNotCompleted:
        return BankScript::DeclineNotCompleted;
    case Fault::BiometricMismatch:
        return BankScript::BiometricMismatch;
    case Fault::BankNotLinked:
        return BankScript::NotLinked;
    case Fault::BankLimitExhausted:
        return BankScript::LimitExhausted;
    default:
        return BankScript::Normal;
    }
}

bool isBankFault(Fault f)
{
    return scriptFor(f) != BankScript::Normal || f == Fault::InsufficientWalletBalance || f == Fault::Fp069;
}

QDateTime istOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Clock::istZone());
}

} // namespace

AepsRoutes::AepsRoutes(SandboxContext& context)
    : m_ctx(context)
{
}

void AepsRoutes::registerRoutes(SandboxRouter& router)
{
    const QString base = QStringLiteral("/v3/customer/collection/aeps-fingpay/");
    router.add(
        "POST", base + QStringLiteral("cash-withdrawl/([^/]+)"), QStringLiteral("cash-withdrawal"), BodyKind::Json,
        [this](const RouteCall& c) { return v3Transaction(c, TxKind::CashWithdrawal); }, true);
    router.add(
        "POST", base + QStringLiteral("balance-enquiry/([^/]+)"), QStringLiteral("balance-enquiry"), BodyKind::Json,
        [this](const RouteCall& c) { return v3Transaction(c, TxKind::BalanceEnquiry); }, true);
    router.add(
        "POST", base + QStringLiteral("mini-statement/([^/]+)"), QStringLiteral("mini-statement"), BodyKind::Json,
        [this](const RouteCall& c) { return v3Transaction(c, TxKind::MiniStatement); }, true);
    router.add(
        "POST", QStringLiteral("/v2/aeps"), QStringLiteral("aeps-v2"), BodyKind::Json,
        [this](const RouteCall& c) { return legacyAeps(c); }, true);
    router.add("GET", QStringLiteral("/v[123]/tools/reference/transaction/(.+)"), QStringLiteral("inquiry"),
               BodyKind::None, [this](const RouteCall& c) { return inquiry(c); });
}

bool AepsRoutes::checkAmount(TxKind kind, const QString& text, Paise* amount, QMap<QString, QString>* invalid) const
{
    if (kind != TxKind::CashWithdrawal && kind != TxKind::AadhaarPay) {
        *amount = Paise {};
        return true;
    }
    if (text.isEmpty()) {
        invalid->insert(QStringLiteral("amount"), QStringLiteral("Please provide the value of the field"));
        return false;
    }
    const qint64 multiple = kind == TxKind::CashWithdrawal ? 50 : 1;
    if (!Paise::parseWire(text, amount) || !amount->isWholeRupees() || *amount < Paise::fromRupees(100)
        || *amount > Paise::fromRupees(10000) || amount->wholeRupees() % multiple != 0) {
        invalid->insert(QStringLiteral("amount"),
                        kind == TxKind::CashWithdrawal
                            ? QStringLiteral("Amount must be between 100 and 10000, in multiples of 50")
                            : QStringLiteral("Amount must be between 100 and 10000"));
        return false;
    }
    return true;
}

SandboxReply AepsRoutes::v3Transaction(const RouteCall& call, TxKind kind)
{
    SandboxReply error;
    Agent* agent = m_ctx.resolveAgent(call.params, &error);
    if (!agent) {
        return error;
    }
    const RequestParams& p = call.params;
    QMap<QString, QString> invalid;
    // client_ref_id is optional on v3 (reference §6): without one, the transaction is found by its tid alone.
    p.requireAll(
        {QStringLiteral("bank_code"), QStringLiteral("aadhar"), QStringLiteral("latlong"), QStringLiteral("piddata")},
        &invalid);
    const ValidationResult mobile = validate::mobile(call.captures.value(0));
    if (!mobile.valid) {
        invalid.insert(QStringLiteral("customer_id"), QStringLiteral("Invalid customer mobile number"));
    }
    Paise amount;
    checkAmount(kind, p.text(QStringLiteral("amount")), &amount, &invalid);
    SecureBytes aadhaar;
    if (!invalid.contains(QStringLiteral("aadhar"))) {
        m_ctx.decryptAadhaar(p, QStringLiteral("aadhar"), &aadhaar, &invalid);
    }
    if (!invalid.isEmpty()) {
        return envelope::invalidParams(invalid);
    }
    return transact(call, *agent, kind, mobile.normalized, aadhaar, amount);
}

SandboxReply AepsRoutes::legacyAeps(const RouteCall& call)
{
    SandboxReply error;
    Agent* agent = m_ctx.resolveAgent(call.params, &error);
    if (!agent) {
        return error;
    }
    const RequestParams& p = call.params;
    static const QMap<QString, TxKind> kinds = {{QStringLiteral("2"), TxKind::CashWithdrawal},
                                                {QStringLiteral("3"), TxKind::BalanceEnquiry},
                                                {QStringLiteral("4"), TxKind::MiniStatement},
                                                {QStringLiteral("5"), TxKind::AadhaarPay}};
    QMap<QString, QString> invalid;
    p.requireAll({QStringLiteral("customer_id"), QStringLiteral("bank_code"), QStringLiteral("client_ref_id"),
                  QStringLiteral("aadhar"), QStringLiteral("piddata"), QStringLiteral("latlong")},
                 &invalid);
    const QString serviceType = p.text(QStringLiteral("service_type"));
    if (!kinds.contains(serviceType)) {
        invalid.insert(QStringLiteral("service_type"), QStringLiteral("service_type must be 2, 3, 4 or 5"));
    }
    const TxKind kind = kinds.value(serviceType, TxKind::BalanceEnquiry);
    const ValidationResult mobile = validate::mobile(p.text(QStringLiteral("customer_id")));
    if (!invalid.contains(QStringLiteral("customer_id")) && !mobile.valid) {
        invalid.insert(QStringLiteral("customer_id"), QStringLiteral("Invalid customer mobile number"));
    }
    Paise amount;
    checkAmount(kind, p.text(QStringLiteral("amount")), &amount, &invalid);
    SecureBytes aadhaar;
    if (!invalid.contains(QStringLiteral("aadhar"))) {
        m_ctx.decryptAadhaar(p, QStringLiteral("aadhar"), &aadhaar, &invalid);
    }
    if (!invalid.isEmpty()) {
        return envelope::invalidParams(invalid);
    }
    if (m_ctx.config.requestHashMode != RequestHashMode::NotChecked) {
        bool ok = false;
        const qint64 ts = call.request.header("secret-key-timestamp").trimmed().toLongLong(&ok);
        QString hashed = m_ctx.config.requestHashMode == RequestHashMode::PlainAadhaar
            ? QString::fromLatin1(aadhaar.view())
            : p.text(QStringLiteral("aadhar"));
        const QByteArray expected = EkoSigner::requestHash(m_ctx.config.partner.accessKey, ts,
                                                           {hashed, p.text(QStringLiteral("amount")), agent->userCode});
        secureWipe(hashed);
        if (call.request.header("request_hash").trimmed() != expected) {
            return envelope::invalidParams({{QStringLiteral("request_hash"), QStringLiteral("Invalid request hash")}});
        }
    }
    return transact(call, *agent, kind, mobile.normalized, aadhaar, amount);
}

SandboxReply AepsRoutes::transact(const RouteCall& call, Agent& agent, TxKind kind, const QString& customerMobile,
                                  const SecureBytes& aadhaar, Paise amount)
{
    Q_UNUSED(customerMobile)
    const RequestParams& p = call.params;
    if (!m_ctx.agents.isActivated(agent, 43)) {
        return envelope::failure(346, QStringLiteral("Agent not allowed"));
    }
    const fixtures::Bank* bank = fixtures::findBank(p.text(QStringLiteral("bank_code")));
    if (!bank) {
        const int code = kind == TxKind::MiniStatement ? 1528 : 1464;
        return envelope::make(code, QStringLiteral("Transaction Fail"), 1, code,
                              QJsonObject {{QStringLiteral("tx_status"), QStringLiteral("1")},
                                           {QStringLiteral("reason"), QStringLiteral("Transaction Not Completed")},
                                           {QStringLiteral("comment"), QStringLiteral("Transaction Not Completed")}});
    }
    const QString clientRefId = p.text(QStringLiteral("client_ref_id"));
    if (m_ctx.engine.findByClientRef(clientRefId)) {
        return envelope::invalidParams(
            {{QStringLiteral("client_ref_id"), QStringLiteral("Duplicate client_ref_id: use transaction inquiry")}});
    }
    std::optional<Fault> fault = m_ctx.takeBusinessFault(call, isBankFault);
    if (!fault && m_ctx.config.magicAmounts && kind == TxKind::CashWithdrawal) {
        const auto magic = FaultPlan::forMagicAmount(amount);
        if (magic && isBankFault(*magic)) {
            fault = magic;
        }
    }
    if (fault == Fault::Fp069) {
        agent.dailyKycDate = QDate(); // the bank asks for the agent's 2FA again
    }
    if (agent.dailyKycDate != m_ctx.istDay()) {
        return twoFactorRequired(kind, m_ctx.engine.allocateTid(), agent.userCode);
    }
    if (kind == TxKind::CashWithdrawal) {
        if (const QString reason = MerchantAuthRoutes::checkWithdrawal(m_ctx, agent, p); !reason.isEmpty()) {
            return envelope::make(1464, QStringLiteral("Transaction Fail"), 1, 1464,
                                  QJsonObject {{QStringLiteral("tx_status"), QStringLiteral("1")},
                                               {QStringLiteral("reason"), reason},
                                               {QStringLiteral("comment"), reason}});
        }
    }
    if (fault == Fault::InsufficientWalletBalance) {
        return envelope::failure(347, QStringLiteral("Insufficient balance"));
    }
    TxRequest request;
    request.kind = kind;
    request.clientRefId = clientRefId;
    request.bankCode = bank->code;
    request.amount = amount;
    request.customerKey = AepsEngine::keyFor(aadhaar.view());
    request.last4 = QString::fromLatin1(aadhaar.view().last(4));
    const auto problem = m_ctx.pid.check(p.text(QStringLiteral("piddata")), PidVerifier::WadhRule::MustBeAbsent);
    const QString failReason = problem == PidVerifier::Problem::None ? QString() : PidVerifier::reasonFor(problem);
    if (problem != PidVerifier::Problem::None) {
        qCInfo(lcSandboxEko) << "transaction PID rejected:" << PidVerifier::problemName(problem);
    }
    const LedgerEntry entry = m_ctx.engine.execute(request, agent, fault ? scriptFor(*fault) : BankScript::Normal,
                                                   m_ctx.nowMs(), m_ctx.istDay(), failReason);
    qCInfo(lcSandboxEko) << "transaction" << txKindName(kind) << "tid" << entry.tid << "state"
                         << txStatusText(entry.state);
    const CustomerAccount* account = m_ctx.engine.findAccount(entry.customerKey, entry.bankCode);
    return transactionReply(entry, transactionData(entry, agent, account, istOf(entry.createdMs)));
}

void AepsRoutes::resolve(LedgerEntry& entry)
{
    m_ctx.engine.resolvePending(entry, m_ctx.agents.find(entry.userCode), m_ctx.istDay());
}

SandboxReply AepsRoutes::inquiry(const RouteCall& call)
{
    const RequestParams& p = call.params;
    if (p.text(QStringLiteral("initiator_id")).isEmpty()) {
        return envelope::invalidParams(
            {{QStringLiteral("initiator_id"), QStringLiteral("Please provide the value of the field")}});
    }
    if (p.text(QStringLiteral("initiator_id")) != m_ctx.config.partner.initiatorId) {
        return envelope::failure(319, QStringLiteral("Invalid initiator"));
    }
    const QString ref = call.captures.value(0);
    LedgerEntry* entry = nullptr;
    if (ref.startsWith(QLatin1String("client_ref_id:"))) {
        entry = m_ctx.engine.findByClientRef(ref.mid(14));
    } else {
        entry = m_ctx.engine.findByTid(ref);
        if (!entry) {
            entry = m_ctx.engine.findByClientRef(ref); // OAS shows the bare client ref (contradiction 13)
        }
    }
    if (!entry) {
        if (m_ctx.otherInquiry) {
            if (auto other = m_ctx.otherInquiry(ref)) {
                return *other;
            }
        }
        return envelope::failure(168, QStringLiteral("TID does not exist"));
    }
    if (entry->state == TxState::Pending && m_ctx.nowMs() - entry->createdMs >= m_ctx.config.pendingResolveDelayMs) {
        resolve(*entry);
    }
    Agent* agent = m_ctx.agents.find(entry->userCode);
    if (!agent) {
        return envelope::failure(168, QStringLiteral("TID does not exist"));
    }
    const CustomerAccount* account = m_ctx.engine.findAccount(entry->customerKey, entry->bankCode);
    QJsonObject data = transactionData(*entry, *agent, account, istOf(entry->createdMs));
    data[QStringLiteral("timestamp")] = istOf(entry->createdMs).toString(Qt::ISODate);
    return envelope::success(1472, QStringLiteral("Transaction enquiry successful"), data, true);
}

} // namespace saathi::sandbox
