// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/receipt/JournalReceipts.h"

#include "core/eko/AepsTransaction.h"
#include "core/eko/EkoEnvelope.h"
#include "core/journal/JournalStore.h"

#include <QCoreApplication>

#include <map>

namespace saathi::receipt {

namespace {

using journal::TransactionRecord;
using journal::TxKind;

Error notFound(const QString& reference)
{
    return Error {
        QStringLiteral("receipt.not_found"),
        QCoreApplication::translate("JournalReceipts", "There is no transaction with reference %1 in the journal.")
            .arg(reference),
        {}};
}

bool isAeps(TxKind kind)
{
    return kind == TxKind::AepsWithdrawal || kind == TxKind::AadhaarPay || kind == TxKind::BalanceEnquiry
        || kind == TxKind::MiniStatement;
}

std::optional<eko::EkoEnvelope> answerOf(const TransactionRecord& record)
{
    if (record.rawResponse.isEmpty()) {
        return std::nullopt;
    }
    auto envelope = eko::parseEnvelope(record.rawResponse.toUtf8());
    return envelope ? std::optional<eko::EkoEnvelope>(envelope.value()) : std::nullopt;
}

dmt::TransferResult transferResultOf(const TransactionRecord& record)
{
    const auto envelope = answerOf(record);
    return envelope ? dmt::TransferResult::fromEnvelope(*envelope) : dmt::TransferResult {};
}

CounterIdentity withAgent(CounterIdentity identity, const TransactionRecord& record)
{
    if (identity.userCode.isEmpty()) {
        identity.userCode = record.agentUserCode;
    }
    return identity;
}

// The plan's key and this part's number from "<key>#<part>.<attempt>"; false for any other shape.
bool planPart(const QString& submissionKey, QString* key, int* part, int* attempt)
{
    const qsizetype hash = submissionKey.lastIndexOf(QLatin1Char('#'));
    const QStringList numbers = submissionKey.mid(hash + 1).split(QLatin1Char('.'));
    bool okPart = false;
    bool okAttempt = false;
    if (hash <= 0 || numbers.size() != 2) {
        return false;
    }
    *part = numbers.at(0).toInt(&okPart);
    *attempt = numbers.at(1).toInt(&okAttempt);
    *key = submissionKey.left(hash + 1);
    return okPart && okAttempt;
}

Result<QList<DmtReceipt::Part>> planParts(journal::JournalStore& store, const TransactionRecord& row)
{
    QString key;
    int part = 0;
    int attempt = 0;
    if (!planPart(row.submissionKey, &key, &part, &attempt)) {
        return QList<DmtReceipt::Part> {{row, transferResultOf(row)}};
    }
    auto rows = store.withSubmissionKeyPrefix(key);
    if (!rows) {
        return rows.error();
    }
    std::map<int, std::pair<int, TransactionRecord>> latest; // part → (attempt, row)
    for (const TransactionRecord& r : rows.value()) {
        QString k;
        if (r.kind == TxKind::DmtTransfer && planPart(r.submissionKey, &k, &part, &attempt) && k == key) {
            const auto it = latest.find(part);
            if (it == latest.end() || it->second.first < attempt) {
                latest[part] = {attempt, r};
            }
        }
    }
    QList<DmtReceipt::Part> parts;
    for (const auto& [number, entry] : latest) {
        parts.append({entry.second, transferResultOf(entry.second)});
    }
    return parts;
}

Result<AnyReceipt> transferReceipt(journal::JournalStore& store, const TransactionRecord& row,
                                   const CounterIdentity& identity)
{
    auto parts = planParts(store, row);
    if (!parts) {
        return parts.error();
    }
    // The recipient as Eko named it in the first answer that has one (the account is masked on the receipt).
    dmt::Recipient recipient;
    recipient.bankCode = row.bankCode;
    for (const DmtReceipt::Part& p : parts.value()) {
        if (recipient.name.isEmpty() && !p.result.recipientName.isEmpty()) {
            recipient.name = p.result.recipientName;
            recipient.account = p.result.account;
            recipient.ifsc = p.result.ifsc;
            recipient.bankName = p.result.bankName;
        }
    }
    dmt::Customer customer;
    customer.mobile = row.customerMobile;
    return AnyReceipt(DmtReceipt::forTransfer(customer, recipient, parts.value(), withAgent(identity, row)));
}

Result<AnyReceipt> refundReceipt(journal::JournalStore& store, const TransactionRecord& refund,
                                 const CounterIdentity& identity)
{
    auto transfer = store.find(refund.relatedClientRefId);
    if (!transfer) {
        return transfer.error();
    }
    TransactionRecord original;
    if (transfer.value()) {
        original = *transfer.value();
    } else { // the transfer's row is gone (another journal): the refund's own row stands in for it
        original = refund;
        original.clientRefId = refund.relatedClientRefId;
        original.tid.clear();
    }
    return AnyReceipt(DmtReceipt::forRefund(original, refund, transferResultOf(refund), withAgent(identity, refund)));
}

} // namespace

Result<AnyReceipt> JournalReceipts::find(journal::JournalStore& store, const QString& reference,
                                         const CounterIdentity& identity)
{
    if (reference.trimmed().isEmpty()) {
        return notFound(reference);
    }
    auto found = store.findByReference(reference.trimmed());
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return notFound(reference);
    }
    const TransactionRecord& row = *found.value();
    if (isAeps(row.kind)) {
        const auto envelope = answerOf(row);
        const eko::AepsTransaction answer
            = envelope ? eko::AepsTransaction::fromEnvelope(*envelope) : eko::AepsTransaction {};
        return AnyReceipt(Receipt::build(row, answer, withAgent(identity, row)));
    }
    if (row.kind == TxKind::DmtTransfer) {
        return transferReceipt(store, row, identity);
    }
    if (row.kind == TxKind::Refund) {
        return refundReceipt(store, row, identity);
    }
    return Error {QStringLiteral("receipt.no_receipt"),
                  QCoreApplication::translate("JournalReceipts", "%1 is a settlement: it has no customer receipt.")
                      .arg(row.clientRefId),
                  {}};
}

void JournalReceipts::setDuplicate(AnyReceipt& receipt, bool duplicate)
{
    std::visit([duplicate](auto& r) { r.setDuplicate(duplicate); }, receipt);
}

void JournalReceipts::setTraining(AnyReceipt& receipt, bool training)
{
    std::visit([training](auto& r) { r.setTraining(training); }, receipt);
}

QString JournalReceipts::qrPayload(const AnyReceipt& receipt)
{
    return std::visit([](const auto& r) { return r.qrPayload(); }, receipt);
}

QString JournalReceipts::plainText(const AnyReceipt& receipt)
{
    return std::visit([](const auto& r) { return r.plainText(); }, receipt);
}

QString JournalReceipts::statusText(const AnyReceipt& receipt)
{
    return std::visit([](const auto& r) { return r.statusText(); }, receipt);
}

QString JournalReceipts::clientRefId(const AnyReceipt& receipt)
{
    return std::visit([](const auto& r) { return r.clientRefId(); }, receipt);
}

} // namespace saathi::receipt
