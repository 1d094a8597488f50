// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/aeps/MiniStatementFlow.h"

namespace saathi::aeps {

eko::EkoJob* MiniStatementFlow::send(eko::AepsOperations& operations, const eko::AepsCustomerRequest& request,
                                     const QString& clientRefId)
{
    return operations.miniStatement(request, clientRefId);
}

} // namespace saathi::aeps
