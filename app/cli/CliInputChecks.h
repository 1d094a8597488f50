// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>

// Checks on values a caller types, done before anything is journaled or sent (issue #13: 100 KB, Devanagari or
// SQL-like text in --bank or --client-ref-id was journaled and sent). Each returns an empty string when the value
// is fine, else what is wrong, for one clear line on stderr.
namespace saathi::cli::input {

// Eko's client_ref_id: 1–20 characters of [0-9A-Za-z] (eko-api.md §8: ≤ 20; our own ids are 18 alphanumerics).
QString clientRefIdProblem(const QString& ref);
// A bank short code as Eko's bank list (tools.banks) spells them: SBIN, HDFC, KARB… — 2 to 11 ASCII capitals or
// digits. Whether Eko knows it is asked separately (EkoCli::checkBankListed).
QString bankCodeProblem(const QString& code);
// A --submission-key: 1–64 printable ASCII characters without spaces (it is journaled as the idempotency key).
QString submissionKeyProblem(const QString& key);

} // namespace saathi::cli::input
