// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/aeps/AadhaarPayFlow.h"

namespace saathi::aeps {

eko::EkoJob* AadhaarPayFlow::send(eko::AepsOperations& operations, const eko::AepsCustomerRequest& request,
                                  const QString& clientRefId)
{
    return operations.aadhaarPay(request, clientRefId);
}

} // namespace saathi::aeps
