// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"
#include "core/journal/JournalTypes.h"
#include "core/util/Money.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace saathi::journal {

// What a flow knows before it sends a request. No field may carry a full Aadhaar number or a PID: the store
// refuses `aadhaarLast4` unless it is exactly four ASCII digits (the schema's CHECK is the second guard).
struct PrepareRequest
{
    QString submissionKey; // the form's one-shot token: the same key twice yields the same row (idempotency)
    QString clientRefId; // Eko's handle for this attempt (ClientRefIdGenerator)
    TxKind kind = TxKind::AepsWithdrawal;
    Paise amount;
    QString customerMobile; // 10 digits, or empty (settlement)
    QString aadhaarLast4; // "1234", or empty
    QString agentUserCode; // Eko user_code
    QString bankCode; // customer's bank (AePS) or recipient's IFSC bank (DMT)
    QString channel; // "aeps-fingpay", "dmt-fino", "imps"…
    QString consentVersion; // A8: the consent text the customer agreed to
    QString consentLanguage; // "en", "hi"
    QString relatedClientRefId; // a refund's original, or attempt 1 of a retried transaction (R6)
    QString customerToken; // A2: CustomerTokenizer::token() of the customer's Aadhaar, or empty (VID, DMT)
    // Where the request goes (issue #12): journal::ekoHost(client.config().baseUrl), kept as evidence.
    QString ekoHost;
    // The Eko environment the request goes to, when the caller knows it. A store tagged with another environment
    // refuses the request before writing anything; an untagged store (CLI --db) stamps the row with it.
    std::optional<EkoEnvironment> environment;
};

// The answer to a money call, an inquiry or a callback, ready to be journaled.
struct Outcome
{
    TxState state = TxState::Unknown;
    Source source = Source::Response;
    int txStatus = -1; // Eko's tx_status, -1 when there was none
    QString tid;
    QString rrn; // bank_ref_num
    std::optional<Paise> fee;
    std::optional<Paise> commission;
    std::optional<Paise> balance; // agent's E-value after the transaction
    QString message; // Eko's message/reason, or the transport error (no personal data)
    QString rawBody; // the response as received; sanitised (Aadhaar, PID removed) before it is stored
    QString note; // free text for the audit event ("timeout after 30 s", "inquiry 2/2 not found")
};

// One row of the journal.
struct TransactionRecord
{
    qint64 id = 0;
    QString clientRefId;
    QString submissionKey;
    TxKind kind = TxKind::AepsWithdrawal;
    TxState state = TxState::Prepared;
    Paise amount;
    QString customerMobile;
    QString aadhaarLast4;
    QString agentUserCode;
    QString bankCode;
    QString channel;
    QString consentVersion;
    QString consentLanguage;
    QString relatedClientRefId;
    qint64 createdAtMs = 0; // UTC milliseconds since the epoch
    qint64 updatedAtMs = 0;
    int txStatus = -1;
    QString tid;
    QString rrn;
    std::optional<Paise> fee;
    std::optional<Paise> commission;
    std::optional<Paise> balance;
    QString message;
    QString rawResponse; // sanitised
    // Reconciliation schedule (persisted, so a restart resumes it).
    qint64 nextAttemptAtMs = 0; // 0: nothing scheduled
    int attempts = 0; // inquiries made
    int notFoundCount = 0; // inquiries that answered "TID does not exist" (168)
    qint64 firstNotFoundAtMs = 0;
    // Issue #12: the environment the row was sent to; empty = origin unknown (never reconciled automatically).
    std::optional<EkoEnvironment> environment;
    QString ekoHost; // host[:port] of the Eko base URL the request went to
    std::optional<EkoEnvironment> movedTo; // legacy file only: the environment's journal this row was moved into

    bool isNull() const { return id == 0; }
    // "XXXX XXXX 1234" or empty.
    QString maskedAadhaar() const;
};

// One line of a row's audit trail.
struct JournalEvent
{
    qint64 id = 0;
    qint64 transactionId = 0;
    qint64 atMs = 0;
    std::optional<TxState> from; // empty for the row's creation
    TxState to = TxState::Prepared;
    Source source = Source::Local;
    QString note;
};

} // namespace saathi::journal

Q_DECLARE_METATYPE(saathi::journal::TransactionRecord)
