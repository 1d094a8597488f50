// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>

namespace saathi::bank {

// One bank of Eko's list: its name, its short code (SBIN …, also an IFSC's first four letters) and Eko's bank id.
struct Bank
{
    QString name;
    QString code; // short code
    QString bankId;
};

} // namespace saathi::bank
