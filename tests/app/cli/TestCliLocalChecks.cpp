// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Nothing is journaled before every local check has passed (issue #13): the typed input, the Eko address, the
// Aadhaar key, the bank against Eko's list and the PID file. Each refusal leaves no journal row (the --db file is
// never even created), exits 1 or 2 with one clear line, and sends no money request.
#include "CliAgentLogin.h"
#include "TestKeys.h"
#include "sandbox/common/SimulatedPid.h"
#include "sandbox/eko/EkoSandbox.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;

namespace {
struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray err;
};

const QByteArray kAadhaarLine = QByteArray(test::kTestAadhaar) + '\n';
} // namespace

class TestCliLocalChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.listen(0));
        QFile key(m_dir.filePath(QStringLiteral("sandbox.pem")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(sandbox::EkoSandbox::aadhaarPublicKeyPem());
        m_key = key.fileName();
        m_good = writeConfig(QStringLiteral("good"), m_sandbox.baseUrl().toString(), true);
        // The agent's eKYC and today's login, as the counter (issue #18: the pre-flight step) and the bank know them.
        test::recordAgentState(true);
        m_sandbox.markEkycDone(QStringLiteral("20810200"), QStringLiteral("999977788890"));
        m_sandbox.markDailyKycDone(QStringLiteral("20810200"));
    }

    void badInputIsRefusedBeforeTheJournal_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QByteArray>("message");
        const QString huge(100 * 1024, QLatin1Char('A'));
        const QByteArray bank("--bank is the bank's short code");
        const QByteArray ref("--client-ref-id is 1 to 20");
        QTest::newRow("bank 100 KB") << QStringList {QStringLiteral("--bank"), huge} << bank;
        QTest::newRow("bank Devanagari") << QStringList {QStringLiteral("--bank"), QStringLiteral("एसबीआई")} << bank;
        QTest::newRow("bank SQL") << QStringList {QStringLiteral("--bank"), QStringLiteral("SBIN'; DROP TABLE tx;--")}
                                  << bank;
        QTest::newRow("ref 100 KB") << QStringList {QStringLiteral("--client-ref-id"), huge} << ref;
        QTest::newRow("ref 21 characters")
            << QStringList {QStringLiteral("--client-ref-id"), QString(21, QLatin1Char('a'))} << ref;
        QTest::newRow("ref Devanagari") << QStringList {QStringLiteral("--client-ref-id"), QStringLiteral("संदर्भ१२३")}
                                        << ref;
        QTest::newRow("ref SQL") << QStringList {QStringLiteral("--client-ref-id"), QStringLiteral("1' OR '1'='1")}
                                 << ref;
    }

    void badInputIsRefusedBeforeTheJournal()
    {
        QFETCH(QStringList, extra);
        QFETCH(QByteArray, message);
        const int before = moneyRequests();
        QStringList args = withdraw(m_good);
        // the later value wins in QCommandLineParser::value(); keep the defaults first
        const Run r = cli(args + extra, kAadhaarLine);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.left(300).constData());
        QVERIFY2(!QFile::exists(m_db), "a journal row was written");
        QCOMPARE(moneyRequests(), before);
    }

    void badConfigurationIsRefusedBeforeTheJournal_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no Aadhaar key") << m_sandbox.baseUrl().toString() << false
                                        << QByteArray("no Aadhaar public key");
        QTest::newRow("not a URL") << QStringLiteral("::not a url") << true << QByteArray("not a valid URL");
        QTest::newRow("plain remote") << QStringLiteral("http://staging.eko.in/ekoapi") << true
                                      << QByteArray("is not https://");
    }

    void badConfigurationIsRefusedBeforeTheJournal()
    {
        QFETCH(QString, baseUrl);
        QFETCH(bool, withKey);
        QFETCH(QByteArray, message);
        const int before = moneyRequests();
        const Run r
            = cli(withdraw(writeConfig(QString::fromLatin1(QTest::currentDataTag()), baseUrl, withKey)), kAadhaarLine);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY2(!QFile::exists(m_db), "a journal row was written");
        QCOMPARE(moneyRequests(), before);
    }

    void aBankEkoDoesNotListIsRefused()
    {
        QStringList args = withdraw(m_good);
        args[args.indexOf(QStringLiteral("SBIN"))] = QStringLiteral("ZZZZ");
        const Run r = cli(args, kAadhaarLine);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not in Eko's bank list"), r.err.constData());
        QVERIFY(!QFile::exists(m_db));
    }

    void aFailedOrHostilePidFileIsRefused_data()
    {
        QTest::addColumn<QByteArray>("pid");
        const QByteArray good = sandbox::simulatedPidXml(QDateTime::currentDateTime());
        QTest::newRow("errCode 720") << sandbox::simulatedPidXml(QDateTime::currentDateTime(), {},
                                                                 QStringLiteral("720"));
        QTest::newRow("DTD") << QByteArray("<!DOCTYPE PidData [<!ENTITY a \"aaaaaaaa\">]>") + good;
        QTest::newRow("over 64 KiB") << good + QByteArray(64 * 1024, ' ');
    }

    void aFailedOrHostilePidFileIsRefused()
    {
        QFETCH(QByteArray, pid);
        const int before = moneyRequests();
        const Run r = cli(withdraw(m_good) << QStringLiteral("--pid-file") << writeFile(QStringLiteral("pid.xml"), pid),
                          kAadhaarLine);
        QVERIFY2(r.exitCode == 1 || r.exitCode == 2, r.err.constData());
        QVERIFY2(r.err.contains("--pid-file"), r.err.constData());
        QVERIFY(!QFile::exists(m_db));
        QCOMPARE(moneyRequests(), before);
    }

    // The control: the same command with a good PID file is journaled (whatever Eko then says).
    void aGoodPidFileIsJournaled()
    {
        const Run r = cli(withdraw(m_good) << QStringLiteral("--pid-file")
                                           << writeFile(QStringLiteral("pid.xml"),
                                                        sandbox::simulatedPidXml(QDateTime::currentDateTime())),
                          kAadhaarLine);
        QVERIFY2(r.exitCode != 2, r.err.constData());
        QVERIFY(
            !r.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("journal_state")).isUndefined());
        QVERIFY(QFile::exists(m_db));
        QFile::remove(m_db);
    }

    // Issue #13: one copy of the number from the read to the cipher. While the CLI waits for the fingerprint
    // device (the number read and validated, the request not yet built), its memory holds the 12 digits once, in
    // the SecureBytes, and never as UTF-16 (a QString copy).
    void theNumberSitsInMemoryOnceWhileTheFingerIsAwaited()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc/PID/mem");
#else
        QTcpServer silentRd; // accepts the RD probe and never answers: the CLI waits in discovery
        QVERIFY(silentRd.listen(QHostAddress::LocalHost, 0));
        QStringList args = withdraw(m_good);
        args[args.indexOf(QStringLiteral("--rd-port")) + 1] = QString::number(silentRd.serverPort());
        QProcess p;
        p.start(qEnvironmentVariable("SAATHI_CLI"), args);
        p.write(kAadhaarLine);
        p.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(silentRd.hasPendingConnections(), 20000);
        const QByteArray ascii(test::kTestAadhaar);
        QByteArray utf16;
        for (const char c : ascii) {
            utf16.append(c).append('\0');
        }
        const auto counts = scanMemory(p.processId(), {ascii, utf16});
        p.kill();
        p.waitForFinished();
        QVERIFY2(counts.size() == 2, "could not read the child's memory");
        qInfo("the 12 digits in the waiting CLI's memory: %d as ASCII, %d as UTF-16", counts.at(0), counts.at(1));
        QCOMPARE(counts.at(1), 0); // no QString copy
        QVERIFY2(counts.at(0) <= 1, qPrintable(QStringLiteral("%1 ASCII copies").arg(counts.at(0))));
#endif
    }

private:
    // Occurrences of each needle in the writable mappings (heap, stacks, data) of process `pid`.
    static QList<int> scanMemory(qint64 pid, const QList<QByteArray>& needles)
    {
        QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
        QFile mem(QStringLiteral("/proc/%1/mem").arg(pid));
        if (!maps.open(QIODevice::ReadOnly) || !mem.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            return {};
        }
        QList<int> counts(needles.size(), 0);
        for (const QByteArray& line : maps.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 2 || !fields.at(1).startsWith("rw")) {
                continue;
            }
            const QList<QByteArray> range = fields.at(0).split('-');
            const qint64 from = range.value(0).toLongLong(nullptr, 16);
            const qint64 to = range.value(1).toLongLong(nullptr, 16);
            if (to <= from || to - from > qint64(1) << 30 || !mem.seek(from)) {
                continue;
            }
            const QByteArray bytes = mem.read(to - from);
            for (int i = 0; i < needles.size(); ++i) {
                for (qsizetype at = bytes.indexOf(needles.at(i)); at >= 0; at = bytes.indexOf(needles.at(i), at + 1)) {
                    ++counts[i];
                }
            }
        }
        return counts;
    }

    QStringList withdraw(const QString& config) const
    {
        return {QStringLiteral("aeps"),
                QStringLiteral("withdraw"),
                QStringLiteral("--customer-mobile"),
                QStringLiteral("9876543210"),
                QStringLiteral("--bank"),
                QStringLiteral("SBIN"),
                QStringLiteral("--aadhaar"),
                QStringLiteral("-"),
                QStringLiteral("--amount"),
                QStringLiteral("2500"),
                QStringLiteral("--config"),
                config,
                QStringLiteral("--db"),
                m_db,
                QStringLiteral("--insecure-loopback"),
                QStringLiteral("--rd-port"),
                QStringLiteral("1")};
    }

    int moneyRequests() const
    {
        int n = 0;
        for (const auto& e : m_sandbox.requestLog()) {
            n += e.path.contains(QLatin1String("cash-withdrawl")) ? 1 : 0;
        }
        return n;
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly)) {
            return {};
        }
        f.write(bytes);
        return f.fileName();
    }

    QString writeConfig(const QString& name, const QString& baseUrl, bool withKey)
    {
        const auto& partner = m_sandbox.config().partner;
        QJsonObject c {{QStringLiteral("base_url"), baseUrl},
                       {QStringLiteral("developer_key"), partner.developerKey},
                       {QStringLiteral("access_key"), partner.accessKey},
                       {QStringLiteral("initiator_id"), partner.initiatorId},
                       {QStringLiteral("user_code"), QStringLiteral("20810200")},
                       {QStringLiteral("latlong"), QStringLiteral("28.6139,77.2090")},
                       {QStringLiteral("environment"), QStringLiteral("training")}};
        if (withKey) {
            c.insert(QStringLiteral("aadhaar_public_key_file"), m_key);
        }
        return writeFile(name + QStringLiteral(".json"), QJsonDocument(c).toJson());
    }

    Run cli(const QStringList& args, const QByteArray& input)
    {
        QProcess p;
        p.start(qEnvironmentVariable("SAATHI_CLI"), args);
        p.write(input);
        p.closeWriteChannel();
        QSignalSpy done(&p, &QProcess::finished);
        if (!done.wait(30000)) { // the sandbox answers on this thread's event loop meanwhile
            p.kill();
            p.waitForFinished();
            return Run {-3, {}, "timed out: " + p.readAllStandardError()};
        }
        const QByteArray out = p.readAllStandardOutput();
        if (out.contains(test::kTestAadhaar)) {
            return Run {-9, {}, "an Aadhaar number was printed"};
        }
        return Run {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QJsonDocument::fromJson(out).object(),
                    p.readAllStandardError()};
    }

    QTemporaryDir m_dir;
    sandbox::EkoSandbox m_sandbox;
    QString m_key;
    QString m_good;
    QString m_db = m_dir.filePath(QStringLiteral("journal.sqlite"));
};

QTEST_GUILESS_MAIN(TestCliLocalChecks)
#include "TestCliLocalChecks.moc"
