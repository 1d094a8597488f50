// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/aeps/AepsForm.h"

#include <QCoreApplication>

namespace saathi::aeps {

QString Consent::text()
{
    return QCoreApplication::translate(
        "AepsConsent",
        "I agree that my Aadhaar number and fingerprint are used once, to authenticate me with UIDAI for this "
        "banking transaction with my bank. I have been told that this information is not stored, and that I can "
        "use another way (cash at the bank branch) if I do not agree.");
}

} // namespace saathi::aeps
