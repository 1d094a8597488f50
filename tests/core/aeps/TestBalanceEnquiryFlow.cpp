// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// BalanceEnquiryFlow against the in-process sandbox, the RD simulator and a real journal file.
#include "AepsFlowCases.h"
#include "core/aeps/BalanceEnquiryFlow.h"

using namespace saathi;
using aeps::AepsCustomerFlow;
using aeps::BalanceEnquiryFlow;
using test::AepsFixture;

class TestBalanceEnquiryFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void balanceEnquiryIsJournaledAndShowsTheBalance()
    {
        test::checkSucceedsAndIsJournaled<BalanceEnquiryFlow>(
            journal::TxKind::BalanceEnquiry, [](AepsFixture& f, const AepsCustomerFlow& flow) {
                QVERIFY(flow.transaction().hasCustomerBalance);
                QCOMPARE(flow.transaction().customerBalance, Paise::fromRupees(25000));
                QCOMPARE(f.sandbox().debitCount(flow.clientRefId()), 0);
                QVERIFY(flow.record().amount == Paise {}); // no amount is asked for or sent
            });
    }

    void biometricMismatchFailsWithAdvice() { test::checkBiometricMismatchFailsWithAdvice<BalanceEnquiryFlow>(); }
};

QTEST_GUILESS_MAIN(TestBalanceEnquiryFlow)
#include "TestBalanceEnquiryFlow.moc"
