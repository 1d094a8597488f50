// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "ui/aeps/AepsFormPage.h"

namespace saathi::ui {

// The Balance enquiry screen: AepsFormPage on the flow of that kind, with its result page.
class BalanceEnquiryPage final : public AepsFormPage
{
    Q_OBJECT
public:
    explicit BalanceEnquiryPage(CounterServices& services, QWidget* parent = nullptr)
        : AepsFormPage(journal::TxKind::BalanceEnquiry, services, parent)
    {
        setObjectName(QStringLiteral("balanceEnquiryPage"));
    }
};

} // namespace saathi::ui
