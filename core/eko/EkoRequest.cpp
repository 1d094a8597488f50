// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/eko/EkoRequest.h"

namespace saathi::eko {

EkoRequest::~EkoRequest()
{
    // hashValues may hold a plain Aadhaar number (legacy /v2/aeps request_hash).
    for (auto it = hashValues.begin(); it != hashValues.end(); ++it) {
        secureWipe(it.value());
    }
}

} // namespace saathi::eko
