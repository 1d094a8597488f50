// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/MainWindow.h"

#include <QLabel>
#include <QTest>

using namespace saathi::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsNameAndTrainingBanner()
    {
        MainWindow window(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Saathi"));
        auto* banner = window.findChild<QLabel*>(QStringLiteral("trainingBannerLabel"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().startsWith(QStringLiteral("Training")));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("appTitleLabel"))->text(), QStringLiteral("Saathi"));
    }

    void noBannerOutsideTraining()
    {
        MainWindow window(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.findChild<QLabel*>(QStringLiteral("trainingBannerLabel"))->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
