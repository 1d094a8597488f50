// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// An integrator flips the catalogue switches without recompiling (README "Catalogue switches"): a copy of the
// built-in catalogue named by the settings key eko/<env>/catalogue_file reaches that environment's flows, and only
// that environment's.
#include "core/aeps/AepsCustomerFlow.h"
#include "core/eko/AepsOperations.h"
#include "core/eko/EkoClient.h"
#include "core/settings/EnvironmentProfile.h"
#include "core/util/Clock.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;

class TestCatalogueSwitchSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogueFileSettingFlipsTheSwitchesForItsEnvironmentOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile builtIn(QStringLiteral(":/saathi/eko/endpoints.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(builtIn.readAll()).object();
        root.insert(QStringLiteral("switches"),
                    QJsonObject {{QStringLiteral("merchant_auth_per_withdrawal"), true},
                                 {QStringLiteral("merchant_auth_reference_field"), QStringLiteral("reference_tid")},
                                 {QStringLiteral("aadhaar_pay"), QStringLiteral("off")}});
        QFile copy(dir.filePath(QStringLiteral("endpoints.json")));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(QJsonDocument(root).toJson());
        copy.close();

        QSettings settings(dir.filePath(QStringLiteral("counter.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("eko/uat/catalogue_file"), copy.fileName());
        const auto uat = EnvironmentProfile::fromSettings(settings, EkoEnvironment::Uat).catalogue();
        QVERIFY(uat.ok());
        QVERIFY(uat.value().switches().merchantAuthPerWithdrawal);
        QCOMPARE(uat.value().switches().merchantAuthReferenceField, QStringLiteral("reference_tid"));
        QCOMPARE(uat.value().switches().aadhaarPay, eko::AadhaarPayRoute::Off);
        const auto production = EnvironmentProfile::fromSettings(settings, EkoEnvironment::Production).catalogue();
        QVERIFY(production.ok());
        QVERIFY(!production.value().switches().merchantAuthPerWithdrawal);
        QCOMPARE(production.value().switches().aadhaarPay, eko::AadhaarPayRoute::V2Aeps);

        // What the counter's flows conclude from each (the screens ask them, never the catalogue).
        QNetworkAccessManager network;
        ManualClock clock(1700000000000);
        eko::EkoClient uatClient(&network, uat.value(), eko::EkoConfig(), clock);
        eko::EkoClient productionClient(&network, production.value(), eko::EkoConfig(), clock);
        CounterServices services;
        services.eko = &uatClient;
        QVERIFY(!aeps::AepsCustomerFlow::isOffered(journal::TxKind::AadhaarPay, services));
        QVERIFY(aeps::AepsCustomerFlow::isOffered(journal::TxKind::AepsWithdrawal, services));
        QVERIFY(eko::AepsOperations(uatClient).merchantAuthPerWithdrawal());
        services.eko = &productionClient;
        QVERIFY(aeps::AepsCustomerFlow::isOffered(journal::TxKind::AadhaarPay, services));
        QVERIFY(!eko::AepsOperations(productionClient).merchantAuthPerWithdrawal());
    }
};

QTEST_GUILESS_MAIN(TestCatalogueSwitchSettings)
#include "TestCatalogueSwitchSettings.moc"
