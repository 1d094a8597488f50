// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The serial receipt printer against a REAL pseudo-terminal pair (socat): the bytes that come out of the other end
// are the encoder's, jobs queue and each gets exactly one printed(), and a missing port, a silent printer, a
// printer out of paper and a wrong baud rate each give a clear error.
#include "FakeThermalPrinter.h"
#include "PtyPair.h"
#include "ReceiptTestData.h"
#include "core/receipt/EscPosEncoder.h"
#include "core/receipt/SerialReceiptPrinter.h"

#include <QHash>
#include <QSerialPort>
#include <QTest>

#include <memory>

using namespace saathi;
using namespace saathi::receipt;
using namespace saathi::test;
using namespace std::chrono_literals;

namespace {

// Every printed() by job, so a test can prove "exactly once".
struct Outcomes
{
    QHash<quint64, int> count;
    QHash<quint64, Error> error;
    QList<quint64> order;

    void watch(SerialReceiptPrinter& printer)
    {
        QObject::connect(&printer, &SerialReceiptPrinter::printed, &printer, [this](quint64 job, const Error& e) {
            ++count[job];
            error[job] = e;
            order << job;
        });
    }
};

} // namespace

// Every pty test starts a fresh socat pair, or skips with a message when socat is missing (CI installs it).
#define SAATHI_NEED_PTY()                                                                                              \
    if (!test::PtyPair::socatAvailable()) {                                                                            \
        QSKIP("socat is not installed (apt-get install socat): the pseudo-terminal tests need it");                    \
    }                                                                                                                  \
    QVERIFY(startPty())

class TestSerialReceiptPrinter : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::PtyPair> m_pty;
    std::unique_ptr<FakeThermalPrinter> m_peer;

    SerialPrinterConfig configFor(const QString& port, std::chrono::milliseconds timeout = 5000ms)
    {
        SerialPrinterConfig c;
        c.portName = port;
        c.baud = 9600;
        c.timeout = timeout;
        return c;
    }

    // A fresh pty pair with the fake printer on the far end; QSKIP without socat.
    bool startPty()
    {
        m_pty = std::make_unique<test::PtyPair>();
        QString error;
        if (!m_pty->start(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_peer = std::make_unique<FakeThermalPrinter>(m_pty->peerEnd());
        if (!m_peer->open()) {
            qWarning("peer: %s", qPrintable(m_peer->errorString()));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_peer.reset();
        m_pty.reset();
    }

    void receiptBytesArriveOnTheOtherEndOfThePty()
    {
        SAATHI_NEED_PTY();
        SerialReceiptPrinter printer(configFor(m_pty->printerEnd()));
        Outcomes outcomes;
        outcomes.watch(printer);
        const Receipt receipt = testdata::successReceipt();

        const quint64 job = printer.print(receipt);
        QCOMPARE(outcomes.count.value(job), 0); // never inside print()
        QVERIFY(printer.isBusy());
        QTRY_COMPARE(outcomes.count.value(job), 1);
        QVERIFY2(outcomes.error.value(job).isNull(), qPrintable(outcomes.error.value(job).detail));
        const QByteArray expected
            = SerialReceiptPrinter::statusQuery() + EscPosEncoder(PaperWidth::Mm58).encode(receipt);
        QTRY_COMPARE(m_peer->received(), expected);
        QVERIFY(m_peer->received().contains("Amount          Rs.2,500.00\n"));
        QVERIFY(!printer.isBusy());
    }

    void withoutTheStatusQueryOnlyTheReceiptIsSent()
    {
        SAATHI_NEED_PTY();
        SerialPrinterConfig config = configFor(m_pty->printerEnd());
        config.askStatus = false;
        config.paper = PaperWidth::Mm80;
        SerialReceiptPrinter printer(config);
        Outcomes outcomes;
        outcomes.watch(printer);
        m_peer->stayMute();
        const quint64 job = printer.print(testdata::failedReceipt());
        QTRY_COMPARE(outcomes.count.value(job), 1);
        QVERIFY(outcomes.error.value(job).isNull());
        QTRY_COMPARE(m_peer->received(), EscPosEncoder(PaperWidth::Mm80).encode(testdata::failedReceipt()));
    }

    void aNewConfigDuringALongJobDoesNotCutItsTail()
    {
        SAATHI_NEED_PTY();
        SerialReceiptPrinter printer(configFor(m_pty->printerEnd()));
        Outcomes outcomes;
        outcomes.watch(printer);
        // A raster picture's worth of bytes (GS v 0, 48 bytes × 2000 rows): still in the port's buffers when the
        // job is done.
        QByteArray picture = QByteArray("\x1d\x76\x30\x00\x30\x00\xd0\x07", 8) + QByteArray(48 * 2000, '\x5a');
        picture += EscPosEncoder::feedLines(4) + EscPosEncoder::partialCut();
        const quint64 first = printer.printBytes(picture);
        printer.setConfig(configFor(m_pty->printerEnd())); // applied once the job is done: the port reopens
        const quint64 second = printer.print(testdata::successReceipt());
        QTRY_COMPARE(outcomes.order, (QList<quint64> {first, second}));
        QVERIFY2(outcomes.error.value(first).isNull(), qPrintable(outcomes.error.value(first).detail));
        QVERIFY2(outcomes.error.value(second).isNull(), qPrintable(outcomes.error.value(second).detail));
        QTRY_COMPARE(m_peer->received(),
                     SerialReceiptPrinter::statusQuery() + picture + SerialReceiptPrinter::statusQuery()
                         + EscPosEncoder().encode(testdata::successReceipt()));
    }

    void aPrintWhileOneIsInFlightQueuesBehindIt()
    {
        SAATHI_NEED_PTY();
        SerialReceiptPrinter printer(configFor(m_pty->printerEnd()));
        Outcomes outcomes;
        outcomes.watch(printer);
        const QList<Receipt> receipts {testdata::successReceipt(), testdata::failedReceipt(),
                                       testdata::pendingReceipt()};
        QList<quint64> jobs;
        QByteArray expected;
        for (const Receipt& r : receipts) {
            jobs << printer.print(r);
            expected += SerialReceiptPrinter::statusQuery() + EscPosEncoder().encode(r);
        }
        QCOMPARE(printer.queuedJobs(), 3);
        QTRY_COMPARE(outcomes.order.size(), 3);
        QCOMPARE(outcomes.order, jobs); // in order, one at a time
        for (const quint64 job : jobs) {
            QCOMPARE(outcomes.count.value(job), 1);
            QVERIFY(outcomes.error.value(job).isNull());
        }
        QTRY_COMPARE(m_peer->received(), expected); // not interleaved
        QTest::qWait(100);
        QCOMPARE(outcomes.order.size(), 3); // and nothing more
    }

    void aMissingPortSaysSoInPlainWords()
    {
        SerialReceiptPrinter printer(configFor(QStringLiteral("/dev/saathi-no-such-printer")));
        Outcomes outcomes;
        outcomes.watch(printer);
        const quint64 job = printer.print(testdata::successReceipt());
        QTRY_COMPARE(outcomes.count.value(job), 1);
        const Error e = outcomes.error.value(job);
        QCOMPARE(e.code, QStringLiteral("printer.port_missing"));
        QVERIFY2(e.userMessage.contains(QStringLiteral("/dev/saathi-no-such-printer was not found")),
                 qPrintable(e.userMessage));
        QVERIFY(!printer.isBusy());

        SerialReceiptPrinter unset(configFor(QString()));
        Outcomes none;
        none.watch(unset);
        const quint64 second = unset.print(testdata::successReceipt());
        QTRY_COMPARE(none.count.value(second), 1);
        QCOMPARE(none.error.value(second).code, QStringLiteral("printer.no_port"));
    }

    void aPrinterThatNeverAnswersTimesOutOnce()
    {
        SAATHI_NEED_PTY();
        m_peer->stayMute(); // the cable is there, the printer is off
        SerialReceiptPrinter printer(configFor(m_pty->printerEnd(), 300ms));
        Outcomes outcomes;
        outcomes.watch(printer);
        const quint64 first = printer.print(testdata::successReceipt());
        const quint64 second = printer.print(testdata::pendingReceipt());
        QTRY_COMPARE(outcomes.order.size(), 2);
        for (const quint64 job : {first, second}) {
            QCOMPARE(outcomes.count.value(job), 1);
            QCOMPARE(outcomes.error.value(job).code, QStringLiteral("printer.no_answer"));
            QCOMPARE(outcomes.error.value(job).userMessage,
                     QStringLiteral("The printer does not answer: check it is on and the cable."));
        }
        // Only the status queries went out: no receipt was sent to a printer that may not be there.
        QTRY_COMPARE(m_peer->received(), SerialReceiptPrinter::statusQuery() + SerialReceiptPrinter::statusQuery());
        QTest::qWait(400);
        QCOMPARE(outcomes.order.size(), 2);
    }

    void aPrinterOutOfPaperOrOfflineSaysWhich()
    {
        SAATHI_NEED_PTY();
        SerialReceiptPrinter printer(configFor(m_pty->printerEnd()));
        Outcomes outcomes;
        outcomes.watch(printer);
        m_peer->answerStatus(0x1A, 0x72); // offline because the paper-end sensor fired
        const quint64 noPaper = printer.print(testdata::successReceipt());
        QTRY_COMPARE(outcomes.count.value(noPaper), 1);
        QCOMPARE(outcomes.error.value(noPaper).code, QStringLiteral("printer.no_paper"));

        m_peer->answerStatus(0x1A, 0x12); // cover open
        const quint64 offline = printer.print(testdata::successReceipt());
        QTRY_COMPARE(outcomes.count.value(offline), 1);
        QCOMPARE(outcomes.error.value(offline).code, QStringLiteral("printer.offline"));
        QTRY_COMPARE(m_peer->received(), SerialReceiptPrinter::statusQuery() + SerialReceiptPrinter::statusQuery());

        m_peer->answerStatus(0x12, 0x12); // fixed: the next job reopens the port and prints
        const quint64 fixed = printer.print(testdata::successReceipt());
        QTRY_COMPARE(outcomes.count.value(fixed), 1);
        QVERIFY(outcomes.error.value(fixed).isNull());
        QTRY_VERIFY(m_peer->received().endsWith(EscPosEncoder().encode(testdata::successReceipt())));
    }

    void aWrongBaudRateAnswerIsNotMistakenForAPrinter()
    {
        SAATHI_NEED_PTY();
        SerialReceiptPrinter printer(configFor(m_pty->printerEnd()));
        Outcomes outcomes;
        outcomes.watch(printer);
        m_peer->answerStatus('\xFF', '\x80'); // line noise
        const quint64 job = printer.print(testdata::successReceipt());
        QTRY_COMPARE(outcomes.count.value(job), 1);
        QCOMPARE(outcomes.error.value(job).code, QStringLiteral("printer.bad_answer"));
        QVERIFY(outcomes.error.value(job).userMessage.contains(QStringLiteral("baud")));
    }

    void aFailedJobDoesNotStopTheNextFromPrinting()
    {
        SAATHI_NEED_PTY();
        SerialReceiptPrinter printer(configFor(QStringLiteral("/dev/saathi-no-such-printer")));
        Outcomes outcomes;
        outcomes.watch(printer);
        const quint64 failed = printer.print(testdata::successReceipt());
        QTRY_COMPARE(outcomes.count.value(failed), 1);
        QVERIFY(!outcomes.error.value(failed).isNull());
        printer.setConfig(configFor(m_pty->printerEnd())); // the agent fixed the port in Settings
        const quint64 ok = printer.print(testdata::pendingReceipt());
        QTRY_COMPARE(outcomes.count.value(ok), 1);
        QVERIFY(outcomes.error.value(ok).isNull());
        QTRY_COMPARE(m_peer->received(),
                     SerialReceiptPrinter::statusQuery() + EscPosEncoder().encode(testdata::pendingReceipt()));
    }

    void availablePortsCanBeListed()
    {
        // The machine may have no serial port at all; the call must still answer, with names only where they exist.
        for (const SerialPortChoice& choice : SerialReceiptPrinter::availablePorts()) {
            QVERIFY(!choice.name.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSerialReceiptPrinter)
#include "TestSerialReceiptPrinter.moc"
