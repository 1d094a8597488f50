// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "ui/aeps/AepsFormPage.h"

namespace saathi::ui {

// The Cash withdrawal screen: AepsFormPage on the flow of that kind, with its result page.
class CashWithdrawalPage final : public AepsFormPage
{
    Q_OBJECT
public:
    explicit CashWithdrawalPage(CounterServices& services, QWidget* parent = nullptr)
        : AepsFormPage(journal::TxKind::AepsWithdrawal, services, parent)
    {
        setObjectName(QStringLiteral("cashWithdrawalPage"));
    }
};

} // namespace saathi::ui
