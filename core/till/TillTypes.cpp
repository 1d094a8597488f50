// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/till/TillTypes.h"

#include <QSettings>

namespace saathi::till {

namespace {

constexpr journal::TxKind kAllKinds[]
    = {journal::TxKind::AepsWithdrawal, journal::TxKind::AadhaarPay, journal::TxKind::DmtTransfer,
       journal::TxKind::Refund,         journal::TxKind::Settlement, journal::TxKind::BalanceEnquiry,
       journal::TxKind::MiniStatement};

} // namespace

QString wireName(CashDirection direction)
{
    switch (direction) {
    case CashDirection::In:
        return QStringLiteral("in");
    case CashDirection::Out:
        return QStringLiteral("out");
    case CashDirection::None:
        break;
    }
    return QStringLiteral("none");
}

bool parseDirection(const QString& text, CashDirection* out)
{
    for (CashDirection d : {CashDirection::In, CashDirection::Out, CashDirection::None}) {
        if (text.trimmed().compare(wireName(d), Qt::CaseInsensitive) == 0) {
            if (out) {
                *out = d;
            }
            return true;
        }
    }
    return false;
}

QString reportKey(journal::TxKind kind)
{
    return kind == journal::TxKind::AepsWithdrawal ? QStringLiteral("cash_withdrawal") : journal::wireName(kind);
}

bool parseReportKey(const QString& text, journal::TxKind* out)
{
    for (journal::TxKind kind : kAllKinds) {
        if (text == reportKey(kind) || text == journal::wireName(kind)) {
            if (out) {
                *out = kind;
            }
            return true;
        }
    }
    return false;
}

CashDirections CashDirections::defaults()
{
    CashDirections d;
    for (journal::TxKind kind : kAllKinds) {
        d.set(kind, CashDirection::None);
    }
    d.set(journal::TxKind::AepsWithdrawal, CashDirection::Out);
    d.set(journal::TxKind::DmtTransfer, CashDirection::In);
    d.set(journal::TxKind::Refund, CashDirection::Out);
    return d;
}

CashDirections CashDirections::fromSettings(const QSettings& settings)
{
    CashDirections d = defaults();
    for (journal::TxKind kind : kAllKinds) {
        const QVariant value = settings.value(QStringLiteral("till/cash_direction/") + reportKey(kind));
        CashDirection direction = CashDirection::None;
        if (value.isValid() && parseDirection(value.toString(), &direction)) {
            d.set(kind, direction);
        }
    }
    return d;
}

CashDirection CashDirections::of(journal::TxKind kind) const
{
    return m_directions.value(int(kind), CashDirection::None);
}

void CashDirections::set(journal::TxKind kind, CashDirection direction)
{
    m_directions.insert(int(kind), direction);
}

Paise CashDirections::signedCash(journal::TxKind kind, Paise amount) const
{
    switch (of(kind)) {
    case CashDirection::In:
        return amount;
    case CashDirection::Out:
        return Paise {-amount.value};
    case CashDirection::None:
        break;
    }
    return Paise {};
}

} // namespace saathi::till
