// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Setting an agent up from a terminal: saathi-cli agent onboard → activate aeps (multipart with three documents,
// the Aadhaar from stdin) → activate service / deactivate, against an Eko sandbox this test runs in-process over
// loopback HTTP; nothing is sent when a local check fails; the connection options work before or after the command.
#include "TestKeys.h"
#include "sandbox/eko/EkoSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;

namespace {
struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray out;
    QByteArray err;
};

const QByteArray kJpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(2048, 'j');
} // namespace

class TestCliAgentSetup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.listen(0));
        m_config = writeConfig(QStringLiteral("partner"), QStringLiteral("20810200"));
        m_noAgent = writeConfig(QStringLiteral("no-agent"), QString()); // a partner before its first agent
        m_pan = writeFile(QStringLiteral("pan.jpg"), kJpeg);
        m_front = writeFile(QStringLiteral("front.jpg"), kJpeg);
        m_back = writeFile(QStringLiteral("back.pdf"), QByteArray("%PDF-1.4\n") + QByteArray(1024, 'p'));
    }

    // `saathi-cli --config F agent services` and `saathi-cli agent services --config=F`: the same call.
    void connectionOptionsGoBeforeOrAfterTheCommand()
    {
        const Run after = cli({QStringLiteral("agent"), QStringLiteral("services"), QStringLiteral("--config"),
                               m_config, QStringLiteral("--insecure-loopback")});
        QVERIFY2(after.exitCode == 0, after.err.constData());
        const Run before = cli({QStringLiteral("--config"), m_config, QStringLiteral("--insecure-loopback"),
                                QStringLiteral("agent"), QStringLiteral("services")});
        QVERIFY2(before.exitCode == 0, before.err.constData());
        const Run equals
            = cli({QStringLiteral("--config=") + m_config, QStringLiteral("agent"), QStringLiteral("services"),
                   QStringLiteral("--insecure-loopback"), QStringLiteral("--timeout=10")});
        QVERIFY2(equals.exitCode == 0, equals.err.constData());
        const QJsonArray services
            = after.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("services")).toArray();
        QVERIFY(!services.isEmpty());
        QCOMPARE(before.json.value(QStringLiteral("result")), after.json.value(QStringLiteral("result")));
        QCOMPARE(equals.json.value(QStringLiteral("result")), after.json.value(QStringLiteral("result")));
        // Between the group and its sub-command as well.
        const Run between = cli({QStringLiteral("agent"), QStringLiteral("--config"), m_config,
                                 QStringLiteral("services"), QStringLiteral("--insecure-loopback")});
        QVERIFY2(between.exitCode == 0, between.err.constData());
        // Before the command, --config really is the one used: a missing file fails as usage, nothing sent.
        const int sent = int(m_sandbox.requestLog().size());
        const Run missing = cli({QStringLiteral("--config"), m_dir.filePath(QStringLiteral("none.json")),
                                 QStringLiteral("agent"), QStringLiteral("services")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("none.json"), missing.err.constData());
        QCOMPARE(int(m_sandbox.requestLog().size()), sent);
    }

    void onboardActivateAndDeactivate()
    {
        // Onboard: Eko creates the agent and its user_code.
        Run r = cli(onboardArgs(QStringLiteral("9812300077")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString userCode
            = r.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("user_code")).toString();
        QVERIFY2(!userCode.isEmpty(), r.out.constData());
        QVERIFY(m_sandbox.agent(userCode).has_value());
        QCOMPARE(m_sandbox.agent(userCode)->shopName, QStringLiteral("Meena General Store"));
        // The same mobile again: Eko says the user exists (exit 1, the operation failed).
        r = cli(onboardArgs(QStringLiteral("9812300077")));
        QCOMPARE(r.exitCode, 1);
        // Only onboarding goes without a user_code.
        r = cli({QStringLiteral("agent"), QStringLiteral("services"), QStringLiteral("--config"), m_noAgent,
                 QStringLiteral("--insecure-loopback")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("\"user_code\""), r.err.constData());

        const QString agentConfig = writeConfig(QStringLiteral("agent"), userCode);
        // AePS with its documents; the agent's Aadhaar comes from stdin and is never printed.
        r = cli(activateAepsArgs(agentConfig), QByteArray(test::kTestAadhaar) + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.value(QStringLiteral("response_type_id")).toInt(), 1259);
        QCOMPARE(r.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("service_code")).toString(),
                 QStringLiteral("43"));
        QVERIFY(!r.out.contains(test::kTestAadhaar) && !r.err.contains(test::kTestAadhaar));
        QCOMPARE(int(m_sandbox.agent(userCode)->services.value(43).status), 2); // pending approval

        // Any service by its code, then off again.
        r = cli({QStringLiteral("agent"), QStringLiteral("activate"), QStringLiteral("service"), QStringLiteral("39"),
                 QStringLiteral("--config"), agentConfig, QStringLiteral("--insecure-loopback")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(m_sandbox.agent(userCode)->services.contains(39));
        QVERIFY(m_sandbox.agent(userCode)->services.value(39).status != sandbox::ServiceStatus::Deactivated);
        r = cli({QStringLiteral("agent"), QStringLiteral("deactivate"), QStringLiteral("39"),
                 QStringLiteral("--config"), agentConfig, QStringLiteral("--insecure-loopback")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(int(m_sandbox.agent(userCode)->services.value(39).status), int(sandbox::ServiceStatus::Deactivated));
        const Run services = cli({QStringLiteral("agent"), QStringLiteral("services"), QStringLiteral("--config"),
                                  agentConfig, QStringLiteral("--insecure-loopback")});
        QVERIFY2(services.exitCode == 0, services.err.constData());
        bool seen = false;
        for (const QJsonValue& v :
             services.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("services")).toArray()) {
            if (v.toObject().value(QStringLiteral("service_code")).toString() == QLatin1String("39")) {
                seen = true;
                QCOMPARE(v.toObject().value(QStringLiteral("status")).toInt(), 0);
            }
        }
        QVERIFY(seen);
    }

    void localChecksFailBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("message");
        const QByteArray aadhaar = QByteArray(test::kTestAadhaar) + '\n';
        const QString png
            = writeFile(QStringLiteral("pan.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'x'));
        const QString big = writeFile(QStringLiteral("big.jpg"), kJpeg + QByteArray(1024 * 1024, 'b'));
        QStringList args = activateAepsArgs(m_config);
        const auto with = [&args](const QString& option, const QString& value) {
            QStringList out = args;
            out[out.indexOf(option) + 1] = value;
            return out;
        };
        QTest::newRow("png") << with(QStringLiteral("--pan-card"), png) << aadhaar << QByteArray("--pan-card");
        QTest::newRow("1 MB") << with(QStringLiteral("--aadhaar-front"), big) << aadhaar
                              << QByteArray("--aadhaar-front");
        QTest::newRow("missing file") << with(QStringLiteral("--aadhaar-back"),
                                              m_dir.filePath(QStringLiteral("no.pdf")))
                                      << aadhaar << QByteArray("--aadhaar-back");
        QTest::newRow("ifsc") << with(QStringLiteral("--ifsc"), QStringLiteral("SBIN12")) << aadhaar
                              << QByteArray("--ifsc");
        QTest::newRow("pin") << with(QStringLiteral("--pin"), QStringLiteral("12")) << aadhaar << QByteArray("--pin");
        QTest::newRow("state id") << with(QStringLiteral("--state-id"), QStringLiteral("KA")) << aadhaar
                                  << QByteArray("--state-id");
        QTest::newRow("shop type") << with(QStringLiteral("--shop-type"), QStringLiteral("grocery")) << aadhaar
                                   << QByteArray("--shop-type");
        QTest::newRow("aadhaar") << args << QByteArray("123412341234\n") << QByteArray("--aadhaar");
        QTest::newRow("aadhaar on the command line")
            << with(QStringLiteral("--aadhaar"), QString::fromLatin1(test::kTestAadhaar)) << QByteArray()
            << QByteArray("--aadhaar");
        QStringList onboard = onboardArgs(QStringLiteral("9812300078"));
        onboard[onboard.indexOf(QStringLiteral("--pan")) + 1] = QStringLiteral("ABC");
        QTest::newRow("onboard pan") << onboard << QByteArray() << QByteArray("--pan");
        onboard = onboardArgs(QStringLiteral("98123"));
        QTest::newRow("onboard mobile") << onboard << QByteArray() << QByteArray("--mobile");
        QTest::newRow("service code") << QStringList {QStringLiteral("agent"),
                                                      QStringLiteral("deactivate"),
                                                      QStringLiteral("aeps"),
                                                      QStringLiteral("--config"),
                                                      m_config,
                                                      QStringLiteral("--insecure-loopback")}
                                      << QByteArray() << QByteArray("service code");
    }

    void localChecksFailBeforeAnythingIsSent()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, message);
        const int before = int(m_sandbox.requestLog().size());
        const Run r = cli(args, input);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.contains(test::kTestAadhaar));
        QCOMPARE(int(m_sandbox.requestLog().size()), before);
    }

private:
    QStringList onboardArgs(const QString& mobile) const
    {
        return {QStringLiteral("agent"),
                QStringLiteral("onboard"),
                QStringLiteral("--mobile"),
                mobile,
                QStringLiteral("--first-name"),
                QStringLiteral("Meena"),
                QStringLiteral("--last-name"),
                QStringLiteral("Kumari"),
                QStringLiteral("--email"),
                QStringLiteral("meena@example.com"),
                QStringLiteral("--dob"),
                QStringLiteral("1990-04-12"),
                QStringLiteral("--pan"),
                QStringLiteral("ABCPK1234L"),
                QStringLiteral("--shop-name"),
                QStringLiteral("Meena General Store"),
                QStringLiteral("--address"),
                QStringLiteral("12 Gandhi Road"),
                QStringLiteral("--city"),
                QStringLiteral("Jaipur"),
                QStringLiteral("--state"),
                QStringLiteral("Rajasthan"),
                QStringLiteral("--pin"),
                QStringLiteral("302001"),
                QStringLiteral("--config"),
                m_noAgent,
                QStringLiteral("--insecure-loopback")};
    }

    QStringList activateAepsArgs(const QString& config) const
    {
        return {QStringLiteral("agent"),
                QStringLiteral("activate"),
                QStringLiteral("aeps"),
                QStringLiteral("--model-name"),
                QStringLiteral("MSO 1300 E3"),
                QStringLiteral("--device-number"),
                QStringLiteral("2231I123456"),
                QStringLiteral("--account"),
                QStringLiteral("123456789012"),
                QStringLiteral("--ifsc"),
                QStringLiteral("SBIN0001234"),
                QStringLiteral("--shop-type"),
                QStringLiteral("5411"),
                QStringLiteral("--aadhaar"),
                QStringLiteral("-"),
                QStringLiteral("--address"),
                QStringLiteral("12 Gandhi Road"),
                QStringLiteral("--city"),
                QStringLiteral("Bengaluru"),
                QStringLiteral("--state"),
                QStringLiteral("Karnataka"),
                QStringLiteral("--state-id"),
                QStringLiteral("12"),
                QStringLiteral("--pin"),
                QStringLiteral("560001"),
                QStringLiteral("--pan-card"),
                m_pan,
                QStringLiteral("--aadhaar-front"),
                m_front,
                QStringLiteral("--aadhaar-back"),
                m_back,
                QStringLiteral("--config"),
                config,
                QStringLiteral("--insecure-loopback")};
    }

    QString writeFile(const QString& name, const QByteArray& content) const
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly)) {
            return {};
        }
        f.write(content);
        return f.fileName();
    }

    QString writeConfig(const QString& name, const QString& userCode) const
    {
        const auto& partner = m_sandbox.config().partner;
        QJsonObject c {{QStringLiteral("base_url"), m_sandbox.baseUrl().toString()},
                       {QStringLiteral("developer_key"), partner.developerKey},
                       {QStringLiteral("access_key"), partner.accessKey},
                       {QStringLiteral("initiator_id"), partner.initiatorId},
                       {QStringLiteral("latlong"), QStringLiteral("12.9716,77.5946")},
                       {QStringLiteral("environment"), QStringLiteral("training")}};
        if (!userCode.isEmpty()) {
            c.insert(QStringLiteral("user_code"), userCode);
        }
        return writeFile(name + QStringLiteral(".json"), QJsonDocument(c).toJson());
    }

    Run cli(const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        p.start(qEnvironmentVariable("SAATHI_CLI"), args);
        p.write(input);
        p.closeWriteChannel();
        QSignalSpy done(&p, &QProcess::finished);
        if (!done.wait(30000)) { // the sandbox answers on this thread's event loop meanwhile
            p.kill();
            p.waitForFinished();
            return Run {-3, {}, {}, "timed out: " + p.readAllStandardError()};
        }
        const QByteArray out = p.readAllStandardOutput();
        return Run {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QJsonDocument::fromJson(out).object(),
                    out, p.readAllStandardError()};
    }

    QTemporaryDir m_dir;
    sandbox::EkoSandbox m_sandbox;
    QString m_config;
    QString m_noAgent;
    QString m_pan;
    QString m_front;
    QString m_back;
};

QTEST_GUILESS_MAIN(TestCliAgentSetup)
#include "TestCliAgentSetup.moc"
