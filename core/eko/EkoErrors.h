// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/eko/EkoEnvelope.h"
#include "core/util/Error.h"

#include <QNetworkReply>

namespace saathi::eko {

// What each failure means to the agent at the counter, in the voice of Eko's FAQ: what happened and what to do.
// Codes are stable ("eko.http_403", "eko.2fa_required", …) so screens and tests can branch on them.
Error httpError(int httpStatus, const QString& detail);
Error businessError(const EkoEnvelope& envelope);
Error transportError(QNetworkReply::NetworkError error, const QString& detail);
Error timeoutError(int timeoutMs, bool moneyMoving);
Error tooLargeError(qint64 limit);

} // namespace saathi::eko
