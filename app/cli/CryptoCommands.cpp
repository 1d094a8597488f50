// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// sign, request-hash, encrypt-aadhaar: what an integrator debugging an HTTP 403 or an invalid `aadhar` needs.
#include "cli/CliAadhaarInput.h"
#include "cli/CliCommand.h"
#include "crypto/AadhaarCipher.h"
#include "crypto/EkoPublicKeys.h"
#include "crypto/EkoSigner.h"
#include "util/Clock.h"
#include "validation/AadhaarNumber.h"

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

int runSign(const QStringList& args)
{
    const QString usage = QStringLiteral("sign --access-key KEY [--timestamp MS]");
    QCommandLineParser p;
    const QCommandLineOption key(QStringLiteral("access-key"), QStringLiteral("Eko access key"), QStringLiteral("KEY"));
    const QCommandLineOption ts(QStringLiteral("timestamp"), QStringLiteral("milliseconds since the epoch"),
                                QStringLiteral("MS"));
    p.addOptions({key, ts});
    if (!p.parse(QStringList {QStringLiteral("sign")} + args)) {
        return usageError(p.errorText(), usage);
    }
    if (!p.isSet(key) || p.value(key).isEmpty()) {
        return usageError(QStringLiteral("--access-key is required"), usage);
    }
    qint64 timestamp = SystemClock::instance().nowMs();
    if (p.isSet(ts) && !parseTimestamp(p.value(ts), &timestamp)) {
        return usageError(QStringLiteral("--timestamp must be a positive whole number of milliseconds"), usage);
    }
    QJsonObject out;
    out[QStringLiteral("secret_key_timestamp")] = QString::number(timestamp);
    out[QStringLiteral("secret_key")] = QString::fromLatin1(EkoSigner::secretKey(p.value(key), timestamp));
    printJson(out);
    return ExitOk;
}

int runRequestHash(const QStringList& args)
{
    const QString usage = QStringLiteral("request-hash --access-key KEY --timestamp MS FIELD...");
    QCommandLineParser p;
    const QCommandLineOption key(QStringLiteral("access-key"), QStringLiteral("Eko access key"), QStringLiteral("KEY"));
    const QCommandLineOption ts(QStringLiteral("timestamp"), QStringLiteral("the secret-key-timestamp"),
                                QStringLiteral("MS"));
    p.addOptions({key, ts});
    p.addPositionalArgument(QStringLiteral("FIELD"), QStringLiteral("fields in Eko's order"),
                            QStringLiteral("FIELD..."));
    if (!p.parse(QStringList {QStringLiteral("request-hash")} + args)) {
        return usageError(p.errorText(), usage);
    }
    qint64 timestamp = 0;
    if (!p.isSet(key) || p.value(key).isEmpty()) {
        return usageError(QStringLiteral("--access-key is required"), usage);
    }
    if (!p.isSet(ts) || !parseTimestamp(p.value(ts), &timestamp)) {
        return usageError(
            QStringLiteral("--timestamp is required: the same secret-key-timestamp sent with the request"), usage);
    }
    if (p.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("give the fields to hash, in Eko's order"), usage);
    }
    QJsonObject out;
    out[QStringLiteral("request_hash")]
        = QString::fromLatin1(EkoSigner::requestHash(p.value(key), timestamp, p.positionalArguments()));
    printJson(out);
    return ExitOk;
}

int runEncryptAadhaar(const QStringList& args)
{
    const QString usage
        = QStringLiteral("encrypt-aadhaar (--public-key FILE | --env uat|production) -   (the number on stdin)");
    QCommandLineParser p;
    const QCommandLineOption keyFile(QStringLiteral("public-key"), QStringLiteral("PEM or base64 DER public key"),
                                     QStringLiteral("FILE"));
    const QCommandLineOption env(QStringLiteral("env"), QStringLiteral("uat or production"), QStringLiteral("ENV"));
    p.addOptions({keyFile, env});
    p.addPositionalArgument(QStringLiteral("-"), QStringLiteral("read the Aadhaar number from stdin"));
    if (!p.parse(QStringList {QStringLiteral("encrypt-aadhaar")} + args)) {
        return usageError(p.errorText(), usage);
    }
    if (p.isSet(keyFile) == p.isSet(env)) {
        return usageError(QStringLiteral("give exactly one of --public-key and --env"), usage);
    }
    if (p.positionalArguments().size() != 1) {
        return usageError(QStringLiteral("give - and the Aadhaar number on stdin"), usage);
    }
    Result<AadhaarCipher> cipher = AadhaarCipher();
    if (p.isSet(keyFile)) {
        cipher = AadhaarCipher::fromPublicKeyFile(p.value(keyFile));
    } else {
        EkoEnvironment environment;
        if (!parseEnvironment(p.value(env), &environment) || environment == EkoEnvironment::Training) {
            return usageError(QStringLiteral("--env is uat or production; for training pass the sandbox's key "
                                             "(saathi-eko-sandbox --print-public-key) with --public-key"),
                              usage);
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
    registry.add({QStringLiteral("sign"), QStringLiteral("compute secret-key and secret-key-timestamp"), runSign});
    registry.add(
        {QStringLiteral("request-hash"), QStringLiteral("compute a request_hash over fields"), runRequestHash});
    registry.add({QStringLiteral("encrypt-aadhaar"),
                  QStringLiteral("RSA-encrypt an Aadhaar number for the `aadhar` field"), runEncryptAadhaar});
}

} // namespace

SAATHI_CLI_COMMANDS(registerCryptoCommands)

} // namespace saathi::cli
