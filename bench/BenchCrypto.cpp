// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// How much of a request's time goes to signing, Aadhaar encryption and validation. Baselines in the same process:
// a bare SHA-256 (what HMAC costs at least) and a 12-digit regex match (what any validation costs at least).
#include "core/crypto/AadhaarCipher.h"
#include "core/crypto/EkoPublicKeys.h"
#include "core/crypto/EkoSigner.h"
#include "core/util/ClientRefId.h"
#include "core/validation/AadhaarNumber.h"
#include "core/validation/Verhoeff.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <cstdio>
#include <functional>

namespace {

double opsPerSecond(const std::function<void()>& op, int iterations)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < iterations; ++i) {
        op();
    }
    const qint64 ns = timer.nsecsElapsed();
    return ns > 0 ? double(iterations) * 1e9 / double(ns) : 0.0;
}

void report(const char* name, double ops, double baseline)
{
    std::printf("%-34s %12.0f ops/s   %8.2f µs/op   ratio to baseline %6.2f\n", name, ops, 1e6 / ops,
                baseline > 0 ? baseline / ops : 0.0);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    using namespace saathi;
    const QString key = QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30");
    qint64 ts = 1700000000000;

    const double sha
        = opsPerSecond([&] { QCryptographicHash::hash(QByteArray::number(++ts), QCryptographicHash::Sha256); }, 200000);
    report("baseline: SHA-256 of a timestamp", sha, sha);
    report("secret-key (HMAC-SHA256 + base64)", opsPerSecond([&] { EkoSigner::secretKey(key, ++ts); }, 200000), sha);
    report("request_hash (3 fields)",
           opsPerSecond(
               [&] {
                   EkoSigner::requestHash(
                       key, ++ts, {QStringLiteral("151627591"), QStringLiteral("50"), QStringLiteral("20810200")});
               },
               200000),
           sha);

    static const QRegularExpression twelve(QStringLiteral("^\\d{12}$"));
    // A synthetic, checksum-valid number made here: benchmarks carry no Aadhaar-like literals.
    const QString body = QStringLiteral("52345678901");
    const QString digits = body + QString::number(verhoeff::checkDigit(body));
    const QString number = digits.left(4) + QLatin1Char(' ') + digits.mid(4, 4) + QLatin1Char(' ') + digits.mid(8);
    const double regex = opsPerSecond([&] { (void)twelve.match(digits).hasMatch(); }, 200000);
    report("baseline: 12-digit regex", regex, regex);
    report("Aadhaar validation (Verhoeff)", opsPerSecond([&] { (void)aadhaar::validateAadhaar(number); }, 200000),
           regex);
    report("client_ref_id", opsPerSecond([&] { (void)ClientRefIdGenerator::instance().next(); }, 200000), regex);

    const auto cipher = AadhaarCipher::fromPublicKey(publishedAadhaarKey(EkoEnvironment::Uat));
    if (cipher.ok()) {
        const SecureBytes plain(digits.toLatin1());
        report("RSA-1024 PKCS#1 v1.5 encrypt", opsPerSecond([&] { (void)cipher.value().encrypt(plain); }, 5000), sha);
    }
    return 0;
}
