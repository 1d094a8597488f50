// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/SecureBytes.h"

#include <QByteArray>
#include <QJsonObject>

namespace saathi::eko {

// A request's bytes on the wire. The PID block never becomes a QString: it is spliced from its SecureBytes into the
// body as the `piddata` field (JSON-escaped or percent-encoded), in one buffer sized before anything is written,
// so no reallocation leaves a stray copy behind. The caller hands that buffer to a OneShotBody, which wipes it.
inline constexpr char kPidField[] = "piddata";

// `fields` as compact JSON, plus "piddata" when `pid` is not empty.
QByteArray jsonBody(const QJsonObject& fields, const SecureBytes& pid = {});
// `fields` as application/x-www-form-urlencoded (every byte outside the unreserved set encoded, '+' included: base64
// ciphertext must survive forms), plus piddata when `pid` is not empty. Also a GET's query.
QByteArray formBody(const QJsonObject& fields, const SecureBytes& pid = {});

} // namespace saathi::eko
