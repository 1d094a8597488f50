// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// What an integrator or support engineer does from a terminal: the agent's eKYC, daily KYC and a customer's cash
// withdrawal through saathi-cli, against the standalone sandbox executables, capturing from the simulated device.
#include "CliRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray err;
};
} // namespace

class TestCliAepsJourney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The Eko sandbox on a free port: its first line is {"base_url": …}.
        m_eko.start(qEnvironmentVariable("SAATHI_EKO_SANDBOX"), {QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(m_eko.waitForReadyRead(20000));
        QByteArray first = m_eko.readAll();
        while (!first.contains('}') && m_eko.waitForReadyRead(5000)) {
            first += m_eko.readAll();
        }
        const QString baseUrl = QJsonDocument::fromJson(first.left(first.indexOf('}') + 1))
                                    .object()
                                    .value(QStringLiteral("base_url"))
                                    .toString();
        QVERIFY2(baseUrl.startsWith(QLatin1String("http://127.0.0.1:")), first.constData());

        QProcess key;
        key.start(qEnvironmentVariable("SAATHI_EKO_SANDBOX"), {QStringLiteral("--print-public-key")});
        QVERIFY(key.waitForFinished(20000));
        QFile keyFile(m_dir.filePath(QStringLiteral("sandbox.pem")));
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.write(key.readAllStandardOutput());
        keyFile.close();

        QFile config(m_dir.filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QJsonDocument(
                QJsonObject {{QStringLiteral("base_url"), baseUrl},
                             {QStringLiteral("developer_key"), QStringLiteral("becbbce45f79c6f5109f848acd540567")},
                             {QStringLiteral("access_key"), QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30")},
                             {QStringLiteral("initiator_id"), QStringLiteral("9962981729")},
                             {QStringLiteral("user_code"), QStringLiteral("20810200")},
                             {QStringLiteral("latlong"), QStringLiteral("28.6139,77.2090")},
                             {QStringLiteral("aadhaar_public_key_file"), keyFile.fileName()}})
                .toJson());
        config.close();
        m_config = config.fileName();

        // The simulated fingerprint device on a free port; it says where.
        m_rd.start(qEnvironmentVariable("SAATHI_RD_SANDBOX"), {QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(m_rd.waitForReadyRead(20000));
        const QString line = QString::fromUtf8(m_rd.readAllStandardOutput());
        const auto m = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)")).match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        m_rdPort = m.captured(1);
    }

    void cleanupTestCase()
    {
        m_eko.kill();
        m_rd.kill();
        m_eko.waitForFinished();
        m_rd.waitForFinished();
    }

    void agentEkycDailyLoginAndAWithdrawal()
    {
        const QByteArray agentAadhaar = "999977788890\n";
        Run r = cli({QStringLiteral("aeps"), QStringLiteral("ekyc-otp"), QStringLiteral("--aadhaar"),
                     QStringLiteral("-"), QStringLiteral("--mobile"), QStringLiteral("9962981729")},
                    agentAadhaar);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject otp = r.json.value(QStringLiteral("result")).toObject();

        r = cli({QStringLiteral("aeps"), QStringLiteral("ekyc-verify"), QStringLiteral("--aadhaar"),
                 QStringLiteral("-"), QStringLiteral("--mobile"), QStringLiteral("9962981729"), QStringLiteral("--otp"),
                 QStringLiteral("123456"), QStringLiteral("--otp-ref-id"),
                 otp.value(QStringLiteral("otp_ref_id")).toString(), QStringLiteral("--reference-tid"),
                 otp.value(QStringLiteral("reference_tid")).toString()},
                agentAadhaar);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject verified = r.json.value(QStringLiteral("result")).toObject();

        // No --pid-file: the CLI captures from the device itself, with wadh for the eKYC biometric.
        r = cli({QStringLiteral("aeps"), QStringLiteral("ekyc-biometric"), QStringLiteral("--aadhaar"),
                 QStringLiteral("-"), QStringLiteral("--mobile"), QStringLiteral("9962981729"),
                 QStringLiteral("--bank"), QStringLiteral("KARB"), QStringLiteral("--otp-ref-id"),
                 verified.value(QStringLiteral("otp_ref_id")).toString(), QStringLiteral("--reference-tid"),
                 verified.value(QStringLiteral("reference_tid")).toString(), QStringLiteral("--rd-port"), m_rdPort},
                agentAadhaar);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.value(QStringLiteral("response_type_id")).toInt(), 1605);

        const QStringList withdraw
            = {QStringLiteral("aeps"),       QStringLiteral("withdraw"),  QStringLiteral("--customer-mobile"),
               QStringLiteral("9876543210"), QStringLiteral("--bank"),    QStringLiteral("SBIN"),
               QStringLiteral("--aadhaar"),  QStringLiteral("-"),         QStringLiteral("--amount"),
               QStringLiteral("2500"),       QStringLiteral("--rd-port"), m_rdPort};
        // Today's daily login first: the pre-flight step (issue #18) stops it before the finger, nothing is sent.
        r = cli(withdraw, "999941057058\n");
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("preflight: daily_login: "), r.err.constData());
        QVERIFY(r.json.isEmpty());

        r = cli({QStringLiteral("aeps"), QStringLiteral("daily-kyc"), QStringLiteral("--aadhaar"), QStringLiteral("-"),
                 QStringLiteral("--mobile"), QStringLiteral("9962981729"), QStringLiteral("--bank"),
                 QStringLiteral("KARB"), QStringLiteral("--rd-port"), m_rdPort},
                agentAadhaar);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = cli(withdraw + QStringList {QStringLiteral("--client-ref-id"), QStringLiteral("CLIJOURNEY1")},
                "999941057058\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject tx = r.json.value(QStringLiteral("result")).toObject();
        QCOMPARE(tx.value(QStringLiteral("amount")).toString(), QStringLiteral("2500"));
        QCOMPARE(tx.value(QStringLiteral("aadhaar")).toString(), QStringLiteral("XXXX XXXX 7058"));
        QVERIFY(!tx.value(QStringLiteral("rrn")).toString().isEmpty());
        QCOMPARE(tx.value(QStringLiteral("journal_state")).toString(), QStringLiteral("success"));

        // The same client_ref_id again (a script retrying blindly): the journal refuses, nothing is sent.
        r = cli(withdraw + QStringList {QStringLiteral("--client-ref-id"), QStringLiteral("CLIJOURNEY1")},
                "999941057058\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("already in the journal"));

        // A capture from the simulated device also serves a balance enquiry.
        r = cli({QStringLiteral("aeps"), QStringLiteral("balance"), QStringLiteral("--customer-mobile"),
                 QStringLiteral("9876543210"), QStringLiteral("--bank"), QStringLiteral("SBIN"),
                 QStringLiteral("--aadhaar"), QStringLiteral("-"), QStringLiteral("--rd-port"), m_rdPort},
                "999941057058\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("customer_balance")).toString(),
                 QStringLiteral("22500"));

        // The connection options before the command (issue #14): the same enquiry, the same answer.
        const saathi::test::CliRun before = saathi::test::runCli(
            {QStringLiteral("--config"), m_config, QStringLiteral("--insecure-loopback"), QStringLiteral("aeps"),
             QStringLiteral("balance"), QStringLiteral("--customer-mobile"), QStringLiteral("9876543210"),
             QStringLiteral("--bank"), QStringLiteral("SBIN"), QStringLiteral("--aadhaar"), QStringLiteral("-"),
             QStringLiteral("--rd-port=") + m_rdPort, QStringLiteral("--db"),
             m_dir.filePath(QStringLiteral("journal.sqlite"))},
            "999941057058\n");
        QVERIFY2(before.exitCode == 0, before.err.constData());
        QCOMPARE(before.json()
                     .value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("customer_balance"))
                     .toString(),
                 QStringLiteral("22500"));

        r = cli({QStringLiteral("tx"), QStringLiteral("inquiry"), QStringLiteral("--client-ref-id"),
                 QStringLiteral("CLIJOURNEY1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("tx_status")).toInt(), 0);
    }

    // The E-value of an agent is asked by the agent's registered mobile (reference §5.4); a mobile Eko does not
    // know is Eko's "not found", and a malformed one never leaves the process.
    void walletBalanceByTheAgentsMobile()
    {
        const QStringList balance = {QStringLiteral("wallet"), QStringLiteral("balance")};
        Run r = cli(balance + QStringList {QStringLiteral("--agent-mobile"), QStringLiteral("9962981729")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(
            !r.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("balance")).toString().isEmpty());
        r = cli(balance + QStringList {QStringLiteral("--agent-mobile"), QStringLiteral("9000000001")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not found") || r.json.toVariantMap().contains(QStringLiteral("error")),
                 r.err.constData());
        r = cli(balance + QStringList {QStringLiteral("--agent-mobile"), QStringLiteral("12345")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--agent-mobile"));
    }

private:
    Run cli(QStringList args, const QByteArray& input = {})
    {
        args << QStringLiteral("--config") << m_config << QStringLiteral("--insecure-loopback"); // plain-HTTP sandbox
        if (args.first() == QLatin1String("aeps")) {
            args << QStringLiteral("--db") << m_dir.filePath(QStringLiteral("journal.sqlite"));
        }
        const saathi::test::CliRun r = saathi::test::runCli(args, input);
        if (r.out.contains("999941057058") || r.out.contains("999977788890")) {
            return Run {-9, {}, "an Aadhaar number was printed"};
        }
        return Run {r.exitCode, r.json(), r.err};
    }

    QTemporaryDir m_dir;
    QProcess m_eko;
    QProcess m_rd;
    QString m_config;
    QString m_rdPort;
};

QTEST_GUILESS_MAIN(TestCliAepsJourney)
#include "TestCliAepsJourney.moc"
