// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "AepsFixture.h"
#include "FlowRunner.h"
#include "core/aeps/AepsCustomerFlow.h"
#include "core/journal/TransactionRecord.h"

#include <QSignalSpy>
#include <QTest>

namespace saathi::test {

// The cases the balance enquiry, mini statement and Aadhaar Pay flows share, each on a fresh AepsFixture with the
// seeded customer's form for ₹300 (flows that ask no amount leave it out). Flow is the AepsCustomerFlow under test;
// QVERIFY/QCOMPARE inside fail the calling test function.

// The flow succeeds and journals one row of `kind` in Success for the Aadhaar ending 7058; then `specific(f, flow)`
// checks what only this flow does.
template<class Flow, class Check>
void checkSucceedsAndIsJournaled(journal::TxKind kind, Check specific)
{
    AepsFixture f;
    QVERIFY(f.isReady());
    Flow flow(f.services());
    QSignalSpy outcome(&flow, &aeps::AepsCustomerFlow::outcomeReady);
    QVERIFY(flow.submit(filledForm(QStringLiteral("300"))));
    QVERIFY(outcome.wait(20000));
    QCOMPARE(flow.state(), aeps::AepsCustomerFlow::State::Success);
    QCOMPARE(f.rowCount(), 1);
    QCOMPARE(f.rows().first().kind, kind);
    QCOMPARE(f.rows().first().state, journal::TxState::Success);
    QCOMPARE(f.rows().first().aadhaarLast4, QStringLiteral("7058"));
    specific(f, static_cast<const aeps::AepsCustomerFlow&>(flow));
}

// The bank's biometric mismatch fails the flow with a message that says what to do next.
template<class Flow>
void checkBiometricMismatchFailsWithAdvice()
{
    AepsFixture f;
    f.sandbox().armFault(sandbox::Fault::BiometricMismatch);
    Flow flow(f.services());
    QSignalSpy outcome(&flow, &aeps::AepsCustomerFlow::outcomeReady);
    QVERIFY(flow.submit(filledForm(QStringLiteral("300"))));
    QVERIFY(outcome.wait(20000));
    QCOMPARE(flow.state(), aeps::AepsCustomerFlow::State::Failed);
    QVERIFY(!flow.lastError().userMessage.isEmpty());
}

} // namespace saathi::test
