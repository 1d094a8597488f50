// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>

namespace saathi::setup {

// One of the agent's services as Eko lists it (reference §5.3).
struct ServiceStatus
{
    enum State { Unknown = -1, Deactivated = 0, Activated = 1, Pending = 2 };

    QString serviceCode; // "43": AePS (Fingpay)
    int status = Unknown; // a State as Eko sends it
    QString statusDesc;
    int verificationStatus = 0;
    QString comments; // Eko's, e.g. why a request was rejected

    static constexpr const char* kAepsFingpay = "43";
    static constexpr const char* kAepsSettlement = "39";

    // Translated for the screen.
    static QString serviceName(const QString& serviceCode);
    static QString stateText(int status);
};

} // namespace saathi::setup
