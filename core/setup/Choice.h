// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>

namespace saathi::setup {

// One entry of a list Eko keeps (states, shop types): what the agent reads and what is sent.
struct Choice
{
    QString label;
    QString value;
};

} // namespace saathi::setup
