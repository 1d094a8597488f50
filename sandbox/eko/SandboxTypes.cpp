// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "SandboxTypes.h"

#include <QHash>

namespace saathi::sandbox {

namespace {

const QList<QPair<Fault, QString>>& faultNames()
{
    static const QList<QPair<Fault, QString>> names = {
        {Fault::PendingThenSuccess, QStringLiteral("pending_then_success")},
        {Fault::PendingThenFailure, QStringLiteral("pending_then_failure")},
        {Fault::DropResponse, QStringLiteral("drop_response")},
        {Fault::CloseConnection, QStringLiteral("close_connection")},
        {Fault::Http500, QStringLiteral("http_500")},
        {Fault::HtmlErrorPage, QStringLiteral("html_error_page")},
        {Fault::SlowResponse, QStringLiteral("slow_response")},
        {Fault::NoKeyForResponse, QStringLiteral("no_key_for_response")},
        {Fault::InsufficientWalletBalance, QStringLiteral("insufficient_wallet_balance")},
        {Fault::BankDeclineFrozen, QStringLiteral("bank_decline_frozen")},
        {Fault::BankDeclineDebitDisabled, QStringLiteral("bank_decline_debit_disabled")},
        {Fault::BankDeclineNotCompleted, QStringLiteral("bank_decline_not_completed")},
        {Fault::BiometricMismatch, QStringLiteral("biometric_mismatch")},
        {Fault::TruncatedJson, QStringLiteral("truncated_json")},
        {Fault::HugeBody, QStringLiteral("huge_body")},
        {Fault::WrongTypes, QStringLiteral("wrong_types")},
        {Fault::ArrayInsteadOfObject, QStringLiteral("array_instead_of_object")},
        {Fault::Fp069, QStringLiteral("fp069")},
        {Fault::BankNotLinked, QStringLiteral("bank_not_linked")},
        {Fault::BankLimitExhausted, QStringLiteral("bank_limit_exhausted")},
    };
    return names;
}

} // namespace

QString faultName(Fault fault)
{
    for (const auto& [f, name] : faultNames()) {
        if (f == fault) {
            return name;
        }
    }
    return QString();
}

bool faultFromName(const QString& name, Fault* out)
{
    for (const auto& [f, n] : faultNames()) {
        if (n == name) {
            *out = f;
            return true;
        }
    }
    return false;
}

QStringList allFaultNames()
{
    QStringList out;
    for (const auto& entry : faultNames()) {
        out << entry.second;
    }
    return out;
}

QString txKindName(TxKind kind)
{
    switch (kind) {
    case TxKind::CashWithdrawal:
        return QStringLiteral("cash_withdrawal");
    case TxKind::BalanceEnquiry:
        return QStringLiteral("balance_enquiry");
    case TxKind::MiniStatement:
        return QStringLiteral("mini_statement");
    case TxKind::AadhaarPay:
        return QStringLiteral("aadhaar_pay");
    }
    return QString();
}

QByteArray SandboxRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return QByteArray();
}

bool SandboxRequest::hasHeader(const QByteArray& name) const
{
    for (const auto& entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QByteArray SandboxRequest::mediaType() const
{
    const QByteArray value = header("content-type");
    const qsizetype semicolon = value.indexOf(';');
    return (semicolon < 0 ? value : value.left(semicolon)).trimmed().toLower();
}

} // namespace saathi::sandbox
