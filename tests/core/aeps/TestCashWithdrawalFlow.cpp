// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Cash withdrawal end to end: real Eko client → in-process sandbox over loopback, real RD client → RD simulator,
// real journal file with its reconciler.
#include "AepsFixture.h"
#include "FlowRunner.h"
#include "core/aeps/CashWithdrawalFlow.h"
#include "core/device/BiometricDevice.h"
#include "core/journal/JournalService.h"

#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using aeps::AepsCustomerFlow;
using aeps::AepsField;
using aeps::CashWithdrawalFlow;
using sandbox::Fault;
using test::AepsFixture;
using State = AepsCustomerFlow::State;

class TestCashWithdrawalFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withdrawalSucceedsAndDebitsOnce()
    {
        AepsFixture f;
        QVERIFY(f.isReady());
        CashWithdrawalFlow flow(f.services());
        QSignalSpy outcome(&flow, &AepsCustomerFlow::outcomeReady);
        QVERIFY(flow.submit(test::filledForm(QStringLiteral("2500"))));
        QVERIFY(outcome.wait(20000));
        QCOMPARE(flow.state(), State::Success);
        QVERIFY(!flow.record().rrn.isEmpty());
        QCOMPARE(flow.record().state, journal::TxState::Success);
        QCOMPARE(flow.record().aadhaarLast4, QStringLiteral("7058"));
        QCOMPARE(flow.record().consentVersion, aeps::Consent::currentVersion());
        QCOMPARE(flow.record().consentLanguage, QStringLiteral("en"));
        QCOMPARE(flow.maskedAadhaar(), QStringLiteral("XXXX XXXX 7058"));
        QCOMPARE(f.sandbox().debitCount(flow.clientRefId()), 1);
        QCOMPARE(f.sandbox().customerBalance(AepsFixture::aadhaar(), QStringLiteral("SBIN")).value(),
                 Paise::fromRupees(25000 - 2500));
        QCOMPARE(f.rowCount(), 1);
        QVERIFY(f.services().device->chosenDevice().port != 0); // the best ready device was taken and remembered
    }

    void doubleSubmitMakesOneRowAndOneDebit()
    {
        AepsFixture f;
        CashWithdrawalFlow flow(f.services());
        QSignalSpy outcome(&flow, &AepsCustomerFlow::outcomeReady);
        const aeps::AepsForm form = test::filledForm(QStringLiteral("1000"));
        QVERIFY(flow.submit(form));
        QVERIFY(!flow.submit(form)); // the double click
        QVERIFY(outcome.wait(20000));
        QVERIFY(!flow.submit(form)); // Enter held down on the result: still the same submission
        QTest::qWait(200);
        QCOMPARE(outcome.size(), 1);
        QCOMPARE(f.rowCount(), 1);
        QCOMPARE(f.sandbox().debitCount(flow.clientRefId()), 1);
        QCOMPARE(f.sandbox().ledger().size(), 1);
    }

    void eachBadFieldIsReportedAtItsFieldBeforeAnythingHappens_data()
    {
        QTest::addColumn<QString>("mobile");
        QTest::addColumn<QString>("bank");
        QTest::addColumn<QString>("aadhaar");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<bool>("consent");
        QTest::addColumn<int>("field");
        QTest::newRow("9-digit mobile") << "987654321"
                                        << "SBIN" << AepsFixture::aadhaar() << "2500" << true
                                        << int(AepsField::CustomerMobile);
        QTest::newRow("no bank") << "9876543210"
                                 << "" << AepsFixture::aadhaar() << "2500" << true << int(AepsField::Bank);
        QTest::newRow("Verhoeff fails") << "9876543210"
                                        << "SBIN"
                                        << "999941057059"
                                        << "2500" << true << int(AepsField::Aadhaar);
        QTest::newRow("over 10000") << "9876543210"
                                    << "SBIN" << AepsFixture::aadhaar() << "10050" << true << int(AepsField::Amount);
        QTest::newRow("not a multiple of 50")
            << "9876543210"
            << "SBIN" << AepsFixture::aadhaar() << "125" << true << int(AepsField::Amount);
        QTest::newRow("no consent") << "9876543210"
                                    << "SBIN" << AepsFixture::aadhaar() << "2500" << false << int(AepsField::Consent);
    }

    void eachBadFieldIsReportedAtItsFieldBeforeAnythingHappens()
    {
        QFETCH(QString, mobile);
        QFETCH(QString, bank);
        QFETCH(QString, aadhaar);
        QFETCH(QString, amount);
        QFETCH(bool, consent);
        QFETCH(int, field);
        AepsFixture f;
        CashWithdrawalFlow flow(f.services());
        QSignalSpy errors(&flow, &AepsCustomerFlow::fieldErrorsFound);
        aeps::AepsForm form = test::filledForm(amount, mobile);
        form.bankCode = bank;
        form.aadhaar = SecureBytes::fromString(aadhaar);
        form.consent.given = consent;
        QVERIFY(!flow.submit(form));
        QCOMPARE(errors.size(), 1);
        const auto list = errors.first().first().value<QList<aeps::FieldError>>();
        QCOMPARE(list.size(), 1);
        QCOMPARE(int(list.first().field), field);
        QVERIFY(!list.first().message.isEmpty());
        QCOMPARE(flow.state(), State::Editing);
        QCOMPARE(f.simulator().requestCount("CAPTURE"), 0);
        QCOMPARE(f.rowCount(), 0);
        QVERIFY(f.sandbox().requestLog().isEmpty());
    }

    void bankDeclineIsFailedWithEkosReason()
    {
        AepsFixture f;
        f.sandbox().armFault(Fault::BankDeclineFrozen, QStringLiteral("cash-withdrawal"));
        CashWithdrawalFlow flow(f.services());
        QSignalSpy outcome(&flow, &AepsCustomerFlow::outcomeReady);
        QVERIFY(flow.submit(test::filledForm()));
        QVERIFY(outcome.wait(20000));
        QCOMPARE(flow.state(), State::Failed);
        QCOMPARE(flow.record().state, journal::TxState::Failed);
        QVERIFY2(flow.lastError().userMessage.contains(QStringLiteral("frozen")),
                 qPrintable(flow.lastError().userMessage));
        QCOMPARE(f.sandbox().debitCount(flow.clientRefId()), 0);
    }

    void serverErrorIsPendingNeverFailed()
    {
        AepsFixture f;
        f.sandbox().armFault(Fault::Http500, QStringLiteral("cash-withdrawal"));
        CashWithdrawalFlow flow(f.services());
        QSignalSpy outcome(&flow, &AepsCustomerFlow::outcomeReady);
        QVERIFY(flow.submit(test::filledForm()));
        QVERIFY(outcome.wait(20000));
        QCOMPARE(flow.state(), State::Pending);
        QVERIFY(journal::isUnresolved(flow.record().state));
        QVERIFY(!flow.lastError().userMessage.isEmpty());
    }

    void droppedResponseIsPendingThenSuccessAfterReconciliation()
    {
        AepsFixture f;
        f.sandbox().armFault(Fault::DropResponse, QStringLiteral("cash-withdrawal"));
        CashWithdrawalFlow flow(f.services());
        QSignalSpy outcome(&flow, &AepsCustomerFlow::outcomeReady);
        QSignalSpy resolved(&flow, &AepsCustomerFlow::resolved);
        QVERIFY(flow.submit(test::filledForm(QStringLiteral("1500"))));
        QVERIFY(outcome.wait(20000));
        QCOMPARE(flow.state(), State::Pending);
        QCOMPARE(flow.record().state, journal::TxState::Unknown);
        f.journal().reconcileNow(true);
        QVERIFY(resolved.wait(20000));
        QCOMPARE(flow.state(), State::Success);
        QVERIFY(!flow.record().rrn.isEmpty());
        QCOMPARE(f.sandbox().debitCount(flow.clientRefId()), 1);
        QCOMPARE(f.rowCount(), 1);
    }

    void pendingThenSuccessMovesLive()
    {
        AepsFixture f;
        f.sandbox().armFault(Fault::PendingThenSuccess, QStringLiteral("cash-withdrawal"));
        CashWithdrawalFlow flow(f.services());
        QSignalSpy outcome(&flow, &AepsCustomerFlow::outcomeReady);
        QSignalSpy resolved(&flow, &AepsCustomerFlow::resolved);
        QVERIFY(flow.submit(test::filledForm()));
        QVERIFY(outcome.wait(20000));
        QCOMPARE(flow.state(), State::Pending);
        QCOMPARE(flow.record().state, journal::TxState::Pending);
        f.journal().reconcileNow(true);
        QVERIFY(resolved.wait(20000));
        QCOMPARE(flow.state(), State::Success);
    }

    void identicalWithdrawalWithinTenMinutesNeedsConfirmation()
    {
        AepsFixture f;
        CashWithdrawalFlow flow(f.services());
        QSignalSpy outcome(&flow, &AepsCustomerFlow::outcomeReady);
        QSignalSpy duplicate(&flow, &AepsCustomerFlow::duplicateSuspected);
        QVERIFY(flow.submit(test::filledForm()));
        QVERIFY(outcome.wait(20000));
        const QString first = flow.clientRefId();
        flow.startNewTransaction();
        QVERIFY(flow.submit(test::filledForm()));
        QVERIFY(duplicate.wait(10000));
        QCOMPARE(flow.state(), State::AwaitingConfirmation);
        QCOMPARE(duplicate.first().first().value<journal::TransactionRecord>().clientRefId, first);
        QCOMPARE(f.simulator().requestCount("CAPTURE"), 1);
        flow.confirmNewTransaction();
        QVERIFY(outcome.wait(20000));
        QCOMPARE(flow.state(), State::Success);
        QVERIFY(flow.clientRefId() != first);
        QCOMPARE(f.rowCount(), 2);
        // Eleven minutes later the same amount is no longer suspicious.
        f.clock().advanceMs(11 * 60 * 1000);
        flow.startNewTransaction();
        QVERIFY(flow.submit(test::filledForm()));
        QVERIFY(outcome.wait(20000));
        QCOMPARE(duplicate.size(), 1);
        QCOMPARE(f.rowCount(), 3);
    }

    void sixthWithdrawalOfTheDayIsStoppedBeforeTheFinger()
    {
        AepsFixture f;
        CashWithdrawalFlow flow(f.services());
        QSignalSpy outcome(&flow, &AepsCustomerFlow::outcomeReady);
        QSignalSpy errors(&flow, &AepsCustomerFlow::fieldErrorsFound);
        for (int i = 0; i < 5; ++i) {
            f.clock().advanceMs(11 * 60 * 1000); // past the 10-minute duplicate guard each time
            flow.startNewTransaction();
            QVERIFY(flow.submit(test::filledForm(QString::number(500 + 100 * i))));
            QVERIFY(outcome.wait(20000));
            QCOMPARE(flow.state(), State::Success);
        }
        QCOMPARE(f.rowCount(), 5);
        // The journal keeps the keyed token, never the number or a plain hash (A2).
        for (const journal::TransactionRecord& r : f.rows()) {
            QCOMPARE(r.aadhaarLast4, QStringLiteral("7058"));
        }
        const int captures = f.simulator().requestCount("CAPTURE");
        const int errorsBefore = errors.count();
        f.clock().advanceMs(11 * 60 * 1000);
        flow.startNewTransaction();
        QVERIFY(flow.submit(test::filledForm(QStringLiteral("1500"))));
        // The count check may finish before submit() returns (a finished future's continuation runs at once).
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), errorsBefore + 1, 10000);
        QCOMPARE(errors.last().first().value<QList<aeps::FieldError>>().first().field, AepsField::Aadhaar);
        QCOMPARE(flow.state(), State::Editing);
        QCOMPARE(f.simulator().requestCount("CAPTURE"), captures); // no finger taken
        QCOMPARE(f.rowCount(), 5); // nothing journaled, nothing sent
        // A VID is not a customer key (A7): it is not counted against the Aadhaar's slots and gets no token.
        QVERIFY(f.services().customerTokens->token(SecureBytes(QByteArray("9999410570581234"))).isEmpty());
    }

    void captureErrorStopsWithAdviceAndNothingIsJournaled()
    {
        AepsFixture f;
        f.simulator().setFault(sandbox::rd::RdSimulator::Fault::CaptureFailed);
        CashWithdrawalFlow flow(f.services());
        QSignalSpy stopped(&flow, &AepsCustomerFlow::stopped);
        QVERIFY(flow.submit(test::filledForm()));
        QVERIFY(stopped.wait(20000));
        QCOMPARE(flow.state(), State::Editing);
        QVERIFY(stopped.first().first().value<Error>().code.startsWith(QStringLiteral("rd.")));
        QVERIFY(!stopped.first().first().value<Error>().userMessage.isEmpty());
        QCOMPARE(f.rowCount(), 0);
        // The device is fine again: the same form goes through.
        f.simulator().setFault(sandbox::rd::RdSimulator::Fault::None);
        QSignalSpy outcome(&flow, &AepsCustomerFlow::outcomeReady);
        QVERIFY(flow.submit(test::filledForm()));
        QVERIFY(outcome.wait(20000));
        QCOMPARE(flow.state(), State::Success);
    }

    void cancelDuringCaptureSendsNothing()
    {
        AepsFixture f;
        f.simulator().setCaptureDelayMs(3000);
        CashWithdrawalFlow flow(f.services());
        QSignalSpy stopped(&flow, &AepsCustomerFlow::stopped);
        QVERIFY(flow.submit(test::filledForm()));
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::Capturing, 10000);
        flow.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 10000);
        QCOMPARE(stopped.first().first().value<Error>().code, QStringLiteral("rd.cancelled"));
        QCOMPARE(flow.state(), State::Editing);
        QCOMPARE(f.rowCount(), 0);
        QVERIFY(f.sandbox().ledger().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCashWithdrawalFlow)
#include "TestCashWithdrawalFlow.moc"
