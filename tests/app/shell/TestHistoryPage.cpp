// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/counter/CounterServices.h"
#include "core/journal/JournalService.h"
#include "core/util/ClientRefId.h"
#include "core/util/Clock.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/HistoryPage.h"
#include "ui/widgets/FileChooser.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;

class TestHistoryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesFiltersShowsDetailsAndExports()
    {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(11, 30), Clock::istZone()).toMSecsSinceEpoch());
        journal::JournalService service(clock);
        QSignalSpy opened(&service, &journal::JournalService::unresolvedChanged);
        auto open = service.open(dir.filePath(QStringLiteral("j.sqlite")));
        QTRY_VERIFY(open.isFinished());
        QVERIFY(open.result().ok());
        ClientRefIdGenerator refs(clock);
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            journal::PrepareRequest r;
            r.clientRefId = refs.next();
            r.submissionKey = QStringLiteral("key-") + r.clientRefId;
            r.amount = Paise::fromRupees(100 * (i + 1));
            r.customerMobile = QStringLiteral("987654321%1").arg(i);
            r.aadhaarLast4 = QStringLiteral("7058");
            r.agentUserCode = QStringLiteral("20810200");
            auto prepared = service.prepare(r);
            QTRY_VERIFY(prepared.isFinished());
            QVERIFY(prepared.result().ok());
            ids << r.clientRefId;
            clock.advanceMs(60 * 1000);
        }

        CounterServices services;
        services.journal = &service;
        services.clock = &clock;
        ui::HistoryPage page(services);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setPageSize(2);
        QSignalSpy loaded(&page, &ui::HistoryPage::pageLoaded);
        page.show();
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.model()->record(0).clientRefId, ids.at(2)); // newest first
        auto* more = page.findChild<QPushButton*>(QStringLiteral("loadMoreButton"));
        QVERIFY(more->isEnabled());
        QTest::mouseClick(more, Qt::LeftButton);
        QTRY_COMPARE(loaded.count(), 2);
        QCOMPARE(page.model()->rowCount(), 3);
        QVERIFY(!more->isEnabled());

        auto* table = page.findChild<QTableView*>(QStringLiteral("historyTableView"));
        table->setCurrentIndex(page.model()->index(1, 0));
        auto* details = page.findChild<QPlainTextEdit*>(QStringLiteral("detailsPlainTextEdit"));
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Events:")));
        QVERIFY(details->toPlainText().contains(ids.at(1)));
        QVERIFY(details->toPlainText().contains(QStringLiteral("XXXX XXXX 7058")));

        auto* mobile = page.findChild<QLineEdit*>(QStringLiteral("mobileLineEdit"));
        QTest::keyClicks(mobile, QStringLiteral("9876543210"));
        QTest::keyClick(mobile, Qt::Key_Return);
        QTRY_COMPARE(loaded.count(), 3);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->record(0).clientRefId, ids.at(0));

        const QString csvPath = dir.filePath(QStringLiteral("out.csv"));
        ui::FileChooser::setNextAnswer(csvPath);
        QSignalSpy exported(&page, &ui::HistoryPage::exported);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("exportCsvButton")), Qt::LeftButton);
        QTRY_COMPARE(exported.count(), 1);
        QCOMPARE(exported.first().at(1).toLongLong(), 1);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.contains(ids.at(0).toLatin1()));
        QVERIFY(!text.contains(ids.at(1).toLatin1())); // the filter applies to the export too
    }
};

QTEST_MAIN(TestHistoryPage)
#include "TestHistoryPage.moc"
