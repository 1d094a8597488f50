// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/device/Finger.h"
#include "core/util/Error.h"

#include <QFuture>
#include <QString>

namespace saathi::journal {
class JournalService;
}

namespace saathi::preflight {

// What the counter remembers of one customer, for the form's suggestion.
struct Recall
{
    QString suggestedBank; // the bank that last worked; empty when none
    device::Finger finger = device::Finger::Unknown;
    QStringList notLinkedBanks; // banks that answered "not linked" last time
    bool isEmpty() const
    {
        return suggestedBank.isEmpty() && finger == device::Finger::Unknown && notLinkedBanks.isEmpty();
    }
};

// The screens' one door to the memory of customers (History's "Forget this customer", Settings' "Clear"): every call
// runs CustomerMemory on the journal's worker, never SQL on the UI thread. Stateless: make one where needed.
class CustomerMemoryService
{
public:
    explicit CustomerMemoryService(journal::JournalService& journal);

    // The customer of the journal row `clientRefId` asked the counter to forget them: their banks and finger go
    // (their transactions stay: the journal is the record of money). 0 when the row has no customer token.
    QFuture<Result<int>> forgetCustomerOf(const QString& clientRefId);
    // Whether the row's customer is known to the counter (History shows "Forget this customer" only then).
    QFuture<Result<bool>> remembersCustomerOf(const QString& clientRefId);
    // Settings: the agent clears the counter's memory of every customer. Returns how many rows went.
    QFuture<Result<int>> forgetAll();
    // What is remembered under `token` (empty token: nothing).
    QFuture<Result<Recall>> recall(const QString& token);

private:
    journal::JournalService& m_journal;
};

} // namespace saathi::preflight
