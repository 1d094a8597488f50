// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/journal/JournalTypes.h"

#include "core/journal/TransactionRecord.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace saathi::journal {

namespace {

template<typename E, std::size_t N>
bool parseName(const std::array<std::pair<E, const char*>, N>& table, const QString& text, E* out)
{
    for (const auto& [value, name] : table) {
        if (text == QLatin1String(name)) {
            if (out) {
                *out = value;
            }
            return true;
        }
    }
    return false;
}

template<typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [v, name] : table) {
        if (v == value) {
            return QLatin1String(name);
        }
    }
    return QString();
}

constexpr std::array<std::pair<TxKind, const char*>, 7> kKinds {{
    {TxKind::AepsWithdrawal, "aeps_withdrawal"},
    {TxKind::AadhaarPay, "aadhaar_pay"},
    {TxKind::DmtTransfer, "dmt_transfer"},
    {TxKind::Refund, "refund"},
    {TxKind::Settlement, "settlement"},
    {TxKind::BalanceEnquiry, "balance_enquiry"},
    {TxKind::MiniStatement, "mini_statement"},
}};

constexpr std::array<std::pair<TxState, const char*>, 9> kStates {{
    {TxState::Prepared, "prepared"},
    {TxState::Sent, "sent"},
    {TxState::Pending, "pending"},
    {TxState::Unknown, "unknown"},
    {TxState::Success, "success"},
    {TxState::Failed, "failed"},
    {TxState::NotSent, "not_sent"},
    {TxState::RefundPending, "refund_pending"},
    {TxState::Refunded, "refunded"},
}};

constexpr std::array<std::pair<Source, const char*>, 4> kSources {{
    {Source::Local, "local"},
    {Source::Response, "response"},
    {Source::Inquiry, "inquiry"},
    {Source::Callback, "callback"},
}};

bool fromEko(Source s)
{
    return s == Source::Response || s == Source::Inquiry || s == Source::Callback;
}

bool fromLookup(Source s)
{
    return s == Source::Inquiry || s == Source::Callback;
}

} // namespace

QString wireName(TxKind kind)
{
    return nameOf(kKinds, kind);
}
QString wireName(TxState state)
{
    return nameOf(kStates, state);
}
QString wireName(Source source)
{
    return nameOf(kSources, source);
}
bool parseKind(const QString& text, TxKind* out)
{
    return parseName(kKinds, text, out);
}
bool parseState(const QString& text, TxState* out)
{
    return parseName(kStates, text, out);
}
bool parseSource(const QString& text, Source* out)
{
    return parseName(kSources, text, out);
}

bool isMoneyMoving(TxKind kind)
{
    return kind != TxKind::BalanceEnquiry && kind != TxKind::MiniStatement;
}

bool isUnresolved(TxState state)
{
    return state == TxState::Prepared || state == TxState::Sent || state == TxState::Pending
        || state == TxState::Unknown;
}

bool needsInquiry(TxState state)
{
    return isUnresolved(state) || state == TxState::RefundPending;
}

bool isFinal(TxState state)
{
    return !needsInquiry(state);
}

TxState stateForTxStatus(int txStatus)
{
    switch (txStatus) {
    case 0:
        return TxState::Success;
    case 1:
        return TxState::Failed;
    case 3:
        return TxState::RefundPending;
    case 4:
        return TxState::Refunded;
    default:
        return TxState::Pending;
    }
}

bool canTransition(TxState from, TxState to, Source source)
{
    using S = TxState;
    switch (from) {
    case S::Prepared:
        if (to == S::Sent) {
            return source == Source::Local;
        }
        if (to == S::NotSent) {
            // Local: the request provably never left (e.g. encryption failed before sending).
            return source == Source::Local || source == Source::Inquiry;
        }
        if (to == S::Unknown) {
            return true;
        }
        return fromEko(source) && to != S::Prepared;
    case S::Sent:
        if (to == S::NotSent) {
            return source == Source::Inquiry;
        }
        if (to == S::Unknown) {
            return true;
        }
        return fromEko(source) && to != S::Prepared && to != S::Sent;
    case S::Unknown:
        if (to == S::NotSent) {
            return source == Source::Inquiry;
        }
        if (to == S::Unknown) {
            return true;
        }
        return fromEko(source) && to != S::Prepared && to != S::Sent;
    case S::Pending:
        return fromEko(source)
            && (to == S::Pending || to == S::Success || to == S::Failed || to == S::RefundPending || to == S::Refunded);
    case S::Failed:
        if (to == S::Success) {
            return fromLookup(source); // a late success is real money moved (Razorpay's late authorisation)
        }
        return fromEko(source) && (to == S::RefundPending || to == S::Refunded);
    case S::Success:
        return fromLookup(source) && (to == S::RefundPending || to == S::Refunded);
    case S::NotSent:
        // Eko knew it after all: reality wins, but only a lookup can say so.
        return fromLookup(source)
            && (to == S::Pending || to == S::Success || to == S::Failed || to == S::RefundPending || to == S::Refunded);
    case S::RefundPending:
        return fromEko(source) && (to == S::RefundPending || to == S::Refunded);
    case S::Refunded:
        return false;
    }
    return false;
}

QString displayName(TxKind kind)
{
    switch (kind) {
    case TxKind::AepsWithdrawal:
        return QCoreApplication::translate("Journal", "Cash withdrawal");
    case TxKind::AadhaarPay:
        return QCoreApplication::translate("Journal", "Aadhaar Pay");
    case TxKind::DmtTransfer:
        return QCoreApplication::translate("Journal", "Money transfer");
    case TxKind::Refund:
        return QCoreApplication::translate("Journal", "Refund");
    case TxKind::Settlement:
        return QCoreApplication::translate("Journal", "Settlement");
    case TxKind::BalanceEnquiry:
        return QCoreApplication::translate("Journal", "Balance enquiry");
    case TxKind::MiniStatement:
        return QCoreApplication::translate("Journal", "Mini statement");
    }
    return QString();
}

QString displayName(TxState state)
{
    switch (state) {
    case TxState::Prepared:
    case TxState::Sent:
    case TxState::Pending:
    case TxState::Unknown:
        // N3: an unknown outcome is never shown as failed.
        return QCoreApplication::translate("Journal", "Pending — checking with the bank");
    case TxState::Success:
        return QCoreApplication::translate("Journal", "Successful");
    case TxState::Failed:
        return QCoreApplication::translate("Journal", "Failed");
    case TxState::NotSent:
        return QCoreApplication::translate("Journal", "Not sent — no money moved");
    case TxState::RefundPending:
        return QCoreApplication::translate("Journal", "Refund pending");
    case TxState::Refunded:
        return QCoreApplication::translate("Journal", "Refunded");
    }
    return QString();
}

QString TransactionRecord::maskedAadhaar() const
{
    return aadhaarLast4.isEmpty() ? QString() : QStringLiteral("XXXX XXXX ") + aadhaarLast4;
}

} // namespace saathi::journal
