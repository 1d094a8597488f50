// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// ESC/POS raster (GS v 0): a picture becomes initialise + bands of at most 255 rows + feed and cut, byte for byte
// as the command is specified; decode() reads any such stream (text-mode commands skipped) back into the very
// picture; the stream grows linearly with the picture (counted, not timed).
#include "core/receipt/EscPosEncoder.h"
#include "print/EscPosRaster.h"
#include "print/MonoImage.h"

#include <QRandomGenerator>
#include <QTest>

using namespace saathi::print;
using saathi::receipt::EscPosEncoder;

namespace {

QImage noise(int width, int height, quint32 seed)
{
    QImage image = mono::blank(width, height);
    QRandomGenerator random(seed);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            image.setPixel(x, y, random.bounded(2));
        }
    }
    return image;
}

} // namespace

class TestEscPosRaster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smallPictureIsOneGsV0CommandExactly()
    {
        QImage image = mono::blank(16, 2);
        image.setPixel(0, 0, 1); // the first dot: MSB of the first byte
        image.setPixel(15, 1, 1); // the last dot: LSB of the last byte
        const QByteArray bytes = EscPosRaster::encode(image);
        const QByteArray expected = EscPosEncoder::initialise() + QByteArray("\x1d\x76\x30\x00\x02\x00\x02\x00", 8)
            + QByteArray("\x80\x00\x00\x01", 4) + EscPosEncoder::feedLines(4) + EscPosEncoder::partialCut();
        QCOMPARE(bytes.toHex(' '), expected.toHex(' '));
    }

    void tallPictureIsSentInBandsOfAtMost255Rows()
    {
        const QImage image = noise(384, 600, 7);
        const QByteArray bytes = EscPosRaster::encode(image);
        // 255 + 255 + 90 rows: three headers, each announcing 48 bytes a row.
        QCOMPARE(bytes.count(QByteArray("\x1d\x76\x30\x00\x30\x00", 6)) >= 3, true);
        const qsizetype first = bytes.indexOf(QByteArray("\x1d\x76\x30\x00", 4));
        QCOMPARE(static_cast<uchar>(bytes.at(first + 6)), uchar(255));
        QCOMPARE(static_cast<uchar>(bytes.at(first + 7)), uchar(0));
        QCOMPARE(bytes.size(), 2 + 3 * 8 + 48 * 600 + 3 + 3);
        QCOMPARE(EscPosRaster::decode(bytes), image);
    }

    void oddWidthsRoundUpToWholeBytes()
    {
        const QImage image = noise(21, 3, 3); // 3 bytes a row
        const QByteArray bytes = EscPosRaster::encode(image);
        QCOMPARE(bytes.mid(2, 8), QByteArray("\x1d\x76\x30\x00\x03\x00\x03\x00", 8));
        const QImage back = EscPosRaster::decode(bytes);
        QCOMPARE(back.width(), 24);
        QCOMPARE(back.copy(0, 0, 21, 3), image);
    }

    void anyPictureIsThresholdedToBlackOnWhite()
    {
        QImage grey(8, 1, QImage::Format_RGB32);
        grey.fill(Qt::white);
        grey.setPixel(2, 0, qRgb(0, 0, 0));
        grey.setPixel(3, 0, qRgb(40, 40, 40));
        const QImage back = EscPosRaster::decode(EscPosRaster::encode(grey));
        QCOMPARE(back.pixelIndex(2, 0), 1);
        QCOMPARE(back.pixelIndex(3, 0), 1);
        QCOMPARE(back.pixelIndex(4, 0), 0);
    }

    void decodeSkipsTextModeCommands()
    {
        const QImage image = noise(32, 5, 11);
        const QByteArray raster = EscPosRaster::encode(image);
        const QByteArray stream = EscPosEncoder::initialise() + EscPosEncoder::selectAsciiCodePage()
            + EscPosEncoder::align(true) + EscPosEncoder::printMode(true, true, true, true) + "\n" + raster
            + QByteArray("\x1d\x56\x41\x10", 4);
        QCOMPARE(EscPosRaster::decode(stream), image);
    }

    void decodeRefusesWhatIsNotARasterStream()
    {
        QVERIFY(EscPosRaster::decode(QByteArray()).isNull());
        QVERIFY(EscPosRaster::decode(QByteArray("hello\n")).isNull()); // text, not a picture
        QByteArray truncated = EscPosRaster::encode(noise(16, 4, 1));
        truncated.chop(8); // cut and feed, and part of the last row
        QVERIFY(EscPosRaster::decode(truncated).isNull());
        const QByteArray mixed = EscPosRaster::encode(noise(16, 2, 1)) + EscPosRaster::encode(noise(24, 2, 1));
        QVERIFY(EscPosRaster::decode(mixed).isNull()); // bands of different widths
    }

    void streamGrowsLinearlyWithThePicture()
    {
        // Bytes per row stay constant: 48 data bytes plus a header every 255 rows (no quadratic padding).
        for (const int rows : {255, 2550, 25500}) {
            const qsizetype size = EscPosRaster::encode(mono::blank(384, rows)).size();
            QCOMPARE(size, 2 + (rows / 255) * 8 + qsizetype(48) * rows + 6);
        }
    }
};

QTEST_GUILESS_MAIN(TestEscPosRaster)
#include "TestEscPosRaster.moc"
