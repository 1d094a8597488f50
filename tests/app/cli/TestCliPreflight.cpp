// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// saathi-cli's pre-flight step (issue #18), against an in-process Eko sandbox and a real keychain (own D-Bus session):
// a stop (no daily login today, the strike guard) exits 5 with its reason and nothing journaled or sent, even with
// --despite-warning; a warning (a bank that answered "not linked" before) exits 5 unless --despite-warning is given;
// without a keychain the per-customer checks are skipped with one note and the command goes on; the CLI's daily
// login is the app's too.
#include "CliAgentLogin.h"
#include "core/agent/AgentSession.h"
#include "sandbox/common/SimulatedPid.h"
#include "sandbox/eko/EkoSandbox.h"
#include "sandbox/eko/Fixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
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

const QString kCustomer = QStringLiteral("999941057058");
const QString kOneBank = QString::fromLatin1(sandbox::fixtures::kOneBankAadhaar); // linked to BARB only
const QString kAgentAadhaar = QString::fromLatin1(sandbox::fixtures::kAgentEkycAadhaar);
const QString kUserCode = QStringLiteral("20810200");
} // namespace

class TestCliPreflight : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The app's settings file, which saathi-cli reads for the agent's standing (inherited by every run).
        qputenv("SAATHI_SETTINGS_PATH", m_dir.filePath(QStringLiteral("saathi.ini")).toUtf8());
        QVERIFY(m_sandbox.listen(0));
        m_sandbox.markEkycDone(kUserCode, kAgentAadhaar);
        m_sandbox.markDailyKycDone(kUserCode);
        const auto& partner = m_sandbox.config().partner;
        QJsonObject c {{QStringLiteral("base_url"), m_sandbox.baseUrl().toString()},
                       {QStringLiteral("developer_key"), partner.developerKey},
                       {QStringLiteral("access_key"), partner.accessKey},
                       {QStringLiteral("initiator_id"), partner.initiatorId},
                       {QStringLiteral("user_code"), kUserCode},
                       {QStringLiteral("latlong"), QStringLiteral("28.6139,77.2090")},
                       {QStringLiteral("environment"), QStringLiteral("training")},
                       {QStringLiteral("aadhaar_public_key_file"),
                        writeFile(QStringLiteral("sandbox.pem"), sandbox::EkoSandbox::aadhaarPublicKeyPem())}};
        m_config = writeFile(QStringLiteral("config.json"), QJsonDocument(c).toJson());
    }

    void init()
    {
        QFile::remove(m_db);
        QSettings(qEnvironmentVariable("SAATHI_SETTINGS_PATH"), QSettings::IniFormat).clear();
    }

    // A CLI withdrawal without today's daily login stops with that reason: nothing journaled, nothing sent. A stop
    // is never overridden by --despite-warning.
    void withoutTodaysLoginTheWithdrawalStopsBeforeTheJournal()
    {
        test::recordAgentState(false);
        const int before = requests(QStringLiteral("cash-withdrawl"));
        for (const bool despite : {false, true}) {
            QStringList args = withdraw(QStringLiteral("SBIN"));
            if (despite) {
                args << QStringLiteral("--despite-warning");
            }
            const Run r = cli(args, kCustomer);
            QCOMPARE(r.exitCode, 5);
            QVERIFY2(r.err.contains("preflight: daily_login: "), r.err.constData());
            QVERIFY(r.json.isEmpty());
            QCOMPARE(journalRows(), 0);
            QCOMPARE(requests(QStringLiteral("cash-withdrawl")), before);
        }
    }

    // The strike guard on the agent's own finger: after two failed authentications in a row and no passing test
    // capture, the daily login is stopped (exit 5) even with --despite-warning, and Eko never sees it.
    void theStrikeGuardStopsTheThirdDailyLogin()
    {
        test::recordAgentState(false);
        {
            QSettings settings(qEnvironmentVariable("SAATHI_SETTINGS_PATH"), QSettings::IniFormat);
            agent::AgentSession session(settings, SystemClock::instance(), EkoEnvironment::Training, kUserCode);
            session.recordAgentAuthFailure();
            session.recordAgentAuthFailure();
        }
        const int before = requests(QStringLiteral("kyc/biometric/daily"));
        const Run r = cli(dailyKyc() << QStringLiteral("--despite-warning"), kAgentAadhaar);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("preflight: agent_strikes: "), r.err.constData());
        QCOMPARE(requests(QStringLiteral("kyc/biometric/daily")), before);
    }

    // The CLI's daily login is the app's too (the same agent state), and the next withdrawal goes through.
    void aDailyLoginThroughTheCliUnlocksTheAppsAgentToo()
    {
        test::recordAgentState(false);
        Run r = cli(dailyKyc(), kAgentAadhaar);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        {
            QSettings settings(qEnvironmentVariable("SAATHI_SETTINGS_PATH"), QSettings::IniFormat);
            const agent::AgentSession session(settings, SystemClock::instance(), EkoEnvironment::Training, kUserCode);
            QVERIFY(!session.needsDailyLogin());
            QVERIFY(session.aepsUnlocked());
        }
        r = cli(withdraw(QStringLiteral("SBIN")), kCustomer);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    // Without a keychain (no D-Bus session) the per-customer checks cannot run: one note on stderr, and the
    // withdrawal goes on, journaled without a customer token.
    void withoutAKeychainTheCustomerChecksAreSkipped()
    {
        test::recordAgentState(true);
        const Run r = cli(withdraw(QStringLiteral("SBIN")), kCustomer, /*keychain=*/false);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.err.count("preflight: customer_checks_skipped: "), 1);
        QCOMPARE(journalRows(), 1);
        QCOMPARE(tokenOfLastRow(), QString());
    }

    // With the keychain the withdrawal's row carries the keyed customer token (never the number), as the app's do.
    void withTheKeychainTheRowCarriesTheCustomerToken()
    {
        test::recordAgentState(true);
        const Run r = cli(withdraw(QStringLiteral("SBIN")), kCustomer);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!r.err.contains("customer_checks_skipped"), r.err.constData());
        const QString token = tokenOfLastRow();
        QCOMPARE(token.size(), 64);
        QVERIFY(!token.contains(kCustomer));
    }

    // A bank that answered "not linked" is a warning next time, before the finger: exit 5 and nothing sent unless
    // --despite-warning; the bank the Aadhaar is linked to goes through.
    void aBankThatAnsweredNotLinkedWarnsNextTime()
    {
        test::recordAgentState(true);
        Run r = cli(withdraw(QStringLiteral("SBIN")), kOneBank);
        QCOMPARE(r.exitCode, 1); // the bank: "Aadhaar number not linked with the selected bank"
        QCOMPARE(journalRows(), 1);
        const int sent = requests(QStringLiteral("cash-withdrawl"));

        r = cli(withdraw(QStringLiteral("SBIN")), kOneBank);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("preflight: bank_not_linked: "), r.err.constData());
        QCOMPARE(journalRows(), 1);
        QCOMPARE(requests(QStringLiteral("cash-withdrawl")), sent);

        r = cli(withdraw(QStringLiteral("SBIN")) << QStringLiteral("--despite-warning"), kOneBank);
        QCOMPARE(r.exitCode, 1); // sent, and the bank says the same
        QVERIFY(r.err.contains("preflight: bank_not_linked: "));
        QCOMPARE(requests(QStringLiteral("cash-withdrawl")), sent + 1);

        r = cli(withdraw(QStringLiteral("BARB")), kOneBank);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.err.contains("bank_not_linked"));
    }

private:
    QStringList withdraw(const QString& bank)
    {
        return {QStringLiteral("aeps"),
                QStringLiteral("withdraw"),
                QStringLiteral("--customer-mobile"),
                QStringLiteral("9876543210"),
                QStringLiteral("--bank"),
                bank,
                QStringLiteral("--aadhaar"),
                QStringLiteral("-"),
                QStringLiteral("--amount"),
                QStringLiteral("1000"),
                QStringLiteral("--pid-file"),
                freshPid(),
                QStringLiteral("--config"),
                m_config,
                QStringLiteral("--db"),
                m_db,
                QStringLiteral("--insecure-loopback")};
    }

    QStringList dailyKyc()
    {
        return {QStringLiteral("aeps"),
                QStringLiteral("daily-kyc"),
                QStringLiteral("--aadhaar"),
                QStringLiteral("-"),
                QStringLiteral("--mobile"),
                QStringLiteral("9962981729"),
                QStringLiteral("--bank"),
                QStringLiteral("KARB"),
                QStringLiteral("--pid-file"),
                freshPid(),
                QStringLiteral("--config"),
                m_config,
                QStringLiteral("--insecure-loopback")};
    }

    // Each capture has its own nonce: the sandbox refuses a replayed PID.
    QString freshPid()
    {
        return writeFile(QStringLiteral("pid-%1.xml").arg(++m_pids),
                         sandbox::simulatedPidXml(QDateTime::currentDateTime()));
    }

    int requests(const QString& pathPart) const
    {
        int n = 0;
        for (const auto& e : m_sandbox.requestLog()) {
            n += e.path.contains(pathPart) ? 1 : 0;
        }
        return n;
    }

    int journalRows() const { return scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")).toInt(); }
    QString tokenOfLastRow() const
    {
        return scalar(QStringLiteral("SELECT customer_token FROM transactions ORDER BY id DESC LIMIT 1")).toString();
    }

    QVariant scalar(const QString& sql) const
    {
        if (!QFile::exists(m_db)) {
            return {};
        }
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_db);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next()) {
                    value = q.value(0);
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return value;
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

    // Runs saathi-cli while this thread's event loop serves the sandbox. Without `keychain` the run has no D-Bus
    // session (as on a counter without a keychain).
    Run cli(const QStringList& args, const QString& aadhaar, bool keychain = true)
    {
        QProcess p;
        if (!keychain) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
            env.remove(QStringLiteral("DISPLAY"));
            p.setProcessEnvironment(env);
        }
        p.start(qEnvironmentVariable("SAATHI_CLI"), args);
        p.write(aadhaar.toLatin1() + '\n');
        p.closeWriteChannel();
        QSignalSpy done(&p, &QProcess::finished);
        if (!done.wait(60000)) {
            p.kill();
            p.waitForFinished();
            return Run {-3, {}, "timed out: " + p.readAllStandardError()};
        }
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        if (out.contains(aadhaar.toLatin1()) || err.contains(aadhaar.toLatin1())) {
            return Run {-9, {}, "an Aadhaar number was printed"};
        }
        return Run {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QJsonDocument::fromJson(out).object(),
                    err};
    }

    QTemporaryDir m_dir;
    sandbox::EkoSandbox m_sandbox;
    QString m_config;
    QString m_db = m_dir.filePath(QStringLiteral("journal.sqlite"));
    int m_pids = 0;
};

QTEST_GUILESS_MAIN(TestCliPreflight)
#include "TestCliPreflight.moc"
