// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/journal/InquirerFactory.h"

namespace saathi::journal {

namespace {
InquirerFactory& slot()
{
    static InquirerFactory factory;
    return factory;
}
} // namespace

void setInquirerFactory(InquirerFactory factory)
{
    slot() = std::move(factory);
}

const InquirerFactory& inquirerFactory()
{
    return slot();
}

} // namespace saathi::journal
