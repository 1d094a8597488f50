// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Writes a PNG of every screen of the counter at 1366×768, walking the app as an agent would (training mode,
// offscreen): eKYC, daily login, home, each AePS form and result, history, settings, onboarding, the device
// wizard, money transfer, and home in Hindi. The folder is $SAATHI_SCREENSHOT_DIR (default: screens/ in the
// build directory); README shows the main ones (docs/screens/). Each grab is checked: the right page, the
// right size, not blank.
#include "CounterFixture.h"
#include "core/agent/AgentSession.h"
#include "ui/home/HomePage.h"
#include "ui/settings/LanguageSwitcher.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPushButton>
#include <QSet>
#include <QTest>

using namespace saathi;
using test::CounterFixture;

class TestScreenTour : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("SAATHI_SCREENSHOT_DIR");
        if (m_dir.isEmpty()) {
            m_dir = QDir::current().absoluteFilePath(QStringLiteral("screens"));
        }
        QVERIFY(QDir().mkpath(m_dir));
    }

    void everyScreenIsSavedAt1366x768()
    {
        CounterFixture f;
        QVERIFY(f.start());
        f.window().resize(1366, 768);
        QVERIFY(snap(f, "ekyc", "01-ekyc"));
        QVERIFY(f.loginAgent());
        QVERIFY(snap(f, "home", "03-home"));

        QVERIFY(f.typeWithdrawal(QStringLiteral("9876543210"), QStringLiteral("2500")));
        QVERIFY(snap(f, "cashWithdrawal", "04-cash-withdrawal-form"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(f.waitForResult("cashWithdrawal"));
        QVERIFY(snap(f, "cashWithdrawal", "05-cash-withdrawal-receipt"));

        for (const auto& [id, name] :
             {std::pair {"balanceEnquiry", "06-balance-enquiry"}, std::pair {"miniStatement", "07-mini-statement"},
              std::pair {"aadhaarPay", "08-aadhaar-pay"}, std::pair {"history", "09-history"},
              std::pair {"settings", "10-settings"}, std::pair {"onboarding", "11-onboarding"}}) {
            f.window().showPage(QString::fromLatin1(id));
            QVERIFY2(snap(f, id, name), id);
        }
        f.window().showHome();
        QTest::mouseClick(f.window().findChild<QPushButton*>(QStringLiteral("deviceButton")), Qt::LeftButton);
        QTest::qWait(1500); // the search lists the simulator's device
        QVERIFY(snap(f, "device", "12-device-wizard"));
        f.window().showHome();
        QTest::keyClick(&f.window(), Qt::Key_F5);
        QVERIFY(snap(f, "moneyTransfer", "13-money-transfer"));
        f.window().showHome();
        f.app().language().setLanguage(QStringLiteral("hi"));
        QVERIFY(snap(f, "home", "14-home-hindi"));
        QVERIFY(f.typeWithdrawal(QStringLiteral("9876543210"), QStringLiteral("500")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(f.waitForResult("cashWithdrawal"));
        QVERIFY(snap(f, "cashWithdrawal", "18-cash-withdrawal-receipt-hindi"));
        f.window().showHome();
        f.app().language().setLanguage(QStringLiteral("en"));

        // The daily login of the next IST day.
        f.clock().advanceMs(24LL * 3600 * 1000);
        f.app().checkAgent();
        QTRY_COMPARE_WITH_TIMEOUT(f.window().currentPageId(), QStringLiteral("dailyLogin"), 10000);
        QVERIFY(snap(f, "dailyLogin", "02-daily-login"));
        qInfo("screens written to %s", qPrintable(m_dir));
    }

private:
    bool snap(CounterFixture& f, const char* pageId, const char* name)
    {
        QTest::qWait(50); // one event-loop turn for layouts and fonts
        if (f.window().currentPageId() != QLatin1String(pageId)) {
            qWarning("expected page %s, on %s", pageId, qPrintable(f.window().currentPageId()));
            return false;
        }
        const QImage image = f.window().grab().toImage();
        if (image.size() != QSize(1366, 768)) {
            qWarning("%s is %dx%d", name, image.width(), image.height());
            return false;
        }
        // Not blank: a screen has text and widgets, so many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                colours.insert(image.pixel(x, y));
            }
        }
        if (colours.size() < 8) {
            qWarning("%s looks blank (%lld colours)", name, qlonglong(colours.size()));
            return false;
        }
        const QString path = QDir(m_dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png"));
        return image.save(path);
    }

    QString m_dir;
};

QTEST_MAIN(TestScreenTour)
#include "TestScreenTour.moc"
