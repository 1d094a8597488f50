// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The window icon comes from the binary's own resources at every size the build rendered from the SVG (so it shows
// on Windows and in a build tree, with no icon theme and no SVG plugin): a teal tile with a white mark, transparent
// outside its rounded corners.
#include "app/icon/AppIcon.h"

#include <QImage>
#include <QTest>

class TestAppIcon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hasEveryRenderedSize()
    {
        const QList<QSize> sizes = saathi::appIcon().availableSizes();
        for (const int n : {16, 24, 32, 48, 64, 128, 256, 512}) {
            QVERIFY2(sizes.contains(QSize(n, n)), qPrintable(QString::number(n)));
        }
    }

    void smallestSizeIsATileWithAWhiteMark()
    {
        const QImage image = saathi::appIcon().pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(image.size(), QSize(16, 16));
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0); // outside the rounded corner
        int white = 0;
        int teal = 0;
        for (int y = 0; y < 16; ++y) {
            for (int x = 0; x < 16; ++x) {
                const QRgb p = image.pixel(x, y);
                white += qAlpha(p) == 255 && qRed(p) > 200 && qGreen(p) > 200 && qBlue(p) > 200 ? 1 : 0;
                teal += qAlpha(p) == 255 && qGreen(p) > 2 * qRed(p) && qBlue(p) > 2 * qRed(p) ? 1 : 0;
            }
        }
        QVERIFY2(white >= 16, qPrintable(QString::number(white)));
        QVERIFY2(teal >= 64, qPrintable(QString::number(teal)));
    }
};

QTEST_MAIN(TestAppIcon)
#include "TestAppIcon.moc"
