// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/JournalStore.h"
#include "core/util/Clock.h"

#include <QDeadlineTimer>
#include <QFuture>
#include <QTemporaryDir>
#include <QTest>

namespace saathi::test {

// The well-known UIDAI test UID used across the suite (TestKeys.h); repeated here so the journal tests need no
// other helper.
inline const QString kJournalTestAadhaar = QStringLiteral("999941057058");

inline journal::PrepareRequest withdrawal(const QString& key, const QString& ref, qint64 rupees = 500,
                                          const QString& mobile = QStringLiteral("9876543210"))
{
    journal::PrepareRequest r;
    r.submissionKey = key;
    r.clientRefId = ref;
    r.kind = journal::TxKind::AepsWithdrawal;
    r.amount = Paise::fromRupees(rupees);
    r.customerMobile = mobile;
    r.aadhaarLast4 = QStringLiteral("7058");
    r.agentUserCode = QStringLiteral("20810200");
    r.bankCode = QStringLiteral("SBIN");
    r.channel = QStringLiteral("aeps-fingpay");
    r.consentVersion = QStringLiteral("consent-v1");
    r.consentLanguage = QStringLiteral("hi");
    return r;
}

inline journal::Outcome answer(journal::TxState state, journal::Source source = journal::Source::Response,
                               const QString& tid = QString(), const QString& rawBody = QString())
{
    journal::Outcome o;
    o.state = state;
    o.source = source;
    o.tid = tid;
    o.rawBody = rawBody;
    return o;
}

// Spins the test's event loop until the worker delivered (the UI thread itself never blocks like this).
template<typename T>
T waitFor(QFuture<T> future)
{
    QDeadlineTimer deadline(10000);
    while (!future.isFinished() && !deadline.hasExpired()) {
        QTest::qWait(1);
    }
    return future.isFinished() ? future.result() : T(Error {QStringLiteral("test.timeout"), QString(), QString()});
}

inline journal::JournalStore::Options storeOptions(std::optional<EkoEnvironment> env = EkoEnvironment::Training)
{
    journal::JournalStore::Options o;
    o.environment = env;
    return o;
}

// Opens a store with `options` or fails the calling test function.
#define SAATHI_OPEN_STORE_WITH(var, path, clock, options)                                                              \
    auto var##Result = journal::JournalStore::open(path, clock, options);                                              \
    QVERIFY2(var##Result.ok(), qPrintable(var##Result.error().detail));                                                \
    auto var = std::move(var##Result.value())
// The training environment's journal (issue #12: a journal belongs to one environment).
#define SAATHI_OPEN_STORE(var, path, clock) SAATHI_OPEN_STORE_WITH(var, path, clock, saathi::test::storeOptions())

} // namespace saathi::test
