// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/claims/ClaimRules.h"
#include "core/counter/CounterServices.h"

#include <QStringList>

namespace saathi::claims {

// The customer's claim slip for money that may be stuck: the dispute keys (RRN, STAN, Eko TID, client_ref_id,
// amount, IST time, agent code), the bank, the state, the rule's text and deadline, and what to do if the deadline
// passes. In the customer's language ("en" or "hi"), whatever the counter's language: the labels come from the
// Hindi catalogue (context "ClaimSlip") through a QTranslator that is not installed, the rule's text from the data.
// Never the Aadhaar number (masked at most) or the mobile number.
class ClaimSlip
{
public:
    struct Line
    {
        QString label;
        QString value;
    };

    static ClaimSlip build(const journal::TransactionRecord& row, const ClaimRule& rule,
                           const CounterIdentity& identity, const QString& language, qint64 nowMs,
                           const QString& bankName = {});

    const QString& language() const { return m_language; }
    const QString& title() const { return m_title; }
    const QList<Line>& fields() const { return m_fields; }
    const QStringList& notes() const { return m_notes; }
    const ClaimClock& clock() const { return m_clock; }
    const QString& clientRefId() const { return m_clientRefId; }
    // Training: "TRAINING — NOT A REAL TRANSACTION" under the title, as on the receipts.
    bool isTraining() const { return m_training; }
    void setTraining(bool training) { m_training = training; }
    // At most `width` characters per line (thermal printers), then as one text.
    QStringList lines(int width = 42) const;
    QString plainText(int width = 42) const;

private:
    QString m_language;
    QString m_title;
    QList<Line> m_fields;
    QStringList m_notes;
    ClaimClock m_clock;
    QString m_shop;
    QString m_shopAddress;
    QString m_clientRefId;
    bool m_training = false;
};

} // namespace saathi::claims
