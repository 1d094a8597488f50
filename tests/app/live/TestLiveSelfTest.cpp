// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// `saathi --self-test` outside training tells the truth about the configured environment: exit 0 only when that
// Eko answers a signed services enquiry and a READY RD service is on 11100–11120; non-zero with the reason when
// the Eko is down, the access key is wrong (the message names the 403) or no device answers. Runs the real GUI
// binary against the out-of-process stand-ins, with credentials in a real keychain (tests/support/with-keyring.sh).
#include "LiveStandIns.h"
#include "core/secrets/EkoCredentialStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/AgentProfile.h"
#include "core/settings/AppSettings.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;
using saathi::test::LiveStandIns;

namespace {
struct SelfTest
{
    int exitCode = -1;
    QString output;
};
} // namespace

class TestLiveSelfTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (LiveStandIns::deviceRangeBusy()) {
            QSKIP("An RD service already listens on 127.0.0.1:11100-11120; stop it to run the production-path tests.");
        }
        QVERIFY(m_standIns.start());
        m_ini = m_dir.filePath(QStringLiteral("counter.ini"));
        m_standIns.provisionSettings(m_ini);
        QSettings settings(m_ini, QSettings::IniFormat);
        QVERIFY(AppSettings(settings).setLatLong(QStringLiteral("12.9716,77.5946")).isNull());
        const AgentProfile profile {QStringLiteral("Lakshmi Rao"), QStringLiteral("Sri Lakshmi Stores"),
                                    QStringLiteral("12 MG Road, Bengaluru 560001"), QStringLiteral("9845012345")};
        QVERIFY(profile.save(settings, EkoEnvironment::Uat).isNull());
        settings.sync();
        saveCredentials(QLatin1String(LiveStandIns::kAccessKey));
    }

    void passesAgainstTheStandIns()
    {
        const SelfTest r = selfTest();
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("Eko: connected")), qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("ready (port %1)").arg(m_standIns.devicePort())),
                 qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("eKYC still to do")), qPrintable(r.output)); // reported, not failed
    }

    void failsOnAWrongAccessKeyAndNamesThe403()
    {
        saveCredentials(QStringLiteral("00000000-0000-4000-8000-wrongkey0000"));
        const SelfTest r = selfTest();
        saveCredentials(QLatin1String(LiveStandIns::kAccessKey));
        QVERIFY2(r.exitCode != 0, qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("403")), qPrintable(r.output));
    }

    void failsWithoutADevice()
    {
        m_standIns.stopDevice();
        const SelfTest r = selfTest();
        QVERIFY(m_standIns.startDevice());
        QVERIFY2(r.exitCode != 0, qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("Fingerprint device: not found")), qPrintable(r.output));
    }

    void failsWhenEkoIsDown()
    {
        m_standIns.stopEko();
        const SelfTest r = selfTest();
        QVERIFY2(r.exitCode != 0, qPrintable(r.output));
        QVERIFY2(!r.output.contains(QStringLiteral("Eko: connected")), qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("Eko: ")), qPrintable(r.output));
    }

private:
    void saveCredentials(const QString& accessKey)
    {
        KeychainSecretStore keychain;
        bool done = false;
        Error failure;
        EkoCredentialStore(keychain).save(EkoEnvironment::Uat,
                                          {QLatin1String(LiveStandIns::kDeveloperKey), accessKey,
                                           QLatin1String(LiveStandIns::kInitiatorId), QStringLiteral("20810200")},
                                          this, [&](const Error& e) {
                                              failure = e;
                                              done = true;
                                          });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(failure.isNull(), qPrintable(failure.detail));
    }

    SelfTest selfTest()
    {
        QProcess app;
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start(qEnvironmentVariable("SAATHI_APP"),
                  {QStringLiteral("--self-test"), QStringLiteral("--settings"), m_ini, QStringLiteral("--journal"),
                   m_dir.filePath(QStringLiteral("journal.sqlite"))});
        if (!app.waitForFinished(60000)) {
            app.kill();
            app.waitForFinished();
            return {-3, QString::fromUtf8(app.readAll())};
        }
        return {app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -2, QString::fromUtf8(app.readAll())};
    }

    QTemporaryDir m_dir;
    LiveStandIns m_standIns;
    QString m_ini;
};

QTEST_GUILESS_MAIN(TestLiveSelfTest)
#include "TestLiveSelfTest.moc"
