// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Money.h"

#include <QCoreApplication>
#include <QString>

class QLineEdit;
class QWidget;

namespace saathi::till {
struct CloseResult;
}

namespace saathi::ui {

// What the till's screens share: the one-shot keys, the PIN field, and how a close's arithmetic is said.
class TillKit
{
    Q_DECLARE_TR_FUNCTIONS(TillKit)
public:
    // A fresh idempotency key ("move-<uuid>"): one per form until its step succeeds, so a second Enter or a retry
    // after an unclear answer records the step once.
    static QString newKey(const QString& step);
    // A password field for a 4–8 digit PIN.
    static QLineEdit* pinLineEdit(QWidget* parent, const QString& objectName);
    // "Short by ₹200.00: the drawer has less cash than expected." / "Excess of …" / "The drawer matches …".
    static QString differenceText(Paise difference);
    // "Expected ₹18,400.00 · counted ₹18,200.00", then the difference's sentence.
    static QString comparisonText(Paise expected, Paise counted);
    // After a close or a hand-over: what was recorded, in one paragraph.
    static QString closeResultText(const till::CloseResult& result);
};

} // namespace saathi::ui
