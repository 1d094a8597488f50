// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The receipt's QR code: libqrencode's modules with a 4-module quiet zone, black on white, 1-bit; an independent
// decoder (zbar) reads back exactly the receipt's payload, which carries the reference and never Aadhaar or mobile.
#include "ReceiptTestData.h"
#include "ZbarDecode.h"
#include "print/MonoImage.h"
#include "print/QrCode.h"

#include <QTest>

using namespace saathi;
using namespace saathi::print;

class TestQrCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void receiptPayloadDecodesToTheSameText()
    {
        SAATHI_NEED_ZBAR();
        const QString payload = receipt::testdata::successReceipt().qrPayload();
        const QImage qr = QrCode::image(payload, 4);
        QVERIFY(!qr.isNull());
        QCOMPARE(qr.format(), QImage::Format_Mono);
        QCOMPARE(qr.width(), qr.height());
        QCOMPARE(qr.width() % 4, 0);
        const QStringList decoded = test::decodeQrCodes(qr);
        QCOMPARE(decoded, QStringList {payload});
        QVERIFY(decoded.first().contains(QStringLiteral("ref=MIXYZ0001ABCDEF001")));
    }

    void quietZoneIsWhiteAndModulesAreBlack()
    {
        const int dots = 3;
        const QImage qr = QrCode::image(QStringLiteral("SAATHI-RECEIPT\nref=X1"), dots);
        const int quiet = QrCode::kQuietZone * dots;
        for (int i = 0; i < qr.width(); ++i) {
            for (int q = 0; q < quiet; ++q) {
                QCOMPARE(qr.pixelIndex(i, q), 0); // top
                QCOMPARE(qr.pixelIndex(q, i), 0); // left
                QCOMPARE(qr.pixelIndex(i, qr.height() - 1 - q), 0); // bottom
                QCOMPARE(qr.pixelIndex(qr.width() - 1 - q, i), 0); // right
            }
        }
        // A finder pattern's dark corner sits just inside the quiet zone; index 1 is black.
        QCOMPARE(qr.pixelIndex(quiet, quiet), 1);
        QCOMPARE(qr.color(1), qRgb(0, 0, 0));
        QCOMPARE(qr.color(0), qRgb(255, 255, 255));
    }

    void moduleSizeScalesTheSameCode()
    {
        const QString payload = QStringLiteral("SAATHI-RECEIPT\nref=ABC");
        const QImage small = QrCode::image(payload, 2);
        const QImage large = QrCode::image(payload, 6);
        QCOMPARE(large.width(), small.width() * 3);
        QCOMPARE(mono::inkDots(large), mono::inkDots(small) * 9);
    }

    void payloadTooLargeForAQrCodeGivesANullImage()
    {
        QVERIFY(QrCode::image(QString(4000, QLatin1Char('x')), 4).isNull());
        QVERIFY(QrCode::image(QStringLiteral("x"), 0).isNull());
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "TestQrCode.moc"
