// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/aeps/AepsForm.h"
#include "core/util/Money.h"
#include "core/validation/AmountRules.h"

namespace saathi::aeps {

// An AePS form after its checks: normalized values, the Aadhaar digits still in a wiped buffer.
struct ValidatedForm
{
    QString customerMobile;
    QString bankCode;
    SecureBytes aadhaar;
    QString aadhaarLast4;
    QString maskedAadhaar;
    Paise amount;
};

// Checks every field of an AePS form (security.md A6, N1) before anything else happens, and says per field what
// is wrong, in form order, each message translated and meant for the label under that field.
class AepsFormValidator
{
public:
    static QList<FieldError> check(const AepsForm& form, bool needsAmount, const AmountRule& rule,
                                   ValidatedForm* out = nullptr);
};

} // namespace saathi::aeps
