// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "FlowRunner.h"

namespace saathi::test {

aeps::AepsForm filledForm(const QString& amount, const QString& mobile)
{
    aeps::AepsForm form;
    form.customerMobile = mobile;
    form.bankCode = QStringLiteral("SBIN");
    form.bankName = QStringLiteral("State Bank of India");
    form.aadhaar = SecureBytes::fromString(AepsFixture::aadhaar());
    form.amountText = amount;
    form.consent.given = true;
    return form;
}

} // namespace saathi::test
