// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/counter/CounterServices.h"
#include "core/dmt/DmtTypes.h"
#include "core/journal/TransactionRecord.h"

#include <QList>
#include <QStringList>

namespace saathi::receipt {

// The customer's receipt for a money transfer (one plan, in one or more parts) or for its refund. Dispute keys per
// part (UTR/RRN, Eko TID, our client_ref_id), the recipient with the account MASKED, bank, channel, amount and fee,
// status from the journal row (the truth), date-time in IST; the customer's mobile only masked. A refund receipt
// says the cash was returned to the customer.
class DmtReceipt
{
public:
    struct Line
    {
        QString label;
        QString value;
    };
    struct Part
    {
        journal::TransactionRecord record;
        dmt::TransferResult result; // Eko's answer, when there was one
    };

    static DmtReceipt forTransfer(const dmt::Customer& customer, const dmt::Recipient& recipient,
                                  const QList<Part>& parts, const CounterIdentity& identity);
    static DmtReceipt forRefund(const journal::TransactionRecord& transfer, const journal::TransactionRecord& refund,
                                const dmt::TransferResult& refundResult, const CounterIdentity& identity);

    const QString& title() const { return m_title; }
    const QString& statusText() const { return m_status; }
    const QList<Line>& fields() const { return m_fields; } // the header: customer, recipient, totals
    const QList<QList<Line>>& parts() const { return m_parts; }
    const QStringList& notes() const { return m_notes; }
    Paise totalAmount() const { return m_amount; }
    Paise totalFee() const { return m_fee; }
    bool isTraining() const { return m_training; }
    void setTraining(bool training) { m_training = training; }

    QStringList lines() const; // at most kWidth characters each (thermal printer)
    QString plainText() const;
    static constexpr int kWidth = 42;

private:
    static void add(QList<Line>& list, const QString& label, const QString& value);

    QString m_title;
    QString m_status;
    QString m_shop;
    QString m_shopAddress;
    QList<Line> m_fields;
    QList<QList<Line>> m_parts;
    QStringList m_notes;
    Paise m_amount;
    Paise m_fee;
    bool m_training = false;
};

} // namespace saathi::receipt
