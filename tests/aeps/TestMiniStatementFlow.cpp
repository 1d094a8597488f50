// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// MiniStatementFlow against the in-process sandbox, the RD simulator and a real journal file.
#include "AepsFixture.h"
#include "FlowRunner.h"
#include "aeps/MiniStatementFlow.h"

#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using aeps::AepsCustomerFlow;
using test::AepsFixture;

class TestMiniStatementFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void miniStatementReturnsRowsAndIsJournaled()
    {
        AepsFixture f;
        QVERIFY(f.isReady());
        aeps::MiniStatementFlow flow(f.services());
        QSignalSpy outcome(&flow, &AepsCustomerFlow::outcomeReady);
        QVERIFY(flow.submit(test::filledForm(QStringLiteral("300"))));
        QVERIFY(outcome.wait(20000));
        QCOMPARE(flow.state(), AepsCustomerFlow::State::Success);
        QCOMPARE(f.rowCount(), 1);
        QCOMPARE(f.rows().first().kind, journal::TxKind::MiniStatement);
        QCOMPARE(f.rows().first().state, journal::TxState::Success);
        QCOMPARE(f.rows().first().aadhaarLast4, QStringLiteral("7058"));
        check(f, flow);
    }

    void biometricMismatchFailsWithAdvice()
    {
        AepsFixture f;
        f.sandbox().armFault(sandbox::Fault::BiometricMismatch);
        aeps::MiniStatementFlow flow(f.services());
        QSignalSpy outcome(&flow, &AepsCustomerFlow::outcomeReady);
        QVERIFY(flow.submit(test::filledForm(QStringLiteral("300"))));
        QVERIFY(outcome.wait(20000));
        QCOMPARE(flow.state(), AepsCustomerFlow::State::Failed);
        QVERIFY(!flow.lastError().userMessage.isEmpty());
    }

private:
    void check(AepsFixture& f, const AepsCustomerFlow& flow);
};

void TestMiniStatementFlow::check(AepsFixture& f, const AepsCustomerFlow& flow)
{
    QVERIFY(!flow.transaction().miniStatement.isEmpty());
    QCOMPARE(f.sandbox().debitCount(flow.clientRefId()), 0);
}

QTEST_GUILESS_MAIN(TestMiniStatementFlow)
#include "TestMiniStatementFlow.moc"
