// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// MiniStatementFlow against the in-process sandbox, the RD simulator and a real journal file.
#include "AepsFlowCases.h"
#include "core/aeps/MiniStatementFlow.h"

using namespace saathi;
using aeps::AepsCustomerFlow;
using aeps::MiniStatementFlow;
using test::AepsFixture;

class TestMiniStatementFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void miniStatementReturnsRowsAndIsJournaled()
    {
        test::checkSucceedsAndIsJournaled<MiniStatementFlow>(
            journal::TxKind::MiniStatement, [](AepsFixture& f, const AepsCustomerFlow& flow) {
                QVERIFY(!flow.transaction().miniStatement.isEmpty());
                QCOMPARE(f.sandbox().debitCount(flow.clientRefId()), 0);
            });
    }

    void biometricMismatchFailsWithAdvice() { test::checkBiometricMismatchFailsWithAdvice<MiniStatementFlow>(); }
};

QTEST_GUILESS_MAIN(TestMiniStatementFlow)
#include "TestMiniStatementFlow.moc"
