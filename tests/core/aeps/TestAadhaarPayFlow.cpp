// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// AadhaarPayFlow against the in-process sandbox, the RD simulator and a real journal file.
#include "AepsFlowCases.h"
#include "core/aeps/AadhaarPayFlow.h"

using namespace saathi;
using aeps::AadhaarPayFlow;
using aeps::AepsCustomerFlow;
using test::AepsFixture;

class TestAadhaarPayFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aadhaarPaySucceedsAndDebitsOnce()
    {
        test::checkSucceedsAndIsJournaled<AadhaarPayFlow>(
            journal::TxKind::AadhaarPay, [](AepsFixture& f, const AepsCustomerFlow& flow) {
                QCOMPARE(flow.record().amount, Paise::fromRupees(300));
                QCOMPARE(f.sandbox().debitCount(flow.clientRefId()), 1);
                QCOMPARE(f.sandbox().customerBalance(AepsFixture::aadhaar(), QStringLiteral("SBIN")).value(),
                         Paise::fromRupees(25000 - 300));
            });
    }

    void biometricMismatchFailsWithAdvice() { test::checkBiometricMismatchFailsWithAdvice<AadhaarPayFlow>(); }
};

QTEST_GUILESS_MAIN(TestAadhaarPayFlow)
#include "TestAadhaarPayFlow.moc"
