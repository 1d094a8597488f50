// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Receipts for the receipt and printer tests (tests/core/aeps/TestReceipt too): one withdrawal in success, failed,
// pending.
#pragma once

#include "core/receipt/Receipt.h"

#include <QDateTime>
#include <QTimeZone>

namespace saathi::receipt::testdata {

inline const qint64 kCreated = QDateTime(QDate(2026, 11, 23), QTime(6, 0, 5), QTimeZone::utc()).toMSecsSinceEpoch();

inline CounterIdentity agent()
{
    return {QStringLiteral("20810200"),
            QStringLiteral("9962981729"),
            QStringLiteral("Ramesh Kumar"),
            QStringLiteral("Kumar General Store"),
            {}};
}

inline journal::TransactionRecord withdrawal(journal::TxState state)
{
    journal::TransactionRecord r;
    r.id = 1;
    r.clientRefId = QStringLiteral("MIXYZ0001ABCDEF001");
    r.kind = journal::TxKind::AepsWithdrawal;
    r.state = state;
    r.amount = Paise::fromRupees(2500);
    r.customerMobile = QStringLiteral("9876543210");
    r.aadhaarLast4 = QStringLiteral("7058");
    r.agentUserCode = QStringLiteral("20810200");
    r.bankCode = QStringLiteral("SBIN");
    r.createdAtMs = kCreated;
    if (state == journal::TxState::Success) {
        r.tid = QStringLiteral("2883457721");
        r.rrn = QStringLiteral("632711345678");
    }
    return r;
}

inline aeps::AepsTransaction answer()
{
    aeps::AepsTransaction t;
    t.bankName = QStringLiteral("State Bank of India");
    t.rrn = QStringLiteral("632711345678");
    t.stan = QStringLiteral("345678");
    t.tid = QStringLiteral("2883457721");
    t.terminalId = QStringLiteral("EKO00123");
    t.customerBalance = Paise {2250050};
    t.hasCustomerBalance = true;
    t.maskedAadhaar = QStringLiteral("XXXX XXXX 7058");
    return t;
}

inline Receipt successReceipt()
{
    return Receipt::build(withdrawal(journal::TxState::Success), answer(), agent());
}

inline Receipt failedReceipt()
{
    aeps::AepsTransaction t = answer();
    t.reason = QStringLiteral("Customer Bank account is Frozen");
    t.hasCustomerBalance = false;
    return Receipt::build(withdrawal(journal::TxState::Failed), t, agent());
}

inline Receipt pendingReceipt()
{
    return Receipt::build(withdrawal(journal::TxState::Unknown), aeps::AepsTransaction {}, agent(),
                          QStringLiteral("State Bank of India"));
}

} // namespace saathi::receipt::testdata
