// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QMutex>
#include <QStringList>

namespace saathi::test {

// Collects every message that reaches the bottom of the Qt message handler chain, i.e. what would be written to
// the log. Install it before redact::installMessageHandler() so the redactor sits in front of it, as in the app.
class LogCapture
{
public:
    static void install();
    static QStringList lines();
    static void clear();
    // Fails (returns the offending line) if any captured line contains one of the needles.
    static QString firstLineContaining(const QStringList& needles);
};

} // namespace saathi::test
