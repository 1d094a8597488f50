// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// saathi-cli receipt png|print on a real journal, printing to a real pty pair (socat) whose far end plays the
// printer: `receipt png` writes exactly the picture that `receipt print` sends (the raster decoded from the pty is
// the PNG, pixel for pixel), in Hindi and English, 58 and 80 mm; English prints as text unless --mode image; a DMT
// reference prints every part; the PNG's QR code decodes (zbar) to the transaction's reference; bad options are
// usage errors (exit 2) and an unknown reference fails (exit 1).
#include "../../core/receipt/FakeThermalPrinter.h"
#include "../../core/receipt/JournalReceiptFixture.h"
#include "../../core/receipt/PtyPair.h"
#include "../../print/ZbarDecode.h"
#include "core/receipt/SerialReceiptPrinter.h"
#include "print/EscPosRaster.h"
#include "print/MonoImage.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;
using namespace saathi::test;

class TestCliReceipt : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    // Runs saathi-cli with the event loop turning, so the fake printer in this process can answer it.
    int run(const QStringList& args, QByteArray* out, QByteArray* err)
    {
        QProcess p;
        p.start(qEnvironmentVariable("SAATHI_CLI"), args + QStringList {QStringLiteral("--db"), m_db});
        p.closeWriteChannel();
        QDeadlineTimer deadline(60000);
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

    // `receipt print` with `options` to a fresh pty; the bytes the printer got (after the status query).
    QByteArray printed(const QStringList& options, QJsonObject* json)
    {
        PtyPair pty;
        QString error;
        if (!pty.start(&error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        FakeThermalPrinter peer(pty.peerEnd());
        if (!peer.open()) {
            return {};
        }
        QByteArray out;
        QByteArray err;
        const int code = run(
            QStringList {QStringLiteral("receipt"), QStringLiteral("print"), QStringLiteral("--port"), pty.printerEnd()}
                + options,
            &out, &err);
        if (code != 0) {
            qWarning("exit %d: %s", code, err.constData());
            return {};
        }
        *json = QJsonDocument::fromJson(out).object();
        const qsizetype expected
            = receipt::SerialReceiptPrinter::statusQuery().size() + json->value(QStringLiteral("bytes")).toInt();
        QDeadlineTimer deadline(10000); // the far end reads what saathi-cli already handed to the port
        while (peer.received().size() < expected && !deadline.hasExpired()) {
            QTest::qWait(10);
        }
        return peer.received().mid(receipt::SerialReceiptPrinter::statusQuery().size());
    }

    QImage png(const QStringList& options, const QString& name)
    {
        const QString file = m_dir.filePath(name);
        QByteArray out;
        QByteArray err;
        const int code = run(
            QStringList {QStringLiteral("receipt"), QStringLiteral("png"), QStringLiteral("--out"), file} + options,
            &out, &err);
        if (code != 0) {
            qWarning("exit %d: %s", code, err.constData());
            return {};
        }
        return QImage(file);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("SAATHI_CLI").isEmpty());
        m_db = m_dir.filePath(QStringLiteral("journal.sqlite"));
        QVERIFY(journalreceipts::write(m_db));
    }

    void pngIsExactlyWhatPrintSends_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("printOnly");
        QTest::addColumn<int>("width");
        const QStringList image {QStringLiteral("--mode"), QStringLiteral("image")};
        const QStringList hindi {QStringLiteral("--ref"), QStringLiteral("AEPSOK1"), QStringLiteral("--lang"),
                                 QStringLiteral("hi")};
        QTest::newRow("hi-58") << hindi + QStringList {QStringLiteral("--width"), QStringLiteral("58")} << QStringList()
                               << 384;
        QTest::newRow("hi-80-duplicate") << hindi
                + QStringList {QStringLiteral("--width"), QStringLiteral("80"), QStringLiteral("--duplicate")}
                                         << QStringList() << 576;
        QTest::newRow("hi-dmt-paper-alias")
            << QStringList {QStringLiteral("--ref"), QStringLiteral("DMTP2B"),  QStringLiteral("--lang"),
                            QStringLiteral("hi"),    QStringLiteral("--paper"), QStringLiteral("80")}
            << image << 576;
        QTest::newRow("en-58-image") << QStringList {QStringLiteral("--ref"), QStringLiteral("AEPSOK1")} << image
                                     << 384;
    }
    void pngIsExactlyWhatPrintSends()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, printOnly);
        QFETCH(int, width);
        if (!PtyPair::socatAvailable()) {
            QSKIP("socat is not installed (apt-get install socat): the pseudo-terminal tests need it");
        }
        const QString file = QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png");
        const QImage picture = png(options, file);
        QVERIFY(!picture.isNull());
        QCOMPARE(picture.width(), width);
        QJsonObject json;
        const QByteArray bytes = printed(options + printOnly, &json);
        QCOMPARE(json.value(QStringLiteral("mode")).toString(), QStringLiteral("image"));
        const QImage decoded = print::EscPosRaster::decode(bytes);
        QVERIFY(!decoded.isNull());
        QCOMPARE(decoded.size(), picture.size());
        QVERIFY(decoded == print::mono::fromImage(picture)); // the same picture, dot for dot
    }

    void pngsQrCodeDecodesToTheReference()
    {
        SAATHI_NEED_ZBAR();
        const QImage picture = png(
            {QStringLiteral("--ref"), QStringLiteral("632711345678"), QStringLiteral("--lang"), QStringLiteral("hi")},
            QStringLiteral("qr.png"));
        const QStringList codes = decodeQrCodes(picture);
        QCOMPARE(codes.size(), 1);
        QVERIFY(codes.first().contains(QStringLiteral("\nref=AEPSOK1\n")));
        QVERIFY(!codes.first().contains(journalreceipts::kTestAadhaar));
    }

    void englishPrintsAsTextAndDmtPrintsEveryPart()
    {
        if (!PtyPair::socatAvailable()) {
            QSKIP("socat is not installed (apt-get install socat): the pseudo-terminal tests need it");
        }
        QJsonObject json;
        const QByteArray aeps = printed({QStringLiteral("--ref"), QStringLiteral("AEPSFAIL1")}, &json);
        QCOMPARE(json.value(QStringLiteral("mode")).toString(), QStringLiteral("text"));
        QVERIFY(aeps.contains("Reason          Customer Bank account is Frozen\n"));
        const QByteArray dmt
            = printed({QStringLiteral("--ref"), QStringLiteral("UTR0003"), QStringLiteral("--duplicate")}, &json);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
        for (const char* line :
             {"Reference       DMTP1\n", "Reference       DMTP2B\n", "Amount sent     Rs.8,000.00\n", "DUPLICATE\n"}) {
            QVERIFY2(dmt.contains(line), line);
        }
    }

    void badOptionsAreUsageErrorsAndAnUnknownReferenceFails()
    {
        QByteArray out;
        QByteArray err;
        const QStringList base {QStringLiteral("receipt"), QStringLiteral("png"),
                                QStringLiteral("--ref"),   QStringLiteral("AEPSOK1"),
                                QStringLiteral("--out"),   m_dir.filePath(QStringLiteral("x.png"))};
        QCOMPARE(run(base + QStringList {QStringLiteral("--width"), QStringLiteral("70")}, &out, &err), 2);
        QCOMPARE(run(base + QStringList {QStringLiteral("--lang"), QStringLiteral("fr")}, &out, &err), 2);
        QCOMPARE(
            run({QStringLiteral("receipt"), QStringLiteral("png"), QStringLiteral("--ref"), QStringLiteral("AEPSOK1")},
                &out, &err),
            2);
        QCOMPARE(run({QStringLiteral("receipt"), QStringLiteral("print"), QStringLiteral("--ref"),
                      QStringLiteral("AEPSOK1"), QStringLiteral("--port"), QStringLiteral("/dev/null"),
                      QStringLiteral("--mode"), QStringLiteral("fast")},
                     &out, &err),
                 2);
        QCOMPARE(run({QStringLiteral("receipt"), QStringLiteral("png"), QStringLiteral("--ref"),
                      QStringLiteral("NOSUCH"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("y.png"))},
                     &out, &err),
                 1);
        QVERIFY2(err.contains("no transaction with reference NOSUCH"), err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("y.png"))));
    }
};

QTEST_GUILESS_MAIN(TestCliReceipt)
#include "TestCliReceipt.moc"
