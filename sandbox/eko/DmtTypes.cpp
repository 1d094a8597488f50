// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "DmtTypes.h"

namespace saathi::sandbox {

QString dmtTxStatusText(DmtTxState state)
{
    return QString::number(static_cast<int>(state));
}

QString dmtTxStatusDesc(DmtTxState state, DmtChannel channel)
{
    switch (state) {
    case DmtTxState::Success:
        return QStringLiteral("Success");
    case DmtTxState::Failed:
        return QStringLiteral("Failed");
    case DmtTxState::Initiated:
        return channel == DmtChannel::Neft ? QStringLiteral("Initiated") : QStringLiteral("Response Awaited");
    case DmtTxState::RefundPending:
        return QStringLiteral("Refund Pending");
    case DmtTxState::Refunded:
        return QStringLiteral("Refunded");
    }
    return QString();
}

QString dmtChannelDesc(DmtChannel channel)
{
    return channel == DmtChannel::Neft ? QStringLiteral("NEFT") : QStringLiteral("IMPS");
}

QString dmtRailName(DmtRail rail)
{
    return rail == DmtRail::Classic ? QStringLiteral("classic") : QStringLiteral("fino");
}

} // namespace saathi::sandbox
