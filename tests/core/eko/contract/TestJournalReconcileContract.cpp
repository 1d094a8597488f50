// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The journal's path for money, end to end: prepared (committed) → sent → no answer → reconciled by inquiry
// through the real Eko client against the sandbox, which must show exactly one debit.
#include "SandboxFixture.h"
#include "core/eko/AepsOperations.h"
#include "core/journal/JournalEnvironment.h"
#include "core/journal/JournalStore.h"
#include "core/journal/Reconciler.h"
#include "core/reconcile/EkoTransactionInquirer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;
using namespace saathi::journal;
using saathi::sandbox::Fault;
using test::SandboxFixture;

class TestJournalReconcileContract : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void droppedWithdrawalIsReconciledToOneDebit()
    {
        SandboxFixture f;
        f.sandbox().markEkycDone(QStringLiteral("20810200"), QStringLiteral("999977788890"));
        f.sandbox().markDailyKycDone(QStringLiteral("20810200"));
        f.sandbox().armFault(Fault::DropResponse, QStringLiteral("cash-withdrawal"));
        QTemporaryDir dir;
        JournalStore::Options options;
        options.environment = EkoEnvironment::Training; // the sandbox is training's Eko (issue #12)
        auto store = JournalStore::open(dir.filePath(QStringLiteral("journal-training.sqlite")), f.clock(), options);
        QVERIFY2(store.ok(), qPrintable(store.error().detail));

        PrepareRequest request;
        request.submissionKey = QStringLiteral("form-1");
        request.clientRefId = QStringLiteral("RECON1");
        request.kind = TxKind::AepsWithdrawal;
        request.amount = Paise::fromRupees(1500);
        request.customerMobile = QStringLiteral("9876543210");
        request.aadhaarLast4 = QStringLiteral("7058");
        request.agentUserCode = QStringLiteral("20810200");
        request.bankCode = QStringLiteral("SBIN");
        request.channel = QStringLiteral("aeps-fingpay");
        request.ekoHost = journal::ekoHost(f.client().config().baseUrl);
        const auto prepared = store.value()->prepare(request);
        QVERIFY(prepared.ok() && prepared.value().mustSend());
        // A double click arrives with the same form: one row, nothing more to send.
        const auto again = store.value()->prepare(request);
        QVERIFY(again.ok() && !again.value().mustSend());
        QVERIFY(store.value()->markSent(request.clientRefId).ok());

        eko::AepsOperations aeps(f.client());
        const eko::EkoResponse r = f.wait(aeps.cashWithdrawal(
            eko::AepsCustomerRequest {request.customerMobile, request.bankCode, SecureBytes(QByteArray("999941057058")),
                                      f.capture(), request.amount},
            request.clientRefId));
        QCOMPARE(r.outcome, eko::Outcome::Unknown);
        Outcome unknown;
        unknown.state = TxState::Unknown;
        unknown.message = r.error.detail;
        QVERIFY(store.value()->recordOutcome(request.clientRefId, unknown).ok());

        reconcile::EkoTransactionInquirer inquirer(f.client());
        Reconciler reconciler(*store.value(), &inquirer, f.clock());
        QSignalSpy resolved(&reconciler, &Reconciler::rowResolved);
        reconciler.reconcileNow(true);
        QVERIFY(resolved.wait(20000));
        const auto row = store.value()->find(request.clientRefId);
        QVERIFY(row.ok() && row.value().has_value());
        QCOMPARE(row.value()->state, TxState::Success);
        QVERIFY(!row.value()->rrn.isEmpty());
        QCOMPARE(f.sandbox().debitCount(request.clientRefId), 1);
        QCOMPARE(store.value()->unresolvedCount().value(), 0);
    }

    void preparedButNeverSentIsInquiredAndNotFoundIsReported()
    {
        SandboxFixture f;
        reconcile::EkoTransactionInquirer inquirer(f.client());
        QSignalSpy spy(inquirer.inquire(QStringLiteral("NEVERLEFT")), &InquiryJob::finished);
        QVERIFY(spy.wait(20000));
        QCOMPARE(spy.first().first().value<InquiryResult>().kind, InquiryResult::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestJournalReconcileContract)
#include "TestJournalReconcileContract.moc"
