// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/claims/ClaimService.h"

#include "core/journal/JournalService.h"
#include "core/util/Clock.h"

namespace saathi::claims {

ClaimService::ClaimService(journal::JournalService& journal, ClaimRules rules, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
    , m_rules(std::move(rules))
{
    // Any row's change may start or end a chase (a new failure, the reconciler's answer): home reads the list again.
    connect(&m_journal, &journal::JournalService::rowChanged, this, &ClaimService::changed);
    connect(&m_journal, &journal::JournalService::rowResolved, this, &ClaimService::changed);
}

QFuture<Result<QList<StuckRow>>> ClaimService::toChase()
{
    return m_journal.run([rules = m_rules](journal::JournalStore& store) {
        return StuckMoney(store, rules).toChase(store.clock().nowMs());
    });
}

QFuture<Result<QList<StuckRow>>> ClaimService::forMobile(const QString& mobile)
{
    return m_journal.run([rules = m_rules, mobile](journal::JournalStore& store) {
        return StuckMoney(store, rules).forMobile(mobile, store.clock().nowMs());
    });
}

QFuture<Result<ClaimSlip>> ClaimService::slip(const QString& clientRefId, const CounterIdentity& identity,
                                              const QString& language)
{
    return m_journal.run([rules = m_rules, clientRefId, identity, language](journal::JournalStore& store) {
        return StuckMoney(store, rules).slip(clientRefId, identity, language, store.clock().nowMs());
    });
}

} // namespace saathi::claims
