// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/till/TillTypes.h"

// The steps till_crash_child takes, step i of a run under key "RUN.i": TestTillCrash retries the one a kill
// interrupted with the same key and the same data. Core types only (the child links no test library).
namespace saathi::test::crash {

inline till::OpenShiftRequest open(const QString& key, int i)
{
    return {key, QStringLiteral("Asha"), Paise {100000 + i}, Paise {i}};
}

inline till::MoveRequest move(const QString& key, int i)
{
    return {key, Paise {(i % 2 ? -1 : 1) * (100 + i)}, QStringLiteral("crash test")};
}

// Every other close hands the drawer over to Ravi.
inline till::CloseRequest close(const QString& key, int i)
{
    return {key, Paise {90000 + i}, std::nullopt, i % 2 ? QStringLiteral("Ravi") : QString()};
}

} // namespace saathi::test::crash
