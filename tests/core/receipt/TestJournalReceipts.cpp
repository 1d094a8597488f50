// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Any journaled transaction's receipt, rebuilt from a real journal file alone: AePS (success, failed with its reason,
// pending with what happens next), every part of a DMT plan whichever part's reference is given (a part sent twice
// shows its last attempt), a refund with its transfer; by client_ref_id, Eko TID or RRN. A reprint says DUPLICATE;
// the QR payload carries the keys and never Aadhaar, mobile or account; an unknown reference is a typed error.
#include "JournalReceiptFixture.h"
#include "core/receipt/EscPosEncoder.h"
#include "core/receipt/JournalReceipts.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace saathi;
using namespace saathi::receipt;

class TestJournalReceipts : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<journal::JournalStore> m_store;

    AnyReceipt find(const QString& reference)
    {
        auto r = JournalReceipts::find(*m_store, reference, CounterIdentity {});
        if (!r) {
            qWarning("%s: %s", qPrintable(reference), qPrintable(r.error().userMessage));
        }
        return r.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("journal.sqlite"));
        QVERIFY(test::journalreceipts::write(path));
        auto store = journal::JournalStore::open(path, SystemClock::instance());
        QVERIFY(store.ok());
        m_store = std::move(store.value());
    }

    void aepsReceiptByReferenceTidOrRrn()
    {
        for (const QString& ref :
             {QStringLiteral("AEPSOK1"), QStringLiteral("2883457721"), QStringLiteral("632711345678")}) {
            const AnyReceipt any = find(ref);
            QVERIFY(std::holds_alternative<Receipt>(any));
            const Receipt& r = std::get<Receipt>(any);
            QCOMPARE(r.clientRefId(), QStringLiteral("AEPSOK1"));
            QVERIFY(r.plainText().contains(QStringLiteral("STAN            345678"))); // from Eko's stored answer
            QVERIFY(r.plainText().contains(QStringLiteral("Agent code      20810200"))); // from the row
            QVERIFY(!r.plainText().contains(test::journalreceipts::kTestAadhaar));
        }
    }

    void failedAndPendingAepsReceiptsSayWhyAndWhatNext()
    {
        const Receipt failed = std::get<Receipt>(find(QStringLiteral("AEPSFAIL1")));
        QCOMPARE(failed.statusText(), QStringLiteral("FAILED"));
        QVERIFY(failed.plainText().contains(QStringLiteral("Customer Bank account is Frozen")));
        QVERIFY(failed.plainText().simplified().contains(QStringLiteral("No cash was given")));
        QVERIFY(failed.plainText().contains(QStringLiteral("AEPSFAIL1")));
        const Receipt pending = std::get<Receipt>(find(QStringLiteral("AEPSWAIT1")));
        QVERIFY(pending.plainText().simplified().contains(QStringLiteral("Do not repeat this")));
        QVERIFY(pending.plainText().simplified().contains(QStringLiteral("must reverse it by")));
    }

    void dmtReceiptHasEveryPartOfThePlanWhicheverPartIsAsked()
    {
        for (const QString& ref :
             {QStringLiteral("DMTP1"), QStringLiteral("DMTP2B"), QStringLiteral("UTR0003"), QStringLiteral("DMTP2A")}) {
            const AnyReceipt any = find(ref);
            QVERIFY2(std::holds_alternative<DmtReceipt>(any), qPrintable(ref));
            const DmtReceipt& r = std::get<DmtReceipt>(any);
            QCOMPARE(r.parts().size(), 2); // the failed first attempt of part 2 is superseded by its second
            QCOMPARE(r.totalAmount(), Paise::fromRupees(8000));
            QCOMPARE(r.statusText(), QStringLiteral("SUCCESS"));
            const QString text = r.plainText();
            QVERIFY(text.contains(QStringLiteral("Reference       DMTP1")));
            QVERIFY(text.contains(QStringLiteral("Reference       DMTP2B")));
            QVERIFY(!text.contains(QStringLiteral("DMTP2A")));
            QVERIFY(text.contains(QStringLiteral("Recipient       Mohan Lal")));
            QVERIFY(text.contains(QStringLiteral("XXXXXXXX5678")));
            QVERIFY(!text.contains(QStringLiteral("123456785678")));
            QCOMPARE(r.clientRefId(), QStringLiteral("DMTP1"));
            const QStringList qr = r.qrPayload().split(QLatin1Char('\n'));
            QCOMPARE(qr.mid(0, 4),
                     (QStringList {QStringLiteral("SAATHI-RECEIPT"), QStringLiteral("ref=DMTP1"),
                                   QStringLiteral("refs=DMTP1,DMTP2B"), QStringLiteral("amount=8000.00")}));
            QVERIFY(qr.contains(QStringLiteral("rrn=UTR0001,UTR0003")));
            QVERIFY(qr.contains(QStringLiteral("tid=3100000001,3100000003")));
        }
    }

    void failedTransferCarriesItsReasonAndWhatHappensNext()
    {
        const DmtReceipt r = std::get<DmtReceipt>(find(QStringLiteral("DMTLONE")));
        QVERIFY(r.plainText().contains(QStringLiteral("FAILED — REFUND PENDING")));
        QVERIFY(r.plainText().simplified().contains(QStringLiteral("will be refunded")));
    }

    void refundReceiptNamesItsTransfer()
    {
        const DmtReceipt r = std::get<DmtReceipt>(find(QStringLiteral("REFUND1")));
        QCOMPARE(r.statusText(), QStringLiteral("REFUNDED"));
        QVERIFY(r.plainText().contains(QStringLiteral("Transfer ref.   DMTLONE")));
        QVERIFY(r.plainText().contains(QStringLiteral("Refund TID      3200000001")));
        QVERIFY(r.plainText().simplified().contains(QStringLiteral("returned to the customer in cash")));
        QVERIFY(r.qrPayload().startsWith(QStringLiteral("SAATHI-RECEIPT\nref=REFUND1\namount=2010.00\n")));
    }

    void qrPayloadIsExactlyTheKeys()
    {
        const Receipt r = std::get<Receipt>(find(QStringLiteral("AEPSOK1")));
        const QStringList lines = r.qrPayload().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines.at(0), QStringLiteral("SAATHI-RECEIPT"));
        QCOMPARE(lines.at(1), QStringLiteral("ref=AEPSOK1"));
        QCOMPARE(lines.at(2), QStringLiteral("amount=2500.00"));
        QVERIFY(lines.at(3).startsWith(QStringLiteral("time=")));
        QVERIFY(lines.at(3).endsWith(QStringLiteral("+05:30")));
        QCOMPARE(lines.at(3).size(), QStringLiteral("time=2026-11-23T11:30:05+05:30").size());
        QCOMPARE(lines.at(4), QStringLiteral("agent=20810200"));
        QCOMPARE(lines.at(5), QStringLiteral("rrn=632711345678"));
        QCOMPARE(lines.at(6), QStringLiteral("tid=2883457721"));
        for (const char* secret : {"7058", "9876543210"}) {
            QVERIFY2(!r.qrPayload().contains(QLatin1String(secret)), secret);
        }
    }

    void duplicateIsMarkedUnderTheTitleInTextAndOnPaper()
    {
        AnyReceipt any = find(QStringLiteral("AEPSOK1"));
        QVERIFY(!JournalReceipts::plainText(any).contains(QStringLiteral("DUPLICATE")));
        JournalReceipts::setDuplicate(any, true);
        const Receipt& r = std::get<Receipt>(any);
        QVERIFY(r.isDuplicate());
        const QStringList lines = r.lines();
        const qsizetype title = lines.indexOf(QStringLiteral("AEPS CASH WITHDRAWAL"), 0);
        const auto at = std::find_if(lines.cbegin(), lines.cend(),
                                     [](const QString& l) { return l.trimmed() == QStringLiteral("DUPLICATE"); });
        QVERIFY(at != lines.cend());
        QVERIFY(std::distance(lines.cbegin(), at) > title);
        // On paper: bold, double width and height, between the title and the first rule.
        const QByteArray bytes = EscPosEncoder(PaperWidth::Mm58).encode(r);
        QVERIFY(bytes.contains(QByteArray(EscPosEncoder::printMode(true, true, true, true) + "DUPLICATE\n")));

        AnyReceipt dmt = find(QStringLiteral("DMTP1"));
        JournalReceipts::setDuplicate(dmt, true);
        QVERIFY(JournalReceipts::plainText(dmt).contains(QStringLiteral("DUPLICATE")));
        QVERIFY(EscPosEncoder(PaperWidth::Mm80)
                    .encode(std::get<DmtReceipt>(dmt))
                    .contains(QByteArray(EscPosEncoder::printMode(false, true, true, true) + "DUPLICATE\n")));
    }

    void dmtReceiptPrintsAsTextLines()
    {
        const DmtReceipt r = std::get<DmtReceipt>(find(QStringLiteral("DMTP1")));
        const QByteArray bytes = EscPosEncoder(PaperWidth::Mm58).encode(r);
        QVERIFY(bytes.startsWith(EscPosEncoder::initialise()));
        QVERIFY(bytes.contains("Amount sent     Rs.8,000.00\n"));
        QVERIFY(bytes.endsWith(QByteArray(EscPosEncoder::feedLines(4) + EscPosEncoder::partialCut())));
        QVERIFY(EscPosEncoder::fitsTextMode(r.plainText()));
        QVERIFY(!EscPosEncoder::fitsTextMode(QStringLiteral("राशि")));
    }

    void unknownReferenceIsATypedError()
    {
        const auto r = JournalReceipts::find(*m_store, QStringLiteral("NOSUCH"), CounterIdentity {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("receipt.not_found"));
        QVERIFY(r.error().userMessage.contains(QStringLiteral("NOSUCH")));
        QVERIFY(!JournalReceipts::find(*m_store, QStringLiteral("  "), CounterIdentity {}).ok());
    }
};

QTEST_GUILESS_MAIN(TestJournalReceipts)
#include "TestJournalReceipts.moc"
