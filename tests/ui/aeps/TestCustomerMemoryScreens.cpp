// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Issue #18: the memory of customers can be cleared — by the customer's request from History ("Forget this
// customer", after a confirmation) and by the agent from Settings — and survives nothing else (a real journal file).
#include "AepsFixture.h"
#include "FlowRunner.h"
#include "core/aeps/CashWithdrawalFlow.h"
#include "core/crypto/CustomerToken.h"
#include "core/journal/JournalService.h"
#include "core/preflight/CustomerMemoryService.h"
#include "ui/history/ForgetCustomerButton.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/HistoryPage.h"
#include "ui/settings/CustomerMemoryBox.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace saathi;
using namespace saathi::ui;
using test::AepsFixture;

namespace {

bool remembered(AepsFixture& f)
{
    auto future = preflight::CustomerMemoryService(f.journal())
                      .recall(f.services().customerTokens->token(SecureBytes::fromString(AepsFixture::aadhaar())));
    for (int i = 0; i < 10000 && !future.isFinished(); ++i) {
        QTest::qWait(1);
    }
    return future.isFinished() && future.result().ok() && !future.result().value().isEmpty();
}

// A withdrawal that worked: the counter now remembers the customer's bank and finger.
bool serveCustomer(AepsFixture& f)
{
    aeps::CashWithdrawalFlow flow(f.services());
    QSignalSpy outcome(&flow, &aeps::AepsCustomerFlow::outcomeReady);
    aeps::AepsForm form = test::filledForm(QStringLiteral("500"));
    form.finger = device::Finger::RightIndex;
    if (!flow.submit(form) || !outcome.wait(20000) || flow.state() != aeps::AepsCustomerFlow::State::Success) {
        return false;
    }
    for (int i = 0; i < 100 && !remembered(f); ++i) {
        QTest::qWait(10);
    }
    return remembered(f);
}

} // namespace

class TestCustomerMemoryScreens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void historyForgetsTheSelectedTransactionsCustomerAfterAsking()
    {
        AepsFixture f;
        QVERIFY(serveCustomer(f));
        HistoryPage page(f.services());
        page.show();
        page.search();
        auto* table = page.findChild<QTableView*>(QStringLiteral("historyTableView"));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        auto* forget = page.findChild<ForgetCustomerButton*>(QStringLiteral("forgetCustomerButton"));
        QVERIFY(!forget->isEnabled());
        table->setFocus();
        table->setCurrentIndex(page.model()->index(0, 0));
        QTRY_VERIFY(forget->isEnabled());
        QVERIFY(forget->text().contains(QLatin1Char('&')));

        // "No" keeps everything.
        forget->click();
        QTRY_VERIFY(forget->confirmation());
        forget->confirmation()->button(QMessageBox::No)->click();
        QTest::qWait(100);
        QVERIFY(remembered(f));
        // "Yes" forgets; the transaction stays.
        forget->click();
        QTRY_VERIFY(forget->confirmation());
        forget->confirmation()->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!remembered(f));
        QCOMPARE(f.rowCount(), 1);
        QTRY_VERIFY(
            page.findChild<QLabel*>(QStringLiteral("historyStatusLabel"))->text().contains(QStringLiteral("forgot")));
        QVERIFY(!forget->isEnabled());
    }

    void settingsClearsTheWholeMemoryAfterAsking()
    {
        AepsFixture f;
        QVERIFY(serveCustomer(f));
        CustomerMemoryBox box(f.journal());
        box.show();
        box.clearButton()->click();
        QTRY_VERIFY(box.confirmation());
        box.confirmation()->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!remembered(f));
        QTRY_VERIFY(!box.findChild<QLabel*>(QStringLiteral("customerMemoryStatusLabel"))->isHidden());
        QCOMPARE(f.rowCount(), 1);
    }
};

QTEST_MAIN(TestCustomerMemoryScreens)
#include "TestCustomerMemoryScreens.moc"
