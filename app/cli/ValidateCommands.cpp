// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// validate KIND VALUE: the same checks the counter screens use, for scripts and support.
#include "app/cli/CliCommand.h"
#include "core/validation/AadhaarNumber.h"
#include "core/validation/FieldValidators.h"

namespace saathi::cli {

namespace {

int runValidate(const QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 2) {
        return usageError(QStringLiteral("give a kind and a value"));
    }
    const QString& kind = args[0];
    const QString& value = args[1];
    ValidationResult r;
    bool secret = false;
    if (kind == QLatin1String("aadhaar")) {
        r = aadhaar::validateAadhaar(value);
        secret = true;
    } else if (kind == QLatin1String("vid")) {
        r = aadhaar::validateVid(value);
        secret = true;
    } else if (kind == QLatin1String("mobile")) {
        r = validate::mobile(value);
    } else if (kind == QLatin1String("ifsc")) {
        r = validate::ifsc(value);
    } else if (kind == QLatin1String("pan")) {
        r = validate::pan(value);
    } else if (kind == QLatin1String("pin")) {
        r = validate::pinCode(value);
    } else if (kind == QLatin1String("latlong")) {
        r = validate::latLong(value);
    } else {
        return usageError(QStringLiteral("unknown kind '%1'").arg(kind));
    }
    QJsonObject out;
    out[QStringLiteral("valid")] = r.valid;
    out[QStringLiteral("message")] = r.valid ? QStringLiteral("ok") : r.message;
    if (r.valid) {
        // An Aadhaar number or VID is never echoed in full, not even to the terminal.
        out[secret ? QStringLiteral("masked") : QStringLiteral("normalized")]
            = secret ? aadhaar::mask(r.normalized) : r.normalized;
    }
    printJson(out);
    return r.valid ? ExitOk : ExitFailed;
}

} // namespace

namespace {
void registerValidateCommands(Registry& registry)
{
    registry.add({QStringLiteral("validate"),
                  QStringLiteral("check an Aadhaar, VID, mobile, IFSC, PAN, PIN or latlong"),
                  QStringLiteral("KIND is aadhaar, vid, mobile, ifsc, pan, pin or latlong: the same checks the counter "
                                 "screens use. Exit 0 when valid, 1 when not; an Aadhaar number or VID is only "
                                 "echoed masked."),
                  QStringLiteral("KIND VALUE"),
                  {},
                  {},
                  runValidate});
}

} // namespace

SAATHI_CLI_COMMANDS(registerValidateCommands)

} // namespace saathi::cli
