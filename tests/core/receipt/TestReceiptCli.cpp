// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// saathi-cli receipt print|show on a journal this test writes, printing to a real pty pair (socat) whose far end
// plays the printer: the journaled dispute keys arrive as ESC/POS, never a full Aadhaar number.
#include "FakeThermalPrinter.h"
#include "PtyPair.h"
#include "core/journal/JournalStore.h"
#include "core/receipt/SerialReceiptPrinter.h"
#include "core/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;
using namespace saathi::test;

namespace {

const QString kTestAadhaar = QStringLiteral("999941057058"); // UIDAI's well-known test UID

journal::PrepareRequest withdrawal(const QString& ref)
{
    journal::PrepareRequest r;
    r.submissionKey = ref + QStringLiteral("-key");
    r.clientRefId = ref;
    r.kind = journal::TxKind::AepsWithdrawal;
    r.amount = Paise::fromRupees(2500);
    r.customerMobile = QStringLiteral("9876543210");
    r.aadhaarLast4 = QStringLiteral("7058");
    r.agentUserCode = QStringLiteral("20810200");
    r.bankCode = QStringLiteral("SBIN");
    r.channel = QStringLiteral("aeps-fingpay");
    r.consentVersion = QStringLiteral("consent-v1");
    r.consentLanguage = QStringLiteral("en");
    return r;
}

} // namespace

class TestReceiptCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    // Runs saathi-cli with the event loop turning, so the fake printer in this process can answer it.
    int run(const QStringList& args, QByteArray* out, QByteArray* err)
    {
        QProcess p;
        p.start(qEnvironmentVariable("SAATHI_CLI"), args);
        p.closeWriteChannel();
        QDeadlineTimer deadline(30000);
        while (p.state() != QProcess::NotRunning && !deadline.hasExpired()) {
            QTest::qWait(20);
        }
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(3000);
            return -3;
        }
        *out = p.readAllStandardOutput();
        *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("SAATHI_CLI").isEmpty());
        m_db = m_dir.filePath(QStringLiteral("receipts.sqlite"));
        auto store = journal::JournalStore::open(m_db, SystemClock::instance());
        QVERIFY2(store.ok(), qPrintable(store.error().detail));
        QVERIFY(store.value()->prepare(withdrawal(QStringLiteral("RCPTCLI1"))).ok());
        journal::Outcome o;
        o.state = journal::TxState::Success;
        o.source = journal::Source::Response;
        o.tid = QStringLiteral("2883457721");
        o.rrn = QStringLiteral("632711345678");
        // A careless server echoing the whole number: the journal sanitises it, the receipt must not carry it.
        o.rawBody
            = QStringLiteral("{\"status\":0,\"message\":\"Transaction successful\",\"data\":{\"tid\":\"2883457721\","
                             "\"bank_ref_num\":\"632711345678\",\"stan\":\"345678\",\"bank\":\"State Bank of "
                             "India\",\"terminal_id\":\"EKO00123\",\"aadhar\":\"%1\",\"customer_balance\":"
                             "\"22500.50\"}}")
                  .arg(kTestAadhaar);
        QVERIFY(store.value()->recordOutcome(QStringLiteral("RCPTCLI1"), o).ok());
    }

    void printSendsTheJournaledReceiptToTheSerialPort()
    {
        if (!PtyPair::socatAvailable()) {
            QSKIP("socat is not installed (apt-get install socat): the pseudo-terminal tests need it");
        }
        PtyPair pty;
        QString error;
        QVERIFY2(pty.start(&error), qPrintable(error));
        FakeThermalPrinter peer(pty.peerEnd());
        QVERIFY2(peer.open(), qPrintable(peer.errorString()));

        QByteArray out;
        QByteArray err;
        const int code = run({QStringLiteral("receipt"), QStringLiteral("print"), QStringLiteral("--ref"),
                              QStringLiteral("632711345678"), QStringLiteral("--port"), pty.printerEnd(),
                              QStringLiteral("--db"), m_db, QStringLiteral("--shop"), QStringLiteral("Kumar Store")},
                             &out, &err);
        QVERIFY2(code == 0, err.constData());
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QCOMPARE(json.value(QStringLiteral("printed")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));

        QTRY_VERIFY(peer.received().endsWith(QByteArray("\x1B\x64\x04\x1D\x56\x01", 6)));
        const QByteArray bytes = peer.received();
        QCOMPARE(bytes.size(),
                 receipt::SerialReceiptPrinter::statusQuery().size() + json.value(QStringLiteral("bytes")).toInt());
        QVERIFY(bytes.startsWith(QByteArray(receipt::SerialReceiptPrinter::statusQuery() + QByteArray("\x1B\x40"))));
        for (const char* expected :
             {"Kumar Store\n", "Status          SUCCESS\n", "Amount          Rs.2,500.00\n",
              "A/c balance     Rs.22,500.50\n", "RRN             632711345678\n", "STAN            345678\n",
              "Eko TID         2883457721\n", "Reference       RCPTCLI1\n", "Terminal        EKO00123\n",
              "Aadhaar         XXXX XXXX 7058\n"}) {
            QVERIFY2(bytes.contains(expected), expected);
        }
        QVERIFY(!bytes.contains(kTestAadhaar.toLatin1()));
        QVERIFY(!QString::fromLatin1(bytes).contains(QRegularExpression(QStringLiteral("\\d{4} ?\\d{4} ?7058"))));
    }

    void aMissingPortOrReferenceFailsWithAClearLine()
    {
        QByteArray out;
        QByteArray err;
        QCOMPARE(run({QStringLiteral("receipt"), QStringLiteral("print"), QStringLiteral("--ref"),
                      QStringLiteral("RCPTCLI1"), QStringLiteral("--port"), QStringLiteral("/dev/saathi-no-printer"),
                      QStringLiteral("--db"), m_db},
                     &out, &err),
                 1);
        QVERIFY2(err.contains("/dev/saathi-no-printer was not found"), err.constData());
        QCOMPARE(run({QStringLiteral("receipt"), QStringLiteral("print"), QStringLiteral("--ref"),
                      QStringLiteral("NOSUCHREF"), QStringLiteral("--port"), QStringLiteral("/dev/null"),
                      QStringLiteral("--db"), m_db},
                     &out, &err),
                 1);
        QVERIFY2(err.contains("no transaction with reference NOSUCHREF"), err.constData());
        QCOMPARE(run({QStringLiteral("receipt"), QStringLiteral("print"), QStringLiteral("--db"), m_db}, &out, &err),
                 2);
    }

    void showGivesTheReceiptTextAndThePrinterLines()
    {
        QByteArray out;
        QByteArray err;
        QCOMPARE(run({QStringLiteral("receipt"), QStringLiteral("show"), QStringLiteral("--ref"),
                      QStringLiteral("RCPTCLI1"), QStringLiteral("--db"), m_db},
                     &out, &err),
                 0);
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QVERIFY(json.value(QStringLiteral("text")).toString().contains(QStringLiteral("Amount          ₹2,500.00")));
        QVERIFY(json.value(QStringLiteral("printer_lines"))
                    .toArray()
                    .contains(QStringLiteral("Amount          Rs.2,500.00")));
        QVERIFY(!out.contains(kTestAadhaar.toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestReceiptCli)
#include "TestReceiptCli.moc"
