// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/aeps/AepsFormValidator.h"

#include "core/validation/AadhaarNumber.h"
#include "core/validation/FieldValidators.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace saathi::aeps {

namespace {

} // namespace

QList<FieldError> AepsFormValidator::check(const AepsForm& form, bool needsAmount, const AmountRule& rule,
                                           ValidatedForm* out)
{
    QList<FieldError> errors;
    ValidatedForm valid;

    const ValidationResult mobile = validate::mobile(form.customerMobile);
    if (!mobile.valid) {
        errors.append({AepsField::CustomerMobile, mobile.message});
    }
    valid.customerMobile = mobile.normalized;

    const QString bank = form.bankCode.trimmed().toUpper();
    static const QRegularExpression bankPattern(QStringLiteral("^[A-Z0-9]{2,12}$"));
    if (bank.isEmpty()) {
        errors.append({AepsField::Bank, AepsForm::tr("Choose the customer's bank.")});
    } else if (!bankPattern.match(bank).hasMatch()) {
        errors.append({AepsField::Bank, AepsForm::tr("Choose the customer's bank from the list.")});
    }
    valid.bankCode = bank;

    QString aadhaarText = QString::fromLatin1(form.aadhaar.constData(), form.aadhaar.size());
    ValidationResult aadhaarCheck = aadhaar::validateAadhaarOrVid(aadhaarText);
    if (!aadhaarCheck.valid) {
        errors.append({AepsField::Aadhaar, aadhaarCheck.message});
    } else {
        valid.aadhaar = SecureBytes::fromString(aadhaarCheck.normalized);
        valid.aadhaarLast4 = aadhaar::lastFour(aadhaarCheck.normalized);
        valid.maskedAadhaar = aadhaar::mask(aadhaarCheck.normalized);
    }
    secureWipe(aadhaarText);
    secureWipe(aadhaarCheck.normalized);

    if (needsAmount) {
        const AmountCheck amount = checkAmount(form.amountText, rule);
        if (!amount.result.valid) {
            errors.append({AepsField::Amount, amount.result.message});
        }
        valid.amount = amount.amount;
    }

    if (!form.consent.given) {
        errors.append(
            {AepsField::Consent, AepsForm::tr("Read the consent to the customer and tick the box when they agree.")});
    } else if (form.consent.version.isEmpty() || form.consent.language.isEmpty()) {
        errors.append({AepsField::Consent, AepsForm::tr("The consent text is missing. Restart the transaction.")});
    }

    if (out && errors.isEmpty()) {
        *out = std::move(valid);
    }
    return errors;
}

} // namespace saathi::aeps
