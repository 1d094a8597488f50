// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/eko/EkoConfig.h"
#include "core/util/Error.h"

#include <QUrl>

namespace saathi::eko {

// Which plain-HTTP addresses Eko traffic may use (issue #13). The signature covers only the timestamp, so over plain
// HTTP anyone on the path reads the signed headers, the encrypted Aadhaar and the PID, and can change the amount.
enum class PlainHttp {
    Refused, // https:// only: UAT, production and every configuration a user supplies
    Loopback // http:// also to a loopback IP literal (127.0.0.0/8, ::1): the sandbox, in training or on request
};

// True for an IP literal on this machine's loopback; a name such as "localhost" is not trusted (DNS decides it).
bool isLoopbackHost(const QUrl& url);

// Null when `url` may carry Eko traffic under `plain`, else eko.plain_http (or eko.bad_url) with a message that
// says what to change.
Error checkTransport(const QUrl& url, PlainHttp plain);
// The same for every address the configuration can send to: baseUrl and each family base URL.
Error checkTransport(const EkoConfig& config, PlainHttp plain);

} // namespace saathi::eko
