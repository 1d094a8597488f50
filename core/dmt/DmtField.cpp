// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/dmt/DmtField.h"

#include "core/dmt/DmtTypes.h"

#include <QHash>

namespace saathi::dmt {

DmtField fieldFromName(const QString& name)
{
    // Our form names and Eko's invalid_params keys (both spellings of Aadhaar, its customer ids, its bank id).
    static const QHash<QString, DmtField> names {
        {QStringLiteral("customer_mobile"), DmtField::CustomerMobile},
        {QStringLiteral("customer_id"), DmtField::CustomerMobile},
        {QStringLiteral("mobile"), DmtField::CustomerMobile},
        {QStringLiteral("id"), DmtField::CustomerMobile},
        {QStringLiteral("name"), DmtField::Name},
        {QStringLiteral("dob"), DmtField::DateOfBirth},
        {QStringLiteral("address"), DmtField::Address},
        {QStringLiteral("residence_address"), DmtField::Address},
        {QStringLiteral("pin_code"), DmtField::PinCode},
        {QStringLiteral("pincode"), DmtField::PinCode},
        {QStringLiteral("aadhaar"), DmtField::Aadhaar},
        {QStringLiteral("aadhar"), DmtField::Aadhaar},
        {QStringLiteral("consent"), DmtField::Consent},
        {QStringLiteral("otp"), DmtField::Otp},
        {QStringLiteral("account"), DmtField::Account},
        {QStringLiteral("ifsc"), DmtField::Ifsc},
        {QStringLiteral("bank_id"), DmtField::Ifsc},
        {QStringLiteral("recipient_name"), DmtField::RecipientName},
        {QStringLiteral("recipient_mobile"), DmtField::RecipientMobile},
        {QStringLiteral("recipient_id"), DmtField::Recipient},
        {QStringLiteral("amount"), DmtField::Amount},
        {QStringLiteral("channel"), DmtField::Channel},
        {QStringLiteral("tid"), DmtField::Tid},
    };
    return names.value(name, DmtField::None);
}

FieldError classify(const Error& error, FieldRule rule)
{
    FieldError out;
    out.error = error;
    out.message = error.userMessage;
    if (error.code == QLatin1String("dmt.recipient_exists")) {
        out.field = DmtField::Account; // Eko's answer to a duplicate: said at the account typed
        out.rule = FieldRule::Duplicate;
        return out;
    }
    out.field = fieldFromName(fieldOf(error));
    out.rule = out.field == DmtField::None ? FieldRule::None : rule;
    return out;
}

} // namespace saathi::dmt
