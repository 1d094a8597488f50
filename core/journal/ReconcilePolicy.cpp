// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/journal/ReconcilePolicy.h"

namespace saathi::journal {

QList<qint64> ReconcilePolicy::defaultBackoffMs()
{
    return QList<qint64> {30'000, 120'000, 600'000, 3'600'000};
}

qint64 ReconcilePolicy::delayAfter(int attempts) const
{
    if (backoffMs.isEmpty()) {
        return 3'600'000;
    }
    return backoffMs.at(qBound(0, attempts, int(backoffMs.size()) - 1));
}

} // namespace saathi::journal
