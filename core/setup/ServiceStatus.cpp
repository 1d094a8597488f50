// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/setup/ServiceStatus.h"

#include <QCoreApplication>

namespace saathi::setup {

QString ServiceStatus::serviceName(const QString& serviceCode)
{
    if (serviceCode == QLatin1String(kAepsFingpay)) {
        return QCoreApplication::translate("Setup", "AePS (Fingpay)");
    }
    if (serviceCode == QLatin1String(kAepsSettlement)) {
        return QCoreApplication::translate("Setup", "AePS fund settlement");
    }
    return QCoreApplication::translate("Setup", "Service %1").arg(serviceCode);
}

QString ServiceStatus::stateText(int status)
{
    switch (status) {
    case Deactivated:
        return QCoreApplication::translate("Setup", "Deactivated");
    case Activated:
        return QCoreApplication::translate("Setup", "Activated");
    case Pending:
        return QCoreApplication::translate("Setup", "Pending approval");
    default:
        return QCoreApplication::translate("Setup", "Unknown");
    }
}

} // namespace saathi::setup
