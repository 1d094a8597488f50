// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// sign, request-hash, encrypt-aadhaar: what an integrator debugging an HTTP 403 or an invalid `aadhar` needs.
#include "app/cli/CliAadhaarInput.h"
#include "app/cli/CliCommand.h"
#include "core/crypto/AadhaarCipher.h"
#include "core/crypto/EkoPublicKeys.h"
#include "core/crypto/EkoSigner.h"
#include "core/util/Clock.h"
#include "core/validation/AadhaarNumber.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace saathi::cli {

namespace {

bool parseTimestamp(const QString& text, qint64* out)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v <= 0 || text.size() != QString::number(v).size()) {
        return false;
    }
    *out = v;
    return true;
}

const QCommandLineOption kAccessKey(QStringLiteral("access-key"), QStringLiteral("Eko access key (required)"),
                                    QStringLiteral("KEY"));
const QCommandLineOption kSignTimestamp(QStringLiteral("timestamp"),
                                        QStringLiteral("milliseconds since the epoch (default: now)"),
                                        QStringLiteral("MS"));
const QCommandLineOption kHashTimestamp(QStringLiteral("timestamp"),
                                        QStringLiteral("the secret-key-timestamp sent with the request (required)"),
                                        QStringLiteral("MS"));
const QCommandLineOption kPublicKey(QStringLiteral("public-key"),
                                    QStringLiteral("Eko's Aadhaar key as a PEM or base64 DER file"),
                                    QStringLiteral("FILE"));
const QCommandLineOption kKeyEnv(QStringLiteral("env"),
                                 QStringLiteral("uat or production: Eko's published Aadhaar key for it"),
                                 QStringLiteral("ENV"));

int runSign(const QCommandLineParser& p)
{
    const QCommandLineOption& key = kAccessKey;
    const QCommandLineOption& ts = kSignTimestamp;
    if (!p.isSet(key) || p.value(key).isEmpty()) {
        return usageError(QStringLiteral("--access-key is required"));
    }
    qint64 timestamp = SystemClock::instance().nowMs();
    if (p.isSet(ts) && !parseTimestamp(p.value(ts), &timestamp)) {
        return usageError(QStringLiteral("--timestamp must be a positive whole number of milliseconds"));
    }
    QJsonObject out;
    out[QStringLiteral("secret_key_timestamp")] = QString::number(timestamp);
    out[QStringLiteral("secret_key")] = QString::fromLatin1(EkoSigner::secretKey(p.value(key), timestamp));
    printJson(out);
    return ExitOk;
}

int runRequestHash(const QCommandLineParser& p)
{
    const QCommandLineOption& key = kAccessKey;
    const QCommandLineOption& ts = kHashTimestamp;
    qint64 timestamp = 0;
    if (!p.isSet(key) || p.value(key).isEmpty()) {
        return usageError(QStringLiteral("--access-key is required"));
    }
    if (!p.isSet(ts) || !parseTimestamp(p.value(ts), &timestamp)) {
        return usageError(
            QStringLiteral("--timestamp is required: the same secret-key-timestamp sent with the request"));
    }
    if (p.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("give the fields to hash, in Eko's order"));
    }
    QJsonObject out;
    out[QStringLiteral("request_hash")]
        = QString::fromLatin1(EkoSigner::requestHash(p.value(key), timestamp, p.positionalArguments()));
    printJson(out);
    return ExitOk;
}

int runEncryptAadhaar(const QCommandLineParser& p)
{
    const QCommandLineOption& keyFile = kPublicKey;
    const QCommandLineOption& env = kKeyEnv;
    if (p.isSet(keyFile) == p.isSet(env)) {
        return usageError(QStringLiteral("give exactly one of --public-key and --env"));
    }
    if (p.positionalArguments().size() != 1) {
        return usageError(QStringLiteral("give - and the Aadhaar number on stdin"));
    }
    Result<AadhaarCipher> cipher = AadhaarCipher();
    if (p.isSet(keyFile)) {
        cipher = AadhaarCipher::fromPublicKeyFile(p.value(keyFile));
    } else {
        EkoEnvironment environment;
        if (!parseEnvironment(p.value(env), &environment) || environment == EkoEnvironment::Training) {
            return usageError(QStringLiteral("--env is uat or production; for training pass the sandbox's key "
                                             "(saathi-eko-sandbox --print-public-key) with --public-key"));
        }
        cipher = AadhaarCipher::fromPublicKey(publishedAadhaarKey(environment));
    }
    if (!cipher) {
        return fail(cipher.error().userMessage + QStringLiteral(" (") + cipher.error().detail + QLatin1Char(')'));
    }
    // Only "-": a number on the command line would sit in the process list and shell history (issue #13).
    SecureBytes digits;
    QString why;
    if (!readAadhaar(p.positionalArguments().constFirst(), AadhaarKind::AadhaarOnly, &digits, &why)) {
        return fail(why, ExitUsage);
    }
    const auto encrypted = cipher.value().encrypt(digits);
    if (!encrypted) {
        return fail(encrypted.error().userMessage);
    }
    QJsonObject out;
    out[QStringLiteral("aadhar")] = QString::fromLatin1(encrypted.value());
    printJson(out);
    return ExitOk;
}

} // namespace

namespace {
void registerCryptoCommands(Registry& registry)
{
    registry.add({QStringLiteral("sign"),
                  QStringLiteral("compute secret-key and secret-key-timestamp (for a 403 hunt)"),
                  {},
                  {},
                  {kAccessKey, kSignTimestamp},
                  {},
                  runSign});
    registry.add({QStringLiteral("request-hash"),
                  QStringLiteral("compute a request_hash over fields"),
                  QStringLiteral("FIELD...: the values to hash, in Eko's order for the operation."),
                  QStringLiteral("FIELD..."),
                  {kAccessKey, kHashTimestamp},
                  {},
                  runRequestHash});
    registry.add({QStringLiteral("encrypt-aadhaar"),
                  QStringLiteral("RSA-encrypt an Aadhaar number for the `aadhar` field"),
                  QStringLiteral("Give exactly one of --public-key and --env, and - : the number is read from stdin, "
                                 "never from the command line. Prints {\"aadhar\": \"<base64>\"}."),
                  QStringLiteral("-"),
                  {kPublicKey, kKeyEnv},
                  {},
                  runEncryptAadhaar});
}

} // namespace

SAATHI_CLI_COMMANDS(registerCryptoCommands)

} // namespace saathi::cli
