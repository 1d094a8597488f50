// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// A full disk in the counter's cash withdrawal (issue #13): the real flow, Eko client, sandbox, RD simulator and
// journal, with the disk filled through FullDiskVfs. Nothing is sent unless the `prepared` row is saved; a disk
// that fills while the request is on the wire leaves the row pending and says so.
#include "AepsFixture.h"
#include "FlowRunner.h"
#include "FullDiskVfs.h"
#include "core/aeps/CashWithdrawalFlow.h"
#include "core/journal/JournalErrors.h"

#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using aeps::AepsCustomerFlow;
using test::AepsFixture;

namespace {
int withdrawalRequests(const sandbox::EkoSandbox& sandbox)
{
    int n = 0;
    for (const auto& entry : sandbox.requestLog()) {
        n += entry.path.contains(QLatin1String("cash-withdraw")) ? 1 : 0; // Eko's path says "cash-withdrawl"
    }
    return n;
}
} // namespace

class TestFlowDiskFull : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::installFullDiskVfs()); }
    void cleanup() { test::setDiskFull(false); }

    void aFullDiskBeforeTheRowIsSavedSendsNothing()
    {
        AepsFixture f;
        QVERIFY(f.isReady());
        aeps::CashWithdrawalFlow flow(f.services());
        QSignalSpy stopped(&flow, &AepsCustomerFlow::stopped);
        const int before = withdrawalRequests(f.sandbox());
        test::setDiskFull(true, true); // whatever room the WAL file has left, the prepare's commit fails
        QVERIFY(flow.submit(test::filledForm(QStringLiteral("2500"))));
        QVERIFY(stopped.wait(20000));
        QCOMPARE(stopped.first().first().value<Error>().code, QString::fromLatin1(journal::kDiskFullCode));
        QCOMPARE(flow.state(), AepsCustomerFlow::State::Editing);
        QCOMPARE(withdrawalRequests(f.sandbox()), before); // not one request left the counter
        QVERIFY(f.sandbox().ledger().isEmpty());
        test::setDiskFull(false);
        QCOMPARE(f.rowCount(), 0); // the prepare was refused: no row, no request
    }

    void aDiskThatFillsWhileTheRequestIsOutLeavesItPendingAndSaysSo()
    {
        AepsFixture f;
        QVERIFY(f.isReady());
        aeps::CashWithdrawalFlow flow(f.services());
        QSignalSpy outcome(&flow, &AepsCustomerFlow::outcomeReady);
        // The request has arrived at Eko (prepare and markSent are saved): now the disk is full.
        QObject::connect(&f.sandbox(), &sandbox::EkoSandbox::requestReceived, &flow,
                         [](const QString&, const QString& path) {
                             if (path.contains(QLatin1String("cash-withdraw"))) {
                                 test::setDiskFull(true, true); // the outcome's commit fails, WAL room or not
                             }
                         });
        QVERIFY(flow.submit(test::filledForm(QStringLiteral("2500"))));
        QVERIFY(outcome.wait(20000));
        QVERIFY(test::refusedWrites() > 0);
        QCOMPARE(flow.state(), AepsCustomerFlow::State::Pending); // never "success" on an answer not saved
        QCOMPARE(flow.lastError().code, QString::fromLatin1(journal::kOutcomeNotSavedCode));
        QVERIFY(flow.lastError().userMessage.startsWith(QLatin1String("Saved as pending: free some disk space")));
        QCOMPARE(f.sandbox().debitCount(flow.clientRefId()), 1); // Eko did it once …
        test::setDiskFull(false);
        QCOMPARE(f.row(flow.clientRefId())->state, journal::TxState::Sent); // … and the row waits for reconciliation
    }
};

QTEST_MAIN(TestFlowDiskFull)
#include "TestFlowDiskFull.moc"
