// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/device/Finger.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace saathi::aeps {

// The fields of an AePS customer form, so an error can be shown at the field that caused it.
// AgentAadhaar and AgentBank: the agent's own, asked only when each cash withdrawal needs the agent's authorisation
// (AepsCustomerFlow::needsMerchantAuth()).
enum class AepsField { CustomerMobile, Bank, Aadhaar, Amount, Consent, AgentAadhaar, AgentBank };

struct FieldError
{
    AepsField field = AepsField::CustomerMobile;
    QString message; // translated, says what to enter instead
};

// The customer's informed consent before the capture (security.md A8): the version of the text shown and its
// language are journaled with the row, never any identity data.
struct Consent
{
    bool given = false;
    QString version = currentVersion();
    QString language = QStringLiteral("en");

    static QString currentVersion() { return QStringLiteral("aeps-consent-2026-1"); }
    // The text the customer agrees to, in the UI's language (translated, context "AepsConsent").
    static QString text();
};

// What the agent typed, as the flow receives it. The Aadhaar (or VID) digits stay in a wiped buffer.
struct AepsForm
{
    QString customerMobile;
    QString bankCode; // Eko's short code (SBIN…)
    QString bankName; // for the receipt when Eko's answer has none
    SecureBytes aadhaar; // 12-digit Aadhaar or 16-digit VID; spaces/hyphens allowed
    QString amountText; // as typed ("2500", "2,500"); cash withdrawal and Aadhaar Pay only
    Consent consent;
    // The customer's finger the agent puts on the device (the coach's suggestion unless changed); sent to the RD
    // service as `posh` and remembered for this customer when the transaction succeeds.
    device::Finger finger = device::Finger::Unknown;
    // The agent read the pre-flight warnings for this form and goes ahead (issue #18): warnings no longer hold the
    // capture; stops still stop.
    bool despiteWarning = false;
    // The agent's Aadhaar (validated digits, wiped) and bank, for the merchant authentication before a cash
    // withdrawal when the flow needs one; ignored otherwise.
    SecureBytes agentAadhaar;
    QString agentBankCode;

    Q_DECLARE_TR_FUNCTIONS(AepsForm) // the validator's messages
};

} // namespace saathi::aeps

Q_DECLARE_METATYPE(saathi::aeps::FieldError)
