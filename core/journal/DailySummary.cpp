// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/journal/DailySummary.h"

#include "core/journal/HistoryQuery.h"
#include "core/journal/JournalStore.h"
#include "core/journal/SqlUtil.h"

#include <QMap>
#include <QSqlQuery>

namespace saathi::journal::summary {

Result<DailySummary> forIstDay(JournalStore& store, const QDate& istDay)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "SELECT kind, state, COUNT(*), SUM(amount_paise), SUM(COALESCE(fee_paise, 0)), "
        "SUM(COALESCE(commission_paise, 0)) FROM transactions WHERE created_at_ms >= ? AND created_at_ms < ? "
        "GROUP BY kind, state"));
    q.addBindValue(history::istDayStartMs(istDay));
    q.addBindValue(history::istDayStartMs(istDay.addDays(1)));
    if (!q.exec()) {
        return sql::storeError(q);
    }
    QMap<int, KindSummary> byKind;
    while (q.next()) {
        TxKind kind {};
        TxState state {};
        if (!parseKind(q.value(0).toString(), &kind) || !parseState(q.value(1).toString(), &state)) {
            continue;
        }
        KindSummary& k = byKind[int(kind)];
        k.kind = kind;
        const int n = q.value(2).toInt();
        k.count += n;
        if (state == TxState::Success) {
            k.succeeded += n;
            k.succeededAmount = k.succeededAmount + Paise {q.value(3).toLongLong()};
        } else if (state == TxState::Failed || state == TxState::NotSent) {
            k.failed += n;
        } else if (state == TxState::Refunded) {
            k.refunded += n;
        } else {
            k.open += n;
        }
        k.fees = k.fees + Paise {q.value(4).toLongLong()};
        k.commission = k.commission + Paise {q.value(5).toLongLong()};
    }
    DailySummary s;
    s.istDay = istDay;
    for (const KindSummary& k : std::as_const(byKind)) {
        s.kinds.append(k);
        s.count += k.count;
        s.open += k.open;
        s.succeededAmount = s.succeededAmount + k.succeededAmount;
        s.fees = s.fees + k.fees;
        s.commission = s.commission + k.commission;
    }
    return s;
}

} // namespace saathi::journal::summary
