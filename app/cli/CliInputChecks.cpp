// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "app/cli/CliInputChecks.h"

namespace saathi::cli::input {

namespace {
// Every character for which `allowed` holds, and the length within [min, max]; checked without a regex so that
// hostile megabytes cost one linear pass at most (and usually stop at the length check).
template<typename Allowed>
bool fits(const QString& text, qsizetype min, qsizetype max, Allowed allowed)
{
    if (text.size() < min || text.size() > max) {
        return false;
    }
    for (const QChar c : text) {
        if (c.unicode() > 0x7e || !allowed(char(c.unicode()))) {
            return false;
        }
    }
    return true;
}

bool isAlnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
} // namespace

QString clientRefIdProblem(const QString& ref)
{
    return fits(ref, 1, 20, isAlnum)
        ? QString()
        : QStringLiteral("--client-ref-id is 1 to 20 letters A-Z, a-z or digits 0-9 (Eko's client_ref_id)");
}

QString bankCodeProblem(const QString& code)
{
    return fits(code, 2, 11, [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'); })
        ? QString()
        : QStringLiteral("--bank is the bank's short code from Eko's list, e.g. SBIN or HDFC (see saathi-cli agent "
                         "banks)");
}

QString submissionKeyProblem(const QString& key)
{
    return fits(key, 1, 64, [](char c) { return c > ' ' && c <= '~'; })
        ? QString()
        : QStringLiteral("--submission-key is 1 to 64 printable ASCII characters without spaces");
}

} // namespace saathi::cli::input
