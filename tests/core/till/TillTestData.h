// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/JournalStore.h"
#include "core/till/TillBook.h"
#include "core/util/Clock.h"

#include <QSqlQuery>
#include <QTest>

// What the till's tests share: a training journal on a real SQLite file and journal rows made the way the counter
// makes them (prepare, markSent, recordOutcome).
namespace saathi::test {

// 7 Dec 2026, 10:00 IST.
inline constexpr qint64 kTillDayMs = 1796617800000;

inline journal::JournalStore::Options trainingStore()
{
    journal::JournalStore::Options o;
    o.environment = EkoEnvironment::Training;
    return o;
}

#define SAATHI_OPEN_TILL_STORE(var, path, clock)                                                                       \
    auto var##Result = journal::JournalStore::open(path, clock, saathi::test::trainingStore());                        \
    QVERIFY2(var##Result.ok(), qPrintable(var##Result.error().detail));                                                \
    auto var = std::move(var##Result.value())

// A row of `kind` for `rupees` (paise allowed) taken to `state` through the store's own steps; false on any failure.
inline bool journalRow(journal::JournalStore& store, const QString& ref, journal::TxKind kind, Paise amount,
                       journal::TxState state)
{
    journal::PrepareRequest r;
    r.submissionKey = QStringLiteral("key-") + ref;
    r.clientRefId = ref;
    r.kind = kind;
    r.amount = amount;
    r.customerMobile = QStringLiteral("9876543210");
    r.agentUserCode = QStringLiteral("20810200");
    if (!store.prepare(r) || !store.markSent(ref)) {
        return false;
    }
    if (state == journal::TxState::Sent) {
        return true;
    }
    journal::Outcome o;
    o.state = state;
    o.source = journal::Source::Response;
    o.tid = QStringLiteral("T") + ref;
    return store.recordOutcome(ref, o).ok();
}

inline int countRows(journal::JournalStore& store, const QString& table)
{
    QSqlQuery q(store.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace saathi::test
