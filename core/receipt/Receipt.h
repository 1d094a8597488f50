// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/aeps/AepsTransaction.h"
#include "core/counter/CounterServices.h"
#include "core/journal/TransactionRecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace saathi::receipt {

// The customer's receipt for one AePS transaction (security.md N4): the dispute keys (RRN, STAN, Eko TID, our
// client_ref_id, agent code), bank, amount, status and reason, date-time in IST, and identity only masked. Failed
// and pending transactions get one too; a pending one says that a debited account must be reversed by the bank by
// T+5, with that date (N3). Built from the journal row (the truth) and Eko's answer (the extras, when there was one).
class Receipt
{
    Q_DECLARE_TR_FUNCTIONS(Receipt)

public:
    struct Line
    {
        QString label;
        QString value;
    };

    static Receipt build(const journal::TransactionRecord& record, const aeps::AepsTransaction& transaction,
                         const CounterIdentity& identity, const QString& bankName = {});

    // T + 5 calendar days, on the IST calendar day of the transaction (RBI TAT circular, 20 Sep 2019): the built-in
    // turnaround rule for a failed AePS withdrawal (resources/claims/turnaround-rules.json).
    static QDate reversalDeadline(qint64 createdAtMs);
    // "₹2,500.00" with Indian digit grouping (₹1,00,000.00), independent of the machine's locale.
    static QString formatRupees(Paise amount);
    // "23/11/2026 11:30:00 IST": every receipt's time, in India's time whatever the PC's zone.
    static QString istDateTime(qint64 utcMs);
    // The shop's block at the top of every receipt (AePS and DMT): its name, then its address word-wrapped,
    // each line centred on `width` characters.
    static QStringList shopHeader(const QString& shopName, const QString& shopAddress, int width);
    // "Label           value": the label padded to 16 columns, and never run into its value (a Hindi label can be
    // longer than the column).
    static QString labelled(const QString& label, const QString& value);
    // `text` word-wrapped to `width` characters (a word longer than a line is cut).
    static QStringList wrap(const QString& text, int width);

    const QString& title() const { return m_title; }
    const QString& statusText() const { return m_status; }
    const QString& shopName() const { return m_shop; } // the first header line of lines() when not empty
    const QString& shopAddress() const { return m_shopAddress; }
    journal::TxState state() const { return m_state; }
    const QList<Line>& fields() const { return m_fields; }
    const QStringList& notes() const { return m_notes; } // the pending/failed explanations
    const QList<aeps::MiniStatementEntry>& miniStatement() const { return m_miniStatement; }
    bool isTraining() const { return m_training; }
    void setTraining(bool training) { m_training = training; }
    // A reprint: "DUPLICATE" ("प्रतिलिपि") under the title, so it is never taken for a second transaction.
    bool isDuplicate() const { return m_duplicate; }
    void setDuplicate(bool duplicate) { m_duplicate = duplicate; }
    const QString& clientRefId() const { return m_clientRefId; }

    // What the receipt's QR code carries (ReceiptQr.h): reference, amount, IST time, agent code, RRN and TID.
    // Never Aadhaar, mobile or an account number.
    QString qrPayload() const;

    // The receipt as lines of at most kWidth characters (a thermal printer's width), then as one text.
    QStringList lines() const;
    QString plainText() const;

    static constexpr int kWidth = 42;

private:
    void add(const QString& label, const QString& value);

    QString m_title;
    QString m_status;
    QString m_shop;
    QString m_shopAddress;
    journal::TxState m_state = journal::TxState::Prepared;
    QList<Line> m_fields;
    QStringList m_notes;
    QList<aeps::MiniStatementEntry> m_miniStatement;
    bool m_training = false;
    bool m_duplicate = false;
    // The QR code's keys (the fields above are already formatted for people).
    QString m_clientRefId;
    Paise m_amount;
    qint64 m_createdAtMs = 0;
    QString m_agentCode;
    QString m_rrn;
    QString m_tid;
};

} // namespace saathi::receipt
