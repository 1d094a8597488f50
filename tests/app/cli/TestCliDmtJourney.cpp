// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Money transfer from a terminal: saathi-cli dmt against an Eko sandbox this test runs in-process (the CLI is a
// child process; this test's event loop keeps serving while it runs): a new customer → OTP → recipient → plan →
// ₹12,000 as three journaled transfers on the classic rail, and a DMT-Fino transfer with OTPs typed on stdin.
#include "core/journal/JournalStore.h"
#include "core/util/Clock.h"
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
    QByteArray err;
};
} // namespace

class TestCliDmtJourney : public QObject
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
        key.close();
        const auto& partner = m_sandbox.config().partner;
        for (const char* rail : {"classic", "dmt-fino"}) {
            QFile config(m_dir.filePath(QStringLiteral("%1.json").arg(QLatin1String(rail))));
            QVERIFY(config.open(QIODevice::WriteOnly));
            config.write(QJsonDocument(QJsonObject {{QStringLiteral("base_url"), m_sandbox.baseUrl().toString()},
                                                    {QStringLiteral("developer_key"), partner.developerKey},
                                                    {QStringLiteral("access_key"), partner.accessKey},
                                                    {QStringLiteral("initiator_id"), partner.initiatorId},
                                                    {QStringLiteral("user_code"), QStringLiteral("20810200")},
                                                    {QStringLiteral("latlong"), QStringLiteral("28.6139,77.2090")},
                                                    {QStringLiteral("aadhaar_public_key_file"), key.fileName()},
                                                    {QStringLiteral("environment"), QStringLiteral("training")},
                                                    {QStringLiteral("dmt_rail"), QLatin1String(rail)}})
                             .toJson());
        }
        m_db = m_dir.filePath(QStringLiteral("journal.sqlite"));
    }

    void newCustomerToTwelveThousandInThreeJournaledTransfers()
    {
        const QString m = QStringLiteral("9844400011");
        Run r = dmt(QStringLiteral("classic"), {QStringLiteral("customer"), QStringLiteral("--mobile"), m});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.value(QStringLiteral("stage")).toString(), QStringLiteral("not_registered"));

        r = dmt(QStringLiteral("classic"),
                {QStringLiteral("register"), QStringLiteral("--mobile"), m, QStringLiteral("--name"),
                 QStringLiteral("Meena Kumari"), QStringLiteral("--dob"), QStringLiteral("1990-04-12"),
                 QStringLiteral("--address"), QStringLiteral("12 Gandhi Road"), QStringLiteral("--pin"),
                 QStringLiteral("302001")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString otpRef = r.json.value(QStringLiteral("otp_ref_id")).toString();
        QVERIFY(!otpRef.isEmpty());
        r = dmt(QStringLiteral("classic"),
                {QStringLiteral("verify-otp"), QStringLiteral("--mobile"), m, QStringLiteral("--otp"),
                 QStringLiteral("123456"), QStringLiteral("--otp-ref-id"), otpRef});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // A bad IFSC is refused with one clear line naming the field, exit 2, nothing sent.
        r = dmt(QStringLiteral("classic"),
                {QStringLiteral("add-recipient"), QStringLiteral("--mobile"), m, QStringLiteral("--name"),
                 QStringLiteral("Sita Devi"), QStringLiteral("--recipient-mobile"), QStringLiteral("9876500001"),
                 QStringLiteral("--account"), QStringLiteral("30099887766"), QStringLiteral("--ifsc"),
                 QStringLiteral("SBIN1001234")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("ifsc"));
        QCOMPARE(r.err.count("saathi-cli: "), 1); // one error line (the rest is the test build's debug log)

        r = dmt(QStringLiteral("classic"),
                {QStringLiteral("add-recipient"), QStringLiteral("--mobile"), m, QStringLiteral("--name"),
                 QStringLiteral("Sita Devi"), QStringLiteral("--recipient-mobile"), QStringLiteral("9876500001"),
                 QStringLiteral("--account"), QStringLiteral("30099887766"), QStringLiteral("--ifsc"),
                 QStringLiteral("SBIN0001234")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString recipientId = r.json.value(QStringLiteral("recipient_id")).toString();
        QVERIFY(!recipientId.isEmpty());
        QCOMPARE(r.json.value(QStringLiteral("account")).toString(), QStringLiteral("XXXXXXX7766"));

        const QStringList send {QStringLiteral("--mobile"),       m,
                                QStringLiteral("--recipient-id"), recipientId,
                                QStringLiteral("--amount"),       QStringLiteral("12000")};
        r = dmt(QStringLiteral("classic"), QStringList {QStringLiteral("plan")} + send);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.value(QStringLiteral("parts")).toArray().size(), 3);
        QCOMPARE(r.json.value(QStringLiteral("fee_total")).toString(), QStringLiteral("120"));
        QVERIFY(m_sandbox.dmtLedger().isEmpty()); // a plan sends nothing

        r = dmt(QStringLiteral("classic"),
                QStringList {QStringLiteral("transfer")} + send
                    + QStringList {QStringLiteral("--submission-key"), QStringLiteral("k1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("Done"));
        const QJsonArray parts = r.json.value(QStringLiteral("parts")).toArray();
        QCOMPARE(parts.size(), 3);
        auto store = journal::JournalStore::open(m_db, SystemClock::instance());
        QVERIFY(store.ok());
        for (const QJsonValue& v : parts) {
            const QString ref = v.toObject().value(QStringLiteral("client_ref_id")).toString();
            const auto row = store.value()->find(ref);
            QVERIFY(row.ok() && row.value());
            QCOMPARE(row.value()->kind, journal::TxKind::DmtTransfer);
            QCOMPARE(row.value()->state, journal::TxState::Success);
            QCOMPARE(m_sandbox.dmtDebitCount(ref), 1);
        }
        QCOMPARE(store.value()->openRows().value().size(), 0);
        store.value().reset();
        QVERIFY(r.json.value(QStringLiteral("receipt")).toString().contains(QStringLiteral("XXXXXXX7766")));
        QCOMPARE(m_sandbox.dmtLedger().size(), 3);

        // The same submission again (a script retrying): the journal answers, nothing is sent twice.
        r = dmt(QStringLiteral("classic"),
                QStringList {QStringLiteral("transfer")} + send
                    + QStringList {QStringLiteral("--submission-key"), QStringLiteral("k1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_sandbox.dmtLedger().size(), 3);
    }

    void finoTransferTakesAnOtpPerPartFromStdin()
    {
        const int before = static_cast<int>(m_sandbox.dmtLedger().size());
        const QString m = QStringLiteral("9822200001"); // Asha Verma: eKYC done, an HDFC recipient
        Run r = dmt(QStringLiteral("dmt-fino"), {QStringLiteral("recipients"), QStringLiteral("--mobile"), m});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString recipientId = r.json.value(QStringLiteral("recipients"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("recipient_id"))
                                        .toString();
        r = dmt(QStringLiteral("dmt-fino"),
                {QStringLiteral("transfer"), QStringLiteral("--mobile"), m, QStringLiteral("--recipient-id"),
                 recipientId, QStringLiteral("--amount"), QStringLiteral("7000")},
                "123456\n123456\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.value(QStringLiteral("parts")).toArray().size(), 2);
        QVERIFY(r.err.contains("OTP the customer received for transfer 2 of 2"));
        QCOMPARE(static_cast<int>(m_sandbox.dmtLedger().size()), before + 2);
    }

private:
    Run dmt(const QString& rail, const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        p.start(qEnvironmentVariable("SAATHI_CLI"),
                QStringList {QStringLiteral("dmt")} + args
                    + QStringList {QStringLiteral("--config"), m_dir.filePath(rail + QStringLiteral(".json")),
                                   QStringLiteral("--db"), m_db, QStringLiteral("--timeout"), QStringLiteral("10"),
                                   QStringLiteral("--insecure-loopback")}); // the plain-HTTP sandbox
        p.write(input);
        p.closeWriteChannel();
        QSignalSpy done(&p, &QProcess::finished);
        if (!done.wait(20000)) { // the sandbox answers on this thread's event loop meanwhile
            p.kill();
            p.waitForFinished();
            return Run {-3, {}, "timed out: " + p.readAllStandardError()};
        }
        return Run {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                    QJsonDocument::fromJson(p.readAllStandardOutput()).object(), p.readAllStandardError()};
    }

    QTemporaryDir m_dir;
    sandbox::EkoSandbox m_sandbox;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliDmtJourney)
#include "TestCliDmtJourney.moc"
