// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "settings/EnvironmentProfile.h"

#include <QTest>

using namespace saathi;

namespace {
eko::EkoCredentials someCredentials()
{
    return {QStringLiteral("becbbce45f79c6f5109f848acd540567"), QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30"),
            QStringLiteral("9962981729"), QStringLiteral("20810200")};
}
} // namespace

class TestEnvironmentProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostsAreEkosPublishedOnes()
    {
        const auto uat = EnvironmentProfile::forEnvironment(EkoEnvironment::Uat);
        QCOMPARE(uat.baseUrl, QUrl(QStringLiteral("https://staging.eko.in/ekoapi")));
        QVERIFY(!uat.aadhaarPublicKey.isEmpty());
        const auto prod = EnvironmentProfile::forEnvironment(EkoEnvironment::Production);
        QCOMPARE(prod.baseUrl, QUrl(QStringLiteral("https://api.eko.in:25002/ekoicici")));
        QVERIFY(!prod.aadhaarPublicKey.isEmpty());
        QVERIFY(prod.aadhaarPublicKey != uat.aadhaarPublicKey);
        const auto training = EnvironmentProfile::forEnvironment(EkoEnvironment::Training);
        QVERIFY(!training.needsCredentials());
        QVERIFY(training.baseUrl.isEmpty());
    }

    void buildsAConfigFromCredentialsAndLocation()
    {
        const auto uat = EnvironmentProfile::forEnvironment(EkoEnvironment::Uat);
        const auto config = uat.buildConfig(someCredentials(), QStringLiteral("28.6139, 77.2090"));
        QVERIFY2(config.ok(), qPrintable(config.error().userMessage));
        QCOMPARE(config.value().baseUrl, uat.baseUrl);
        QCOMPARE(config.value().latLong, QStringLiteral("28.6139,77.2090"));
        QCOMPARE(config.value().credentials.userCode, QStringLiteral("20810200"));
        QVERIFY(config.value().aadhaarCipher.isValid());
    }

    void refusesIncompleteCredentialsOrBadLocation()
    {
        const auto prod = EnvironmentProfile::forEnvironment(EkoEnvironment::Production);
        auto c = someCredentials();
        c.accessKey.clear();
        QVERIFY(!prod.buildConfig(c, QStringLiteral("28.6,77.2")).ok());
        QVERIFY(!prod.buildConfig(someCredentials(), QStringLiteral("here")).ok());
        QVERIFY(!EnvironmentProfile::forEnvironment(EkoEnvironment::Training)
                     .buildConfig(someCredentials(), QStringLiteral("28.6,77.2"))
                     .ok());
    }

    void namesTheMissingCredentials()
    {
        eko::EkoCredentials c;
        c.developerKey = QStringLiteral("k");
        const QStringList missing = EnvironmentProfile::missingCredentials(c);
        QCOMPARE(missing.size(), 3);
        QVERIFY(missing.contains(QStringLiteral("Access key")));
        QVERIFY(EnvironmentProfile::missingCredentials(someCredentials()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentProfile)
#include "TestEnvironmentProfile.moc"
