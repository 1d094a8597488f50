// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Money.h"

#include <QCoreApplication>
#include <QString>

namespace saathi::ui {

// Cash the agent counts or moves at the drawer, typed in rupees: "20000", "20,000", "₹ 20,00,000.50" (any
// grouping, up to two digits of paise). Parsed to paise without a double; on failure the message is for the field.
class TillAmount
{
    Q_DECLARE_TR_FUNCTIONS(TillAmount)
public:
    enum class Rule { ZeroAllowed, MoreThanZero };

    struct Parsed
    {
        Paise amount;
        QString error; // translated; empty when the text is an amount

        bool ok() const { return error.isEmpty(); }
    };

    static Parsed parse(const QString& text, Rule rule);
};

} // namespace saathi::ui
