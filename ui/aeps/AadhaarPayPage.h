// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "ui/aeps/AepsFormPage.h"

namespace saathi::ui {

// The Aadhaar Pay screen: AepsFormPage on the flow of that kind, with its result page.
class AadhaarPayPage final : public AepsFormPage
{
    Q_OBJECT
public:
    explicit AadhaarPayPage(CounterServices& services, QWidget* parent = nullptr)
        : AepsFormPage(journal::TxKind::AadhaarPay, services, parent)
    {
        setObjectName(QStringLiteral("aadhaarPayPage"));
    }
};

} // namespace saathi::ui
