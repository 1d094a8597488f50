// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/aeps/CashWithdrawalFlow.h"

namespace saathi::aeps {

eko::EkoJob* CashWithdrawalFlow::send(eko::AepsOperations& operations, const eko::AepsCustomerRequest& request,
                                      const QString& clientRefId)
{
    return operations.cashWithdrawal(request, clientRefId, merchantAuthId());
}

} // namespace saathi::aeps
