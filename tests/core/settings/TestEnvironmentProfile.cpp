// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/settings/EnvironmentProfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;

namespace {
EkoCredentials someCredentials()
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

    // A distributor's settings file: every key per environment, UAT's never leaking into production's.
    void readsTheSettingsFileKeysPerEnvironment()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("counter.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("eko/uat/base_url"), QStringLiteral("https://staging.eko.in:25004/ekoapi"));
        settings.setValue(QStringLiteral("eko/uat/ca_file"), QStringLiteral("/etc/saathi/ca.pem"));
        settings.setValue(QStringLiteral("eko/uat/aadhaar_public_key_file"), QStringLiteral("/etc/saathi/key.pem"));
        settings.setValue(QStringLiteral("eko/uat/catalogue_file"), QStringLiteral("/etc/saathi/endpoints.json"));
        const auto uat = EnvironmentProfile::fromSettings(settings, EkoEnvironment::Uat);
        QCOMPARE(uat.baseUrl, QUrl(QStringLiteral("https://staging.eko.in:25004/ekoapi")));
        QCOMPARE(uat.caFile, QStringLiteral("/etc/saathi/ca.pem"));
        QCOMPARE(uat.aadhaarPublicKeyFile, QStringLiteral("/etc/saathi/key.pem"));
        QCOMPARE(uat.catalogueFile, QStringLiteral("/etc/saathi/endpoints.json"));
        const auto prod = EnvironmentProfile::fromSettings(settings, EkoEnvironment::Production);
        QCOMPARE(prod.baseUrl, EnvironmentProfile::defaultBaseUrl(EkoEnvironment::Production));
        QVERIFY(prod.caFile.isEmpty() && prod.catalogueFile.isEmpty());

        // Saved back, only what differs from the defaults is written.
        EnvironmentProfile edited = prod;
        edited.baseUrl = QUrl(QStringLiteral("https://api.eko.in/ekoicici"));
        edited.save(settings);
        QCOMPARE(settings.value(QStringLiteral("eko/production/base_url")).toString(),
                 QStringLiteral("https://api.eko.in/ekoicici"));
        QVERIFY(!settings.contains(QStringLiteral("eko/production/ca_file")));
        edited.baseUrl = EnvironmentProfile::defaultBaseUrl(EkoEnvironment::Production);
        edited.save(settings);
        QVERIFY(!settings.contains(QStringLiteral("eko/production/base_url")));

        // The one catalogue setting of earlier versions still applies where no per-environment one is set.
        settings.setValue(QStringLiteral("eko/catalogue"), QStringLiteral("/old/endpoints.json"));
        QCOMPARE(EnvironmentProfile::fromSettings(settings, EkoEnvironment::Production).catalogueFile,
                 QStringLiteral("/old/endpoints.json"));
        QCOMPARE(EnvironmentProfile::fromSettings(settings, EkoEnvironment::Uat).catalogueFile,
                 QStringLiteral("/etc/saathi/endpoints.json"));
    }

    void refusesPlainHttpAndUnreadableFiles()
    {
        auto uat = EnvironmentProfile::forEnvironment(EkoEnvironment::Uat);
        uat.baseUrl = QUrl(QStringLiteral("http://staging.eko.in:8080/ekoapi"));
        QCOMPARE(uat.check().code, QStringLiteral("settings.plain_http"));
        QVERIFY(!uat.buildConfig(someCredentials(), QStringLiteral("28.6,77.2")).ok());

        uat = EnvironmentProfile::forEnvironment(EkoEnvironment::Uat);
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("junk.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a certificate");
        junk.close();
        uat.caFile = junk.fileName();
        QCOMPARE(uat.check().code, QStringLiteral("settings.bad_ca_file"));
        uat.caFile.clear();
        uat.aadhaarPublicKeyFile = junk.fileName();
        QCOMPARE(uat.check().code, QStringLiteral("settings.bad_key_file"));
        uat.aadhaarPublicKeyFile.clear();
        uat.catalogueFile = dir.filePath(QStringLiteral("missing.json"));
        QVERIFY(!uat.check().isNull());
        QVERIFY(!uat.catalogue().ok());
    }

    // Going live checks the partner's keys before there is a user_code or a shop location.
    void aCredentialsCheckNeedsNoUserCodeNorLocation()
    {
        auto c = someCredentials();
        c.userCode.clear();
        const auto uat = EnvironmentProfile::forEnvironment(EkoEnvironment::Uat);
        QVERIFY(!uat.buildConfig(c, {}).ok());
        const auto check = uat.buildConfig(c, {}, EnvironmentProfile::Purpose::CredentialsCheck);
        QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().userMessage));
        QVERIFY(check.value().credentials.userCode.isEmpty());
        QVERIFY(check.value().aadhaarCipher.isValid());
    }

    // Reference §1.1: some product families answer only on another host or port; the catalogue file says which.
    void aCatalogueFileNamesProductFamiliesOnAnotherBaseUrl()
    {
        QFile builtIn(QStringLiteral(":/saathi/eko/endpoints.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(builtIn.readAll()).object();
        QJsonObject envs = root.value(QStringLiteral("environments")).toObject();
        QJsonObject production = envs.value(QStringLiteral("production")).toObject();
        production.insert(QStringLiteral("family_base_urls"),
                          QJsonObject {{QStringLiteral("dmt_fino"), QStringLiteral("https://api.eko.in/ekoicici")}});
        envs.insert(QStringLiteral("production"), production);
        root.insert(QStringLiteral("environments"), envs);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("endpoints.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
        file.close();

        auto prod = EnvironmentProfile::forEnvironment(EkoEnvironment::Production);
        prod.catalogueFile = path;
        const auto config = prod.buildConfig(someCredentials(), QStringLiteral("28.6,77.2"));
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().detail));
        QCOMPARE(config.value().baseUrlFor(QStringLiteral("dmt_fino.transfer")),
                 QUrl(QStringLiteral("https://api.eko.in/ekoicici")));
        QCOMPARE(config.value().baseUrlFor(QStringLiteral("aeps.cash_withdrawal")), prod.baseUrl);
        // UAT's configuration does not pick up production's families.
        auto uat = EnvironmentProfile::forEnvironment(EkoEnvironment::Uat);
        uat.catalogueFile = path;
        QVERIFY(uat.buildConfig(someCredentials(), QStringLiteral("28.6,77.2")).value().familyBaseUrls.isEmpty());

        // A family on plain HTTP makes the catalogue unusable rather than leaking one product's traffic.
        production.insert(QStringLiteral("family_base_urls"),
                          QJsonObject {{QStringLiteral("dmt_fino"), QStringLiteral("http://api.eko.in/ekoicici")}});
        envs.insert(QStringLiteral("production"), production);
        root.insert(QStringLiteral("environments"), envs);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();
        QVERIFY(!prod.check().isNull());
        QVERIFY(!prod.buildConfig(someCredentials(), QStringLiteral("28.6,77.2")).ok());
    }

    void namesTheMissingCredentials()
    {
        EkoCredentials c;
        c.developerKey = QStringLiteral("k");
        const QStringList missing = EnvironmentProfile::missingCredentials(c);
        QCOMPARE(missing.size(), 3);
        QVERIFY(missing.contains(QStringLiteral("Access key")));
        QVERIFY(EnvironmentProfile::missingCredentials(someCredentials()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentProfile)
#include "TestEnvironmentProfile.moc"
