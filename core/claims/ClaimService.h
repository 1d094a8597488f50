// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/claims/ClaimSlip.h"
#include "core/claims/StuckMoney.h"

#include <QFuture>
#include <QObject>

namespace saathi::journal {
class JournalService;
}

namespace saathi::claims {

// Stuck money for the UI thread: StuckMoney on the journal's worker, and the rules the slips are built from.
class ClaimService : public QObject
{
    Q_OBJECT
public:
    ClaimService(journal::JournalService& journal, ClaimRules rules, QObject* parent = nullptr);

    const ClaimRules& rules() const { return m_rules; }
    QFuture<Result<QList<StuckRow>>> toChase();
    QFuture<Result<QList<StuckRow>>> forMobile(const QString& mobile);
    // The claim slip of one row (StuckMoney::slip), built on the worker: it reads the row's stored answer (STAN).
    QFuture<Result<ClaimSlip>> slip(const QString& clientRefId, const CounterIdentity& identity,
                                    const QString& language);

Q_SIGNALS:
    // A row to chase changed (the reconciler resolved one, a new one failed): home's box reads toChase() again.
    void changed();

private:
    journal::JournalService& m_journal;
    ClaimRules m_rules;
};

} // namespace saathi::claims
