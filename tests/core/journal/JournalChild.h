// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/JournalStore.h"
#include "core/journal/TransactionRecord.h"
#include "core/util/Clock.h"

#include <cstdio>
#include <memory>

namespace saathi::test {

// What the children a test kills while they journal share (journal_crash_child here, powercut_child in
// tests/core/journal/powercut). Core types only: the children link neither Qt Test nor the test helpers.

// The journal file at `path` on the system clock, or null after saying why on stderr.
inline std::unique_ptr<journal::JournalStore> openChildJournal(const QString& path)
{
    journal::JournalStore::Options options;
    options.environment = EkoEnvironment::Training; // the children journal against the training sandbox
    auto opened = journal::JournalStore::open(path, SystemClock::instance(), options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().detail));
        return nullptr;
    }
    return std::move(opened.value());
}

// Step i of the withdrawals a child journals in a loop: client_ref_id PREFIX<i>, ₹(100 + i), the seeded customer
// and agent.
inline journal::PrepareRequest childWithdrawal(const QString& prefix, int i)
{
    const QString ref = prefix + QString::number(i);
    journal::PrepareRequest r;
    r.submissionKey = QStringLiteral("key-") + ref;
    r.clientRefId = ref;
    r.amount = Paise::fromRupees(100 + i);
    r.customerMobile = QStringLiteral("9876543210");
    r.aadhaarLast4 = QStringLiteral("7058");
    r.agentUserCode = QStringLiteral("20810200");
    return r;
}

} // namespace saathi::test
