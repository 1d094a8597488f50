// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// saathi-cli applies the app's capture quality gate (issue #18): a weak capture from the RD service is dropped before
// anything is journaled or sent — exit 1, the figures and the coach on stderr — and the vendor's threshold comes from
// the app's settings file ($SAATHI_SETTINGS_PATH), as in the app.
#include "TestKeys.h"
#include "core/agent/AgentSession.h"
#include "core/util/Clock.h"
#include "sandbox/eko/EkoSandbox.h"
#include "sandbox/rd/RdSimulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;

class TestCliQualityGate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.listen(0));
        m_simulator.setCaptureDelayMs(20);
        QVERIFY(m_simulator.listen(0));
        QVERIFY(m_simulator.setProfile(QStringLiteral("mantra-mfs110")));
        QFile key(m_dir.filePath(QStringLiteral("sandbox.pem")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(sandbox::EkoSandbox::aadhaarPublicKeyPem());
        key.close();
        const auto& partner = m_sandbox.config().partner;
        const QJsonObject c {{QStringLiteral("base_url"), m_sandbox.baseUrl().toString()},
                             {QStringLiteral("developer_key"), partner.developerKey},
                             {QStringLiteral("access_key"), partner.accessKey},
                             {QStringLiteral("initiator_id"), partner.initiatorId},
                             {QStringLiteral("user_code"), QStringLiteral("20810200")},
                             {QStringLiteral("latlong"), QStringLiteral("28.6139,77.2090")},
                             {QStringLiteral("environment"), QStringLiteral("training")},
                             {QStringLiteral("aadhaar_public_key_file"), key.fileName()}};
        QFile config(m_dir.filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QJsonDocument(c).toJson());
        m_config = config.fileName();
    }

    void aWeakCaptureIsNeitherJournaledNorSent()
    {
        m_simulator.armNextCaptureQuality(20);
        const auto [exitCode, err] = withdraw(m_dir.filePath(QStringLiteral("none.ini")));
        QCOMPARE(exitCode, 1);
        QVERIFY2(err.contains("Quality 20 of the 45 needed."), err.constData());
        QVERIFY2(err.contains("Clean and dry the finger"), err.constData());
        QCOMPARE(m_simulator.requestCount("CAPTURE"), 1);
        QCOMPARE(moneyRequests(), 0);
        QVERIFY(!QFile::exists(m_db)); // nothing journaled: the journal was never even opened
    }

    void theVendorsThresholdInTheSettingsFileApplies()
    {
        const QString ini = m_dir.filePath(QStringLiteral("counter.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            settings.setValue(QStringLiteral("capture/min_quality/mantra"), QStringLiteral("15,10"));
        }
        m_simulator.armNextCaptureQuality(20);
        const auto [exitCode, err] = withdraw(ini);
        QVERIFY2(exitCode != 2 && !err.contains("Quality 20"), err.constData()); // Eko's answer decides the exit
        QCOMPARE(moneyRequests(), 1); // 20 is enough for this counter's Mantra: it was sent
        QVERIFY(QFile::exists(m_db));
    }

private:
    std::pair<int, QByteArray> withdraw(const QString& settingsFile)
    {
        {
            // The agent's eKYC and today's login, as the app records them: the pre-flight step lets it through.
            QSettings settings(settingsFile, QSettings::IniFormat);
            agent::AgentSession session(settings, SystemClock::instance(), EkoEnvironment::Training,
                                        QStringLiteral("20810200"));
            session.markEkycCompleted();
            session.recordDailyLoginSuccess();
        }
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SAATHI_SETTINGS_PATH"), settingsFile);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("SAATHI_CLI"),
                {QStringLiteral("aeps"), QStringLiteral("withdraw"), QStringLiteral("--customer-mobile"),
                 QStringLiteral("9876543210"), QStringLiteral("--bank"), QStringLiteral("SBIN"),
                 QStringLiteral("--aadhaar"), QStringLiteral("-"), QStringLiteral("--amount"), QStringLiteral("2500"),
                 QStringLiteral("--config"), m_config, QStringLiteral("--db"), m_db,
                 QStringLiteral("--insecure-loopback"), QStringLiteral("--rd-port"),
                 QString::number(m_simulator.serverPort())});
        p.write(QByteArray(test::kTestAadhaar) + '\n');
        p.closeWriteChannel();
        QSignalSpy done(&p, &QProcess::finished);
        if (!done.wait(30000)) { // the sandbox and the simulator answer on this thread's event loop meanwhile
            p.kill();
            p.waitForFinished();
            return {-3, "timed out: " + p.readAllStandardError()};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardError()};
    }

    int moneyRequests() const
    {
        int n = 0;
        for (const auto& e : m_sandbox.requestLog()) {
            n += e.path.contains(QLatin1String("cash-withdrawl")) ? 1 : 0;
        }
        return n;
    }

    QTemporaryDir m_dir;
    sandbox::EkoSandbox m_sandbox;
    sandbox::rd::RdSimulator m_simulator;
    QString m_config;
    QString m_db = m_dir.filePath(QStringLiteral("journal.sqlite"));
};

QTEST_GUILESS_MAIN(TestCliQualityGate)
#include "TestCliQualityGate.moc"
