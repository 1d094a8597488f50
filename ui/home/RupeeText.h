// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Money.h"

#include <QString>

namespace saathi::ui {

// "₹2,500.00" in the user's locale's digit grouping, from integer paise (never through double).
QString rupeeText(Paise amount);

} // namespace saathi::ui
