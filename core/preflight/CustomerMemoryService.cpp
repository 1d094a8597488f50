// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/preflight/CustomerMemoryService.h"

#include "core/journal/JournalService.h"
#include "core/preflight/CustomerMemory.h"

#include <QSqlError>
#include <QSqlQuery>

namespace saathi::preflight {

namespace {

// The row's customer token (A2), empty for a VID, DMT or an unknown reference.
Result<QString> tokenOf(journal::JournalStore& store, const QString& clientRefId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT customer_token FROM transactions WHERE client_ref_id = ?"));
    q.addBindValue(clientRefId);
    if (!q.exec()) {
        return Error {QStringLiteral("journal.customer_memory"), QString(), q.lastError().text()};
    }
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

CustomerMemoryService::CustomerMemoryService(journal::JournalService& journal)
    : m_journal(journal)
{
}

QFuture<Result<int>> CustomerMemoryService::forgetCustomerOf(const QString& clientRefId)
{
    return m_journal.run([clientRefId](journal::JournalStore& store) -> Result<int> {
        const auto token = tokenOf(store, clientRefId);
        if (!token) {
            return token.error();
        }
        return CustomerMemory(store.database()).forget(token.value());
    });
}

QFuture<Result<bool>> CustomerMemoryService::remembersCustomerOf(const QString& clientRefId)
{
    return m_journal.run([clientRefId](journal::JournalStore& store) -> Result<bool> {
        const auto token = tokenOf(store, clientRefId);
        if (!token) {
            return token.error();
        }
        CustomerMemory memory(store.database());
        const auto banks = memory.banks(token.value());
        const auto finger = memory.finger(token.value());
        if (!banks || !finger) {
            return !banks ? banks.error() : finger.error();
        }
        return !banks.value().isEmpty() || finger.value() != device::Finger::Unknown;
    });
}

QFuture<Result<int>> CustomerMemoryService::forgetAll()
{
    return m_journal.run(
        [](journal::JournalStore& store) -> Result<int> { return CustomerMemory(store.database()).forgetAll(); });
}

QFuture<Result<Recall>> CustomerMemoryService::recall(const QString& token)
{
    return m_journal.run([token](journal::JournalStore& store) -> Result<Recall> {
        CustomerMemory memory(store.database());
        const auto banks = memory.banks(token);
        const auto finger = memory.finger(token);
        if (!banks || !finger) {
            return !banks ? banks.error() : finger.error();
        }
        Recall recall;
        recall.finger = finger.value();
        for (const BankMemory& bank : banks.value()) { // newest first
            if (bank.conclusion == Conclusion::BankWorked && recall.suggestedBank.isEmpty()) {
                recall.suggestedBank = bank.bankCode;
            } else if (bank.conclusion == Conclusion::NotLinked) {
                recall.notLinkedBanks.append(bank.bankCode);
            }
        }
        return recall;
    });
}

} // namespace saathi::preflight
