// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Money.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// saathi.sandbox.eko: request lines and state changes only, never a body, Aadhaar, PID or secret.
Q_DECLARE_LOGGING_CATEGORY(lcSandboxEko)

namespace saathi::sandbox {

// How `request_hash` on POST /v2/aeps is computed (reference §2.3, contradiction 5): DEV says the plain Aadhaar,
// Eko's Node SDK branch hashes the encrypted `aadhar` value.
enum class RequestHashMode { PlainAadhaar, EncryptedAadhaar, NotChecked };

// The partner account the sandbox knows (Eko's published UAT credentials by default, reference §2.1).
struct SandboxPartner
{
    QString developerKey = QStringLiteral("becbbce45f79c6f5109f848acd540567");
    QString accessKey = QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30");
    QString initiatorId = QStringLiteral("9962981729");
};

struct EkoSandboxConfig
{
    SandboxPartner partner;
    QString defaultUserCode = QStringLiteral("20810200");
    QString defaultAgentMobile = QStringLiteral("9962981729");
    qint64 skewWindowMs = 5 * 60 * 1000; // |secret-key-timestamp − clock| allowed
    qint64 activationDelayMs = 60 * 1000; // service PENDING → ACTIVATED, on the injected clock
    // v3 JSON routes also take form-urlencoded, as the catalogue's "accepts" says (reference §1.3, §17.1); off is the
    // strict mode (--strict-content-type): JSON routes take JSON alone.
    bool acceptFormOnJsonRoutes = true;
    QString catalogueFile; // the endpoint catalogue whose per-operation facts the sandbox applies; empty: built-in
    bool rejectReplayedPid = true; // UIDAI 563; off for CLI tools replaying a saved PID file
    bool rejectPlainAadhaar = true; // security.md A3: a valid Aadhaar in the URL, a header or a field
                                    // other than `aadhar` → status 97 (the strict fake)
    RequestHashMode requestHashMode = RequestHashMode::PlainAadhaar;
    bool magicAmounts = true; // CW ₹7,050…₹7,700 and DMT ₹4,321…₹4,324 trigger faults (README)
    qint64 slowResponseMs = 5000; // Fault::SlowResponse
    qint64 pendingResolveDelayMs = 0; // a pending transaction resolves on the first inquiry after this
    QString ekycOtp = QStringLiteral("123456"); // the OTP the "bank" sends for eKYC
    qint64 otpValidityMs = 10 * 60 * 1000;
    bool okeyKeySuffix = false; // success messages get Eko's junk suffix " Last_used_OkeyKey: 203" (reference §3.1)
    qint64 dateHeaderOffsetMs = 0; // skews the HTTP Date header (clock-skew warning tests, T3)
    Paise defaultCustomerBalance = Paise::fromRupees(25000);
    Paise defaultAgentWallet = Paise::fromRupees(50000); // enough for DMT in training (₹5,000 + fee per transfer)
    int maxWithdrawalsPerDay = 5; // approved CW per Aadhaar per agent per IST day
    // DMT (README "DMT"): one fixed OTP for customer verification, sender eKYC, transfer and refund OTPs; each
    // expires after otpValidityMs and is single use.
    QString dmtOtp = QStringLiteral("123456");
    qint64 dmtNeftSettleMs = 30 * 60 * 1000; // NEFT "Initiated" → success on the first inquiry after this
    Paise dmtMinPerTransfer = Paise::fromRupees(100);
    Paise dmtMaxPerTransfer = Paise::fromRupees(5000);
    Paise dmtClassicNonKycMonthlyLimit = Paise::fromRupees(25000);
    Paise dmtClassicKycMonthlyLimit = Paise::fromRupees(74500);
    Paise dmtFinoMonthlyLimitBeforeKyc = Paise::fromRupees(5000);
    Paise dmtFinoMonthlyLimitAfterKyc = Paise::fromRupees(25000);
};

// Fault scenarios (README "Faults"). Those marked "after" let the request be processed and committed first.
enum class Fault {
    PendingThenSuccess, // tx_status 2 / 1465; the first inquiry (after pendingResolveDelayMs) says success
    PendingThenFailure, // tx_status 2 / 1465; inquiry says failed, customer debit reversed
    DropResponse, // after: committed, the request is never answered (the client times out)
    CloseConnection, // after: committed, the connection is closed without an answer
    Http500, // not processed: HTTP 500 with an empty body
    HtmlErrorPage, // not processed: HTTP 502 with an HTML page (a proxy's error page)
    SlowResponse, // after: answered after config.slowResponseMs
    NoKeyForResponse, // not processed: {"message":"No key for Response"}
    InsufficientWalletBalance, // not processed: status 347 "Insufficient balance"
    BankDeclineFrozen, // 1464 "Customer Bank account is Frozen or Frozen Account"
    BankDeclineDebitDisabled, // 1464 "AePS debit transactions are disabled by customer bank"
    BankDeclineNotCompleted, // 1464 "Transaction Not Completed"
    BiometricMismatch, // the finger does not match: 1464 / 1714 "Authentication Failed. Invalid Biometric data."
    TruncatedJson, // after: committed, the body is cut in half
    HugeBody, // after: committed, a 10 MB body
    WrongTypes, // after: committed, numbers where strings belong and vice versa
    ArrayInsteadOfObject, // after: committed, `data` is an array
    Fp069, // daily KYC is invalidated: the next transaction asks for 2FA again
    BankNotLinked, // 1467 (MS 1528) "Aadhaar number not linked with the selected bank" (issue #18)
    BankLimitExhausted, // 1464 "Exceeds withdrawal frequency limit": the bank's limit for this customer is used up
};

QString faultName(Fault fault);
bool faultFromName(const QString& name, Fault* out);
QStringList allFaultNames();

enum class TxKind { CashWithdrawal, BalanceEnquiry, MiniStatement, AadhaarPay };
enum class TxState { Success, Failed, Pending };
QString txKindName(TxKind kind);

// One row per transaction that reached the "switch" (it got a tid), failures included.
struct LedgerEntry
{
    qint64 sequence = 0;
    QString clientRefId;
    QString tid;
    TxKind kind = TxKind::CashWithdrawal;
    TxState state = TxState::Failed;
    Paise amount; // requested amount (0 for BE/MS)
    Paise customerDebit; // what left the customer's bank account (0 if none or reversed)
    Paise agentCredit; // what reached the agent's E-value wallet (amount + commission − TDS)
    bool reversed = false; // a pending debit that failed and was credited back
    QString userCode;
    QString bankCode;
    QString aadhaarLast4;
    QByteArray customerKey; // SHA-256 hex of the customer's Aadhaar (never the number)
    QString reason;
    QString rrn;
    QString stan;
    qint64 createdMs = 0;
    // For pending transactions: how they end.
    bool pendingResolvesToSuccess = true;
    bool notLinked = false; // failed as "Aadhaar not linked with the selected bank": code 1467 (MS 1528)
};

// What the request log keeps: never a body, a header value or a query value.
struct RequestLogEntry
{
    QByteArray method;
    QString path;
    int httpStatus = 0;
    int ekoStatus = -1; // the envelope's `status`, -1 when there is none
    int responseTypeId = 0; // the envelope's `response_type_id`, 0 when there is none
    QString route; // the route name, empty for rejected requests
    qint64 atMs = 0;
};

// A request as the router sees it.
struct SandboxRequest
{
    QByteArray method; // upper case
    QString path; // fully decoded
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const; // case-insensitive; empty if absent
    bool hasHeader(const QByteArray& name) const;
    QByteArray mediaType() const; // Content-Type without parameters, lower case
};

// An answer and how to deliver it.
struct SandboxReply
{
    enum class Delivery { Normal, Delayed, Never, Close };

    int httpStatus = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    Delivery delivery = Delivery::Normal;
    qint64 delayMs = 0;
    int ekoStatus = -1;
    int responseTypeId = 0;
};

} // namespace saathi::sandbox
