// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/eko/EkoRequest.h"
#include "core/eko/EndpointCatalogue.h"
#include "core/util/Error.h"

#include <functional>

namespace saathi::eko {

// The fields an operation puts on the wire, from the catalogue's facts (README "Endpoint catalogue"): the request's
// own fields, initiator_id, user_code where the operation requires it, client_ref_id where it lists it, and the
// Aadhaar number in the form the catalogue names. Fields the operation does not list are left out (an unexpected
// field can make Eko answer "No key for Response", reference §3.1). A required field that is still missing is an
// error before anything is sent.
using AadhaarEncryptor = std::function<Result<QString>(const SecureBytes& digits)>;
Result<QJsonObject> wireFields(const Endpoint& endpoint, const EkoRequest& request, const QString& initiatorId,
                               const QString& userCode, const AadhaarEncryptor& encrypt);

} // namespace saathi::eko
