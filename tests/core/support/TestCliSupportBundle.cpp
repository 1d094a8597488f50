// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "../journal/JournalTestData.h"
#include "CliRunner.h"
#include "DigitsOnly.h"
#include "TestKeys.h"
#include "core/journal/JournalPaths.h"
#include "core/journal/JournalStore.h"
#include "core/settings/PinHash.h"
#include "core/support/SupportBundle.h"
#include "core/util/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;

namespace {

const QString kAccessKey = QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30");
const QString kDeveloperKey = QStringLiteral("becbbce45f79c6f5109f848acd540567");
const QString kMobile = QStringLiteral("9812345670");
const QByteArray kSkey = "U2Vzc2lvbktleUZvclRoZVBpZA==";

} // namespace

class TestCliSupportBundle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void helpAtEveryLevel()
    {
        QCOMPARE(test::runCli({QStringLiteral("support"), QStringLiteral("--help")}).exitCode, 0);
        const auto help = test::runCli({QStringLiteral("support"), QStringLiteral("bundle"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--output"));
        QCOMPARE(test::runCli({QStringLiteral("support")}).exitCode, 2);
        // saathi-cli's error lines go to its log file too, redacted, for the next support bundle.
        const QString logs = m_dir.filePath(QStringLiteral("cli-logs"));
        qputenv("SAATHI_LOG_DIR", logs.toUtf8());
        QCOMPARE(test::runCli({QStringLiteral("support"), QStringLiteral("bundel")}).exitCode, 2);
        QCOMPARE(test::runCli({QStringLiteral("encrypt-aadhaar"), QString::fromLatin1(test::kTestAadhaar)}).exitCode,
                 2);
        qunsetenv("SAATHI_LOG_DIR");
        QFile log(QDir(logs).filePath(QStringLiteral("saathi-cli.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logText = log.readAll();
        QVERIFY2(logText.contains(" W saathi.cli: unknown support sub-command 'bundel'"), logText.constData());
        QVERIFY(!test::digitsOnly(logText).contains(test::kTestAadhaar));
        QCOMPARE(test::runCli({QStringLiteral("support"), QStringLiteral("bundle"), QStringLiteral("--nope")}).exitCode,
                 2);
    }

    void theBundleCarriesNoAadhaarPidOrKey()
    {
        // A bad day's traces: a settings file with a PIN hash and a key someone pasted into it, an old log written
        // before redaction existed, and a withdrawal left open in training's journal.
        const QString settingsPath = qEnvironmentVariable("SAATHI_SETTINGS_PATH");
        QVERIFY(!settingsPath.isEmpty());
        const QString pinHash = pin::hash(QStringLiteral("2468"));
        {
            QSettings ini(settingsPath, QSettings::IniFormat);
            ini.setValue(QStringLiteral("eko/environment"), QStringLiteral("uat"));
            ini.setValue(QStringLiteral("eko/uat/base_url"), QStringLiteral("https://staging.eko.in:25004/ekoapi/v2"));
            ini.setValue(QStringLiteral("eko/uat/catalogue_file"), QStringLiteral("/etc/saathi/catalogue.json"));
            ini.setValue(QStringLiteral("kiosk/pin_hash"), pinHash);
            ini.setValue(QStringLiteral("eko/uat/access_key"), kAccessKey);
            ini.setValue(QStringLiteral("agent/uat/profile/shop_name"), QStringLiteral("Sharma Kirana"));
            ini.setValue(QStringLiteral("notes/last_customer"), QStringLiteral("9999 4105 7058"));
            ini.sync();
        }
        const QString logDir = m_dir.filePath(QStringLiteral("logs"));
        QVERIFY(QDir().mkpath(logDir));
        {
            QFile old(QDir(logDir).filePath(QStringLiteral("saathi.log.1")));
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(
                "2026-12-05T10:00:00Z W saathi.eko: answer {\"message\":\"Aadhaar 999941057058 2500 declined\"}\n");
            old.write("2026-12-05T10:00:01Z D saathi.device: <PidData><Skey ci=\"20250930\">" + kSkey
                      + "</Skey><Data type=\"X\">AAAA</Data></PidData>\n");
            old.write("2026-12-05T10:00:02Z D saathi.eko: developer_key: " + kDeveloperKey.toLatin1() + "\n");
            old.write("2026-12-05T10:00:03Z I saathi.eko: customer 7348 2915 6036 2026-01-15 mobile ok\n");
        }
        const QString base = qEnvironmentVariable("SAATHI_JOURNAL_PATH");
        QVERIFY(!base.isEmpty());
        {
            journal::JournalStore::Options options;
            options.environment = EkoEnvironment::Training;
            auto store
                = journal::JournalStore::open(journal::JournalPaths::forEnvironment(base, EkoEnvironment::Training),
                                              SystemClock::instance(), options);
            QVERIFY2(store.ok(), qPrintable(store.error().detail));
            const journal::PrepareRequest r
                = test::withdrawal(QStringLiteral("k1"), QStringLiteral("SAATHIBUNDLE0001"), 2500, kMobile);
            QVERIFY(store.value()->prepare(r).ok());
            QVERIFY(store.value()->markSent(r.clientRefId).ok());
        }

        const QString out = m_dir.filePath(QStringLiteral("bundle.json"));
        const auto run = test::runCli({QStringLiteral("support"), QStringLiteral("bundle"), QStringLiteral("--output"),
                                       out, QStringLiteral("--log-dir"), logDir});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().value(QStringLiteral("path")).toString(), QDir::toNativeSeparators(out));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(run.json().value(QStringLiteral("bytes")).toInt(), int(bytes.size()));

        // Nothing that must not leave the shop, in any grouping.
        const QByteArray digits = test::digitsOnly(bytes);
        for (const char* aadhaar : {test::kTestAadhaar, "734829156036"}) {
            QVERIFY2(!digits.contains(aadhaar), aadhaar);
        }
        QVERIFY(!bytes.contains(kSkey));
        QVERIFY(!bytes.contains("AAAA</Data>"));
        QVERIFY(!bytes.contains(kAccessKey.toLatin1()));
        QVERIFY(!bytes.contains(kDeveloperKey.toLatin1()));
        QVERIFY(!bytes.contains(pinHash.toLatin1()));
        QVERIFY(!bytes.contains(kMobile.toLatin1()));

        // And what the engineer needs.
        const QJsonObject bundle = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(bundle.value(QStringLiteral("format")).toString(), QStringLiteral("saathi-support-bundle/1"));
        QVERIFY(
            !bundle.value(QStringLiteral("versions")).toObject().value(QStringLiteral("saathi")).toString().isEmpty());
        const QJsonObject settings = bundle.value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("kiosk/pin_hash")).toString(), QStringLiteral("[removed]"));
        QCOMPARE(settings.value(QStringLiteral("eko/uat/access_key")).toString(), QStringLiteral("[removed]"));
        QCOMPARE(settings.value(QStringLiteral("eko/uat/catalogue_file")).toString(),
                 QStringLiteral("/etc/saathi/catalogue.json"));
        QCOMPARE(settings.value(QStringLiteral("agent/uat/profile/shop_name")).toString(),
                 QStringLiteral("Sharma Kirana"));
        const QJsonArray journals = bundle.value(QStringLiteral("journals")).toArray();
        QCOMPARE(journals.size(), 3);
        const QJsonObject training = journals.at(0).toObject();
        QCOMPARE(training.value(QStringLiteral("environment")).toString(), QStringLiteral("training"));
        QVERIFY(training.value(QStringLiteral("exists")).toBool());
        QCOMPARE(training.value(QStringLiteral("rows_by_state")).toObject().value(QStringLiteral("sent")).toInt(), 1);
        const QJsonArray open = training.value(QStringLiteral("open_rows")).toArray();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).toObject().value(QStringLiteral("client_ref_id")).toString(),
                 QStringLiteral("SAATHIBUNDLE0001"));
        QCOMPARE(open.at(0).toObject().value(QStringLiteral("amount_paise")).toInt(), 250000);
        QVERIFY(!journals.at(1).toObject().value(QStringLiteral("exists")).toBool()); // not created by looking
        QVERIFY(!QFile::exists(journal::JournalPaths::forEnvironment(base, EkoEnvironment::Uat)));
        const QJsonArray logs = bundle.value(QStringLiteral("logs")).toArray();
        QCOMPARE(logs.size(), 1);
        const QJsonArray lines = logs.at(0).toObject().value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).toString().contains(QStringLiteral("XXXXXXXX")), qPrintable(lines.at(0).toString()));
    }

    void theSecretKeyRuleKeepsPathsAndDropsKeys()
    {
        QVERIFY(support::isSecretSettingsKey(QStringLiteral("kiosk/supervisor_pin_hash")));
        QVERIFY(support::isSecretSettingsKey(QStringLiteral("eko/production/developer_key")));
        QVERIFY(support::isSecretSettingsKey(QStringLiteral("customer/token_key")));
        QVERIFY(!support::isSecretSettingsKey(QStringLiteral("eko/production/aadhaar_public_key_file")));
        QVERIFY(!support::isSecretSettingsKey(QStringLiteral("eko/uat/base_url")));
        QVERIFY(!support::isSecretSettingsKey(QStringLiteral("kiosk/idle_lock_minutes")));
    }
};

QTEST_GUILESS_MAIN(TestCliSupportBundle)
#include "TestCliSupportBundle.moc"
