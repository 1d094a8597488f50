// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "ui/aeps/AepsFormPage.h"

namespace saathi::ui {

// The Mini statement screen: AepsFormPage on the flow of that kind, with its result page.
class MiniStatementPage final : public AepsFormPage
{
    Q_OBJECT
public:
    explicit MiniStatementPage(CounterServices& services, QWidget* parent = nullptr)
        : AepsFormPage(journal::TxKind::MiniStatement, services, parent)
    {
        setObjectName(QStringLiteral("miniStatementPage"));
    }
};

} // namespace saathi::ui
