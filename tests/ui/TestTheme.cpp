// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The theme as the agent sees it (offscreen): every kind of focusable control draws the focus ring when it has the
// keyboard and not otherwise (pixels of the ring's colour in a grab), every in-house icon loads as SVG and draws at
// 1x and 2x, and the main actions get their icon by their objectName.
#include "ui/form/Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

using namespace saathi::ui;

namespace {

const QColor kRing(0xc2, 0x41, 0x0c); // the style sheet's focus colour

int ringPixels(QWidget* widget)
{
    const QImage image = widget->grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            count += image.pixelColor(x, y) == kRing ? 1 : 0;
        }
    }
    return count;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        Theme::applyTo(*qApp);
        QVERIFY(!Theme::styleSheet().isEmpty()); // the resource is linked in
        QCOMPARE(QApplication::font().pointSizeF(), Theme::kBasePointSize);
    }

    void everyFocusableControlShowsTheRingOnlyWithFocus()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* button = new QPushButton(QStringLiteral("Print"), &window);
        auto* edit = new QLineEdit(&window);
        auto* combo = new QComboBox(&window);
        combo->addItem(QStringLiteral("State Bank of India"));
        auto* check = new QCheckBox(QStringLiteral("Agrees"), &window);
        auto* tile = new QPushButton(QStringLiteral("Cash Withdrawal\nF1"), &window);
        Theme::setRole(tile, Role::Tile);
        auto* list = new QListWidget(&window);
        list->addItems({QStringLiteral("one"), QStringLiteral("two")});
        auto* parking = new QPushButton(&window); // takes the focus away from the others
        parking->setFixedSize(1, 1);
        const QList<QWidget*> controls {button, edit, combo, check, tile, list};
        for (QWidget* w : controls) {
            layout->addWidget(w);
        }
        layout->addWidget(parking);
        window.resize(400, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        for (QWidget* w : controls) {
            parking->setFocus();
            QTRY_VERIFY(parking->hasFocus());
            const int without = ringPixels(w);
            w->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(w->hasFocus());
            const int with = ringPixels(w);
            // A ring 2–4 px thick around the control: at least its width twice over.
            QVERIFY2(with >= 2 * w->width(), w->metaObject()->className());
            QVERIFY2(without == 0, w->metaObject()->className());
        }
    }

    void everyIconLoadsAsSvgAndDrawsAtTwiceTheScale()
    {
        for (int i = 0; i <= int(Icon::Agent); ++i) {
            const QIcon icon = Theme::icon(Icon(i));
            QVERIFY2(!icon.isNull(), qPrintable(Theme::iconPath(Icon(i))));
            for (const qreal ratio : {1.0, 2.0}) {
                const QPixmap pixmap = icon.pixmap(QSize(48, 48), ratio);
                QCOMPARE(pixmap.size(), QSize(48, 48) * ratio); // drawn at the device's pixels, not scaled up
                const QImage image = pixmap.toImage();
                int inked = 0;
                for (int y = 0; y < image.height(); ++y) {
                    for (int x = 0; x < image.width(); ++x) {
                        inked += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
                    }
                }
                QVERIFY2(inked > 0, qPrintable(Theme::iconPath(Icon(i))));
            }
        }
    }

    void mainActionsGetTheirIconByName()
    {
        QWidget page;
        auto* print = new QPushButton(QStringLiteral("Print"), &page);
        print->setObjectName(QStringLiteral("refundPrintButton"));
        auto* pdf = new QPushButton(QStringLiteral("Save PDF"), &page);
        pdf->setObjectName(QStringLiteral("savePdfButton"));
        auto* other = new QPushButton(QStringLiteral("Look up"), &page);
        other->setObjectName(QStringLiteral("lookupButton"));
        page.ensurePolished();
        for (QWidget* w : page.findChildren<QWidget*>()) {
            w->ensurePolished();
        }
        QVERIFY(!print->icon().isNull());
        QVERIFY(!pdf->icon().isNull());
        QVERIFY(other->icon().isNull());
    }
};

QTEST_MAIN(TestTheme)
#include "TestTheme.moc"
