// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "sandbox/eko/SandboxTypes.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace saathi::sandbox {

// An armed fault: applies to the next `remaining` requests on `route` ("*" any route, "financial" CW/BE/MS/
// Aadhaar Pay, or a route name such as "cash-withdrawal", "daily-kyc", "inquiry" — README lists them).
struct FaultRule
{
    Fault fault = Fault::Http500;
    QString route = QStringLiteral("*");
    int remaining = 1;
};

class FaultPlan
{
public:
    void arm(Fault fault, const QString& route = QStringLiteral("*"), int times = 1);
    void clear() { m_rules.clear(); }
    const QList<FaultRule>& armed() const { return m_rules; }

    // Consumes the first armed fault that matches the route and that the caller can apply here.
    std::optional<Fault> take(const QString& route, bool financial, const std::function<bool(Fault)>& applicable);

    // Training's magic cash-withdrawal amounts (README): ₹7,050 … ₹7,700 in steps of 50.
    static std::optional<Fault> forMagicAmount(Paise amount);

    // Faults the transport layer applies on any route; the rest are business faults applied by the handlers.
    static bool isTransportFault(Fault fault);
    // Transport faults that let the request be processed (and committed) before they act.
    static bool actsAfterProcessing(Fault fault);

private:
    QList<FaultRule> m_rules;
};

} // namespace saathi::sandbox
