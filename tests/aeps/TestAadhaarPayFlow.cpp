// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// AadhaarPayFlow against the in-process sandbox, the RD simulator and a real journal file.
#include "AepsFixture.h"
#include "FlowRunner.h"
#include "aeps/AadhaarPayFlow.h"

#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using aeps::AepsCustomerFlow;
using test::AepsFixture;

class TestAadhaarPayFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aadhaarPaySucceedsAndDebitsOnce()
    {
        AepsFixture f;
        QVERIFY(f.isReady());
        aeps::AadhaarPayFlow flow(f.services());
        QSignalSpy outcome(&flow, &AepsCustomerFlow::outcomeReady);
        QVERIFY(flow.submit(test::filledForm(QStringLiteral("300"))));
        QVERIFY(outcome.wait(20000));
        QCOMPARE(flow.state(), AepsCustomerFlow::State::Success);
        QCOMPARE(f.rowCount(), 1);
        QCOMPARE(f.rows().first().kind, journal::TxKind::AadhaarPay);
        QCOMPARE(f.rows().first().state, journal::TxState::Success);
        QCOMPARE(f.rows().first().aadhaarLast4, QStringLiteral("7058"));
        check(f, flow);
    }

    void biometricMismatchFailsWithAdvice()
    {
        AepsFixture f;
        f.sandbox().armFault(sandbox::Fault::BiometricMismatch);
        aeps::AadhaarPayFlow flow(f.services());
        QSignalSpy outcome(&flow, &AepsCustomerFlow::outcomeReady);
        QVERIFY(flow.submit(test::filledForm(QStringLiteral("300"))));
        QVERIFY(outcome.wait(20000));
        QCOMPARE(flow.state(), AepsCustomerFlow::State::Failed);
        QVERIFY(!flow.lastError().userMessage.isEmpty());
    }

private:
    void check(AepsFixture& f, const AepsCustomerFlow& flow);
};

void TestAadhaarPayFlow::check(AepsFixture& f, const AepsCustomerFlow& flow)
{
    QCOMPARE(flow.record().amount, Paise::fromRupees(300));
    QCOMPARE(f.sandbox().debitCount(flow.clientRefId()), 1);
    QCOMPARE(f.sandbox().customerBalance(AepsFixture::aadhaar(), QStringLiteral("SBIN")).value(),
             Paise::fromRupees(25000 - 300));
}

QTEST_GUILESS_MAIN(TestAadhaarPayFlow)
#include "TestAadhaarPayFlow.moc"
