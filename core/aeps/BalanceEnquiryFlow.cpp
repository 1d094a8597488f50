// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/aeps/BalanceEnquiryFlow.h"

namespace saathi::aeps {

eko::EkoJob* BalanceEnquiryFlow::send(eko::AepsOperations& operations, const eko::AepsCustomerRequest& request,
                                      const QString& clientRefId)
{
    return operations.balanceEnquiry(request, clientRefId);
}

} // namespace saathi::aeps
