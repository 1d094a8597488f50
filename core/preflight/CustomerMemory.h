// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/device/Finger.h"
#include "core/preflight/AnswerClassifier.h"
#include "core/util/Error.h"

#include <QDate>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace saathi::preflight {

// What a customer's bank said last time: the row of table customer_banks (journal schema v6).
struct BankMemory
{
    QString bankCode;
    Conclusion conclusion = Conclusion::NoConclusion; // BankWorked, NotLinked or LimitExhausted
    qint64 atMs = 0;
    QDate istDay; // the IST day of atMs
};

// The counter's memory of customers, kept under the customer token (A2: HMAC of the Aadhaar number, never the
// number) in the environment's journal database, next to the transactions it was learnt from. Nothing here leaves
// the counter. Synchronous, on the journal's thread (JournalService::run), like JournalStore.
class CustomerMemory
{
public:
    explicit CustomerMemory(QSqlDatabase& db);

    // Learns from one answer: BankWorked, NotLinked and LimitExhausted mark (token, bank); anything else marks
    // nothing. An empty token marks nothing.
    Error learnBank(const QString& token, const QString& bankCode, Conclusion conclusion, qint64 atMs,
                    const QDate& istDay);
    // The finger that worked for this customer (the last one).
    Error learnFinger(const QString& token, device::Finger finger, qint64 atMs);

    Result<QList<BankMemory>> banks(const QString& token); // newest first
    Result<device::Finger> finger(const QString& token); // Unknown when none

    // The customer asked the counter to forget them (History), or the agent cleared the memory (Settings). Returns
    // how many rows went; secure_delete zeroes the cells.
    Result<int> forget(const QString& token);
    Result<int> forgetAll();

private:
    // One customer's rows (token) or everyone's (empty), in one transaction.
    Result<int> deleteRows(const QString& token);

    QSqlDatabase& m_db;
};

} // namespace saathi::preflight
