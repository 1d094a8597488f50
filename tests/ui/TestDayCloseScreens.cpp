// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The day close screen driven by the keyboard, offscreen, over a real journal (JournalService + DayCloseService):
// the preview shows at once with the unresolved row and its age, Alt+C then Alt+Y closes the day under number 1,
// the CSV and PDF exports write real files (FileChooser answered), and an open till shift keeps the close button off.
#include "../core/dayclose/DayCloseFixture.h"
#include "core/counter/CounterServices.h"
#include "core/dayclose/DayCloseService.h"
#include "core/journal/JournalService.h"
#include "ui/dayclose/DayClosePage.h"
#include "ui/home/HomePage.h"
#include "ui/widgets/FileChooser.h"

#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBrowser>

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::test;

namespace {
const QDate kDay(2026, 12, 1);
} // namespace

class TestDayCloseScreens : public QObject
{
    Q_OBJECT

private:
    // A journal with one day of work: a withdrawal, a pending one, a shift counted ₹10 short; and today (the next
    // day) a shift still open.
    static void fill(DayCloseFixture& f)
    {
        f.at(kDay, 9);
        const qint64 shift = f.openShift(QStringLiteral("Asha"), Paise::fromRupees(20000), Paise {5000000});
        f.at(kDay, 10);
        QVERIFY(f.row(QStringLiteral("W1"), TxKind::AepsWithdrawal, Paise {100000}, TxState::Success, Paise {0},
                      Paise {450}, Paise {4900000}));
        QVERIFY(f.row(QStringLiteral("W3"), TxKind::AepsWithdrawal, Paise {250000}, TxState::Pending));
        f.at(kDay, 19);
        QVERIFY(f.closeShift(shift, Paise {1900000}, Paise {1899000}));
        f.at(kDay.addDays(1), 9);
        QVERIFY(f.openShift(QStringLiteral("Ravi"), Paise::fromRupees(5000)) > 0);
        f.at(kDay.addDays(1), 10);
        f.store.reset();
    }

    static QString status(const ui::DayClosePage& page)
    {
        return page.findChild<QLabel*>(QStringLiteral("dayCloseStatusLabel"))->text();
    }

private Q_SLOTS:
    void previewCloseAndExportByKeyboard()
    {
        DayCloseFixture f;
        QVERIFY(f.open());
        fill(f);
        JournalService journal(f.clock);
        auto opened = journal.open(f.path(), storeOptions());
        QTRY_VERIFY(opened.isFinished());
        QVERIFY(opened.result().ok());
        dayclose::DayCloseService dayClose(journal);
        CounterServices services;
        services.journal = &journal;
        services.clock = &f.clock;
        services.dayClose = &dayClose;
        services.identity.shopName = QStringLiteral("Sharma Store");
        services.identity.userCode = QStringLiteral("20810200");

        ui::DayClosePage page(services);
        QSignalSpy shown(&page, &ui::DayClosePage::reportShown);
        page.show();
        page.activateWindow(); // mnemonics (Alt+letter) reach the active window
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTRY_VERIFY(shown.count() >= 1);
        auto* day = page.findChild<QDateEdit*>(QStringLiteral("dayDateEdit"));
        QCOMPARE(day->date(), kDay.addDays(1)); // today in India
        auto* close = page.findChild<QPushButton*>(QStringLiteral("closeDayButton"));
        QVERIFY(!close->isEnabled()); // Ravi's shift is open today
        QVERIFY(status(page).contains(QStringLiteral("close the till first")));

        // The day before, by keyboard: the date field has focus; Down steps the day back.
        day->setFocus();
        day->setCurrentSection(QDateTimeEdit::DaySection);
        const int before = shown.count();
        QTest::keyClick(day, Qt::Key_Down);
        QTRY_VERIFY(shown.count() > before && page.report() && page.report()->istDay == kDay);
        auto* view = page.findChild<QTextBrowser*>(QStringLiteral("reportView"));
        QVERIFY(view->toPlainText().contains(QStringLiteral("W3")));
        QVERIFY(view->toPlainText().contains(QStringLiteral("today"))); // its age, on its own day
        QVERIFY(view->toPlainText().contains(QStringLiteral("₹1,000.00")));
        QVERIFY(view->toPlainText().contains(QStringLiteral("PREVIEW")));
        QCOMPARE(page.report()->number, 0);
        QVERIFY(close->isEnabled());

        // Alt+C asks once more; Alt+Y closes.
        QSignalSpy closed(&page, &ui::DayClosePage::dayClosed);
        QTest::keyClick(&page, Qt::Key_C, Qt::AltModifier);
        auto* confirm = page.findChild<QPushButton*>(QStringLiteral("confirmCloseButton"));
        QTRY_VERIFY(confirm->isVisible());
        QTest::keyClick(&page, Qt::Key_Y, Qt::AltModifier);
        QTRY_COMPARE(closed.count(), 1);
        QCOMPARE(closed.first().first().toInt(), 1);
        QCOMPARE(page.report()->number, 1);
        QVERIFY(view->toPlainText().contains(QStringLiteral("DAY CLOSE No. 1")));
        QVERIFY(!close->isEnabled()); // closed once: the button is off
        QVERIFY(status(page).contains(QStringLiteral("report No. 1")));

        // Export CS&V… (Alt+V) to the file the chooser answers.
        QSignalSpy saved(&page, &ui::DayClosePage::saved);
        const QString csvPath = f.dir.filePath(QStringLiteral("day.csv"));
        ui::FileChooser::setNextAnswer(csvPath);
        QTest::keyClick(&page, Qt::Key_V, Qt::AltModifier);
        QTRY_COMPARE(saved.count(), 1);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.startsWith("report_number,ist_day,"));
        QVERIFY(text.contains("\r\n1,2026-12-01,"));
        QVERIFY(text.contains("cash_withdrawal,1,1000.00,2,0,1,0.00,4.50\r\n"));
        QVERIFY(text.contains("cash_difference,-10.00\r\n"));
        QVERIFY(text.contains("W3,cash_withdrawal,pending,2500.00,"));

        // Save as PD&F… (Alt+F).
        const QString pdfPath = f.dir.filePath(QStringLiteral("day.pdf"));
        ui::FileChooser::setNextAnswer(pdfPath);
        QTest::keyClick(&page, Qt::Key_F, Qt::AltModifier);
        QTRY_COMPARE(saved.count(), 2);
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.size() > 1000);
        QVERIFY(pdf.read(5) == "%PDF-");

        // Back on the open day, then to the closed one again: its recorded report comes back under its number.
        page.setDay(kDay.addDays(1));
        QTRY_VERIFY(page.report() && page.report()->istDay == kDay.addDays(1));
        page.setDay(kDay);
        QTRY_VERIFY(page.report() && page.report()->istDay == kDay);
        QCOMPARE(page.report()->number, 1);

        QSignalSpy back(&page, &ui::DayClosePage::backRequested);
        QTest::keyClick(page.focusWidget() ? page.focusWidget() : &page, Qt::Key_Escape);
        QCOMPARE(back.count(), 1);
    }

    // Home's "Close the day…" answers Alt+D (the composition root opens the page on it).
    void homeAsksForTheDayCloseByKeyboard()
    {
        CounterServices services;
        ui::HomePage home(services);
        QSignalSpy asked(&home, &ui::HomePage::dayCloseRequested);
        home.show();
        home.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&home));
        QTest::keyClick(&home, Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(asked.count(), 1); // a mnemonic animates the click
    }
};

QTEST_MAIN(TestDayCloseScreens)
#include "TestDayCloseScreens.moc"
