// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The thermal printer on a REAL pseudo-terminal pair (socat), 58 mm and 80 mm: an English receipt goes as ESC/POS
// text (its lines arrive as the encoder made them); a Hindi one as a GS v 0 raster that, captured at the far end
// and decoded, is the rendered receipt pixel for pixel. Jobs keep their ids and their order whatever their mode,
// and the serial printer's errors come through unchanged.
#include "../core/receipt/FakeThermalPrinter.h"
#include "../core/receipt/PtyPair.h"
#include "../core/receipt/ReceiptTestData.h"
#include "core/receipt/EscPosEncoder.h"
#include "core/settings/Catalogue.h"
#include "print/EscPosRaster.h"
#include "print/ReceiptImage.h"
#include "print/ThermalReceiptPrinter.h"

#include <QHash>
#include <QTest>

#include <memory>

using namespace saathi;
using namespace saathi::print;
using namespace saathi::receipt;
using namespace saathi::test;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(saathi::receipt::PaperWidth)

#define SAATHI_NEED_PTY()                                                                                              \
    if (!test::PtyPair::socatAvailable()) {                                                                            \
        QSKIP("socat is not installed (apt-get install socat): the pseudo-terminal tests need it");                    \
    }                                                                                                                  \
    QVERIFY(startPty())

namespace {

struct Outcomes
{
    QList<quint64> order;
    QHash<quint64, Error> error;

    void watch(ThermalReceiptPrinter& printer)
    {
        QObject::connect(&printer, &ThermalReceiptPrinter::printed, &printer, [this](quint64 job, const Error& e) {
            order << job;
            error[job] = e;
        });
    }
};

} // namespace

class TestThermalReceiptPrinter : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<PtyPair> m_pty;
    std::unique_ptr<FakeThermalPrinter> m_peer;

    bool startPty()
    {
        m_pty = std::make_unique<PtyPair>();
        QString error;
        if (!m_pty->start(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_peer = std::make_unique<FakeThermalPrinter>(m_pty->peerEnd());
        return m_peer->open();
    }

    ThermalConfig configFor(PaperWidth paper, ThermalMode mode = ThermalMode::Auto)
    {
        ThermalConfig c;
        c.serial.portName = m_pty->printerEnd();
        c.serial.paper = paper;
        c.serial.timeout = 5000ms;
        c.mode = mode;
        return c;
    }

    static void papers()
    {
        QTest::addColumn<PaperWidth>("paper");
        QTest::newRow("58mm") << PaperWidth::Mm58;
        QTest::newRow("80mm") << PaperWidth::Mm80;
    }

private Q_SLOTS:
    void cleanup()
    {
        QVERIFY(settings::catalogue::install(QStringLiteral("en")));
        m_peer.reset();
        m_pty.reset();
    }

    void englishReceiptPrintsAsText_data() { papers(); }
    void englishReceiptPrintsAsText()
    {
        QFETCH(PaperWidth, paper);
        SAATHI_NEED_PTY();
        ThermalReceiptPrinter printer(configFor(paper));
        Outcomes outcomes;
        outcomes.watch(printer);
        const Receipt receipt = testdata::successReceipt();
        QVERIFY(!ThermalReceiptPrinter::usesImage(ThermalMode::Auto, receipt.plainText()));
        const quint64 job = printer.print(receipt);
        QTRY_COMPARE(outcomes.order, QList<quint64> {job});
        QVERIFY2(outcomes.error.value(job).isNull(), qPrintable(outcomes.error.value(job).userMessage));
        const QByteArray text = EscPosEncoder(paper).encode(receipt);
        QTRY_COMPARE(m_peer->received(), SerialReceiptPrinter::statusQuery() + text);
        for (const QByteArray& line : EscPosEncoder::asciiLines(receipt)) {
            QVERIFY2(m_peer->received().contains(QByteArray(line.trimmed() + '\n')), line.constData());
        }
        QVERIFY(m_peer->received().contains("RRN             632711345678\n"));
        QVERIFY(!m_peer->received().contains("\x1d\x76\x30")); // no raster
    }

    void hindiReceiptPrintsAsTheRenderedRaster_data() { papers(); }
    void hindiReceiptPrintsAsTheRenderedRaster()
    {
        QFETCH(PaperWidth, paper);
        SAATHI_NEED_PTY();
        QVERIFY(settings::catalogue::install(QStringLiteral("hi")));
        Receipt receipt = testdata::successReceipt();
        receipt.setDuplicate(true);
        QVERIFY(ThermalReceiptPrinter::usesImage(ThermalMode::Auto, receipt.plainText()));
        ThermalReceiptPrinter printer(configFor(paper));
        Outcomes outcomes;
        outcomes.watch(printer);
        const quint64 job = printer.print(receipt);
        QTRY_COMPARE(outcomes.order, QList<quint64> {job});
        QVERIFY2(outcomes.error.value(job).isNull(), qPrintable(outcomes.error.value(job).userMessage));

        const QImage expected = ReceiptImage::render(receipt, paper);
        const QByteArray query = SerialReceiptPrinter::statusQuery();
        QTRY_COMPARE(m_peer->received().size(), query.size() + EscPosRaster::encode(expected).size());
        QVERIFY(m_peer->received().startsWith(query));
        const QImage decoded = EscPosRaster::decode(m_peer->received().mid(query.size()));
        QCOMPARE(decoded.size(), expected.size());
        QCOMPARE(decoded.width(), ReceiptImage::dotWidth(paper));
        QVERIFY(decoded == expected); // pixel for pixel
    }

    void dmtReceiptPrintsInEitherMode()
    {
        SAATHI_NEED_PTY();
        journal::TransactionRecord part = testdata::withdrawal(journal::TxState::Success);
        part.kind = journal::TxKind::DmtTransfer;
        part.channel = QStringLiteral("imps");
        dmt::Recipient recipient;
        recipient.name = QStringLiteral("Mohan Lal");
        recipient.account = QStringLiteral("123456785678");
        const DmtReceipt receipt = DmtReceipt::forTransfer({}, recipient, {{part, {}}}, testdata::agent());
        ThermalReceiptPrinter printer(configFor(PaperWidth::Mm58, ThermalMode::Image));
        Outcomes outcomes;
        outcomes.watch(printer);
        const quint64 image = printer.print(receipt);
        ThermalConfig text = printer.config();
        text.mode = ThermalMode::Text;
        printer.setConfig(text);
        const quint64 plain = printer.print(receipt);
        QTRY_COMPARE(outcomes.order, (QList<quint64> {image, plain}));
        const QByteArray query = SerialReceiptPrinter::statusQuery();
        const QByteArray raster = EscPosRaster::encode(ReceiptImage::render(receipt, PaperWidth::Mm58));
        QTRY_COMPARE(m_peer->received(), query + raster + query + EscPosEncoder(PaperWidth::Mm58).encode(receipt));
        QVERIFY(m_peer->received().contains("XXXXXXXX5678"));
    }

    void jobsKeepTheirOrderWhileAPictureRenders()
    {
        SAATHI_NEED_PTY();
        ThermalReceiptPrinter printer(configFor(PaperWidth::Mm80));
        Outcomes outcomes;
        outcomes.watch(printer);
        QVERIFY(settings::catalogue::install(QStringLiteral("hi")));
        const Receipt hindi = testdata::failedReceipt();
        QVERIFY(settings::catalogue::install(QStringLiteral("en")));
        const Receipt english = testdata::pendingReceipt();
        const quint64 first = printer.print(hindi); // rendered on a worker thread
        const quint64 second = printer.print(english); // encoded at once, but must not overtake
        QCOMPARE(second, first + 1);
        QVERIFY(printer.isBusy());
        QTRY_COMPARE(outcomes.order, (QList<quint64> {first, second}));
        const QByteArray query = SerialReceiptPrinter::statusQuery();
        QTRY_COMPARE(m_peer->received(),
                     query + EscPosRaster::encode(ReceiptImage::render(hindi, PaperWidth::Mm80)) + query
                         + EscPosEncoder(PaperWidth::Mm80).encode(english));
        QVERIFY(!printer.isBusy());
    }

    void printerThatDoesNotAnswerGivesTheSerialPrintersError()
    {
        SAATHI_NEED_PTY();
        m_peer->stayMute();
        ThermalConfig config = configFor(PaperWidth::Mm58, ThermalMode::Image);
        config.serial.timeout = 300ms;
        ThermalReceiptPrinter printer(config);
        Outcomes outcomes;
        outcomes.watch(printer);
        const quint64 job = printer.print(testdata::successReceipt());
        QTRY_COMPARE(outcomes.order, QList<quint64> {job});
        QCOMPARE(outcomes.error.value(job).code, QStringLiteral("printer.no_answer"));
        QVERIFY(!outcomes.error.value(job).userMessage.isEmpty());
    }

    void outOfPaperIsReportedForARasterJob()
    {
        SAATHI_NEED_PTY();
        m_peer->answerStatus(0x12, 0x72); // paper end sensor: bits 5 and 6 set
        ThermalReceiptPrinter printer(configFor(PaperWidth::Mm58, ThermalMode::Image));
        Outcomes outcomes;
        outcomes.watch(printer);
        const quint64 job = printer.print(testdata::successReceipt());
        QTRY_COMPARE(outcomes.order, QList<quint64> {job});
        QCOMPARE(outcomes.error.value(job).code, QStringLiteral("printer.no_paper"));
        QCOMPARE(m_peer->received(), SerialReceiptPrinter::statusQuery()); // nothing printed
    }
};

QTEST_MAIN(TestThermalReceiptPrinter)
#include "TestThermalReceiptPrinter.moc"
