// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Error.h"

#include <QMetaType>
#include <QString>

namespace saathi::dmt {

// The money-transfer form fields an error can be about, so a screen shows it at the field without knowing Eko's
// wire names ("customer_id", "aadhar", "bank_id" …): fieldFromName() is the one place that reads them.
enum class DmtField {
    None, // not about one field: shown for the whole step
    CustomerMobile,
    Name,
    DateOfBirth,
    Address,
    PinCode,
    Aadhaar,
    Consent,
    Otp,
    Account,
    Ifsc,
    RecipientName,
    RecipientMobile,
    Recipient, // the recipient chosen (its id)
    Amount,
    Channel,
    Tid,
};

// Which rule the value broke, for screens that say more than the message (and for tests).
enum class FieldRule {
    None,
    Format, // checked at the counter before anything was sent: missing, malformed or out of range
    Limit, // a money limit: per transfer, the customer's month
    NotOffered, // the recipient's bank does not take this channel
    Wrong, // the OTP is wrong or was already used
    Expired, // the OTP has expired
    Duplicate, // the recipient is already on the customer's list
    NotRegistered, // the customer is not registered for money transfer yet
    Refused, // Eko refused the value (its invalid_params)
};

// A problem with one field (or, field None, with the step): where, which rule, and the translated message made in
// core. `error` keeps the full value (its stable code for the CLI and the log).
struct FieldError
{
    DmtField field = DmtField::None;
    FieldRule rule = FieldRule::None;
    QString message;
    Error error;

    bool isNull() const { return error.isNull(); }
    bool isField() const { return field != DmtField::None; }
};

// The field an Eko or form field name stands for (None for names no form has).
DmtField fieldFromName(const QString& name);
// `error` (from fieldError(), DmtReply or TransferPlan) as a typed field error with `rule` when it is about a field;
// an error about no field keeps field None and rule None.
FieldError classify(const Error& error, FieldRule rule);

} // namespace saathi::dmt

Q_DECLARE_METATYPE(saathi::dmt::FieldError)
