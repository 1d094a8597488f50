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
// error before anything is sent. The request's PID is not among the fields (it never becomes text): sendsPid() says
// whether it goes on the wire as `piddata`, and it counts as present for the required-field checks.
using AadhaarEncryptor = std::function<Result<QString>(const SecureBytes& digits)>;
Result<QJsonObject> wireFields(const Endpoint& endpoint, const EkoRequest& request, const QString& initiatorId,
                               const QString& userCode, const AadhaarEncryptor& encrypt);
bool sendsPid(const Endpoint& endpoint, const EkoRequest& request);
// Whether a field of `request` carries PID text (the field `piddata`, or a value with a PidData element): such a
// request is refused before sending, since the PID must stay in EkoRequest::pid.
bool hasPidText(const EkoRequest& request);

} // namespace saathi::eko
