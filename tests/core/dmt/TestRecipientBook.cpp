// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// A customer's recipients on both rails, against the real Eko client and the in-process sandbox over loopback: the
// list, an add checked before anything is sent (typed field errors), Eko's duplicate said at the account, a delete,
// and the IFSC checked as it is typed with the bank named from the bank directory.
#include "DmtFixture.h"
#include "core/bank/BankDirectory.h"
#include "core/dmt/RecipientBook.h"

#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using namespace saathi::dmt;
using test::DmtFixture;

namespace {

const QString kOtp = QStringLiteral("123456");

// A customer who can send, made through the service (the customer flow has its own test).
Customer verifiedCustomer(DmtFixture& f, const QString& mobile)
{
    const CustomerRegistration registration {mobile,
                                             QStringLiteral("Meena Kumari"),
                                             QDate(1990, 4, 12),
                                             QStringLiteral("12 Gandhi Road"),
                                             QStringLiteral("Jaipur"),
                                             QStringLiteral("Rajasthan"),
                                             QStringLiteral("302001")};
    DmtReply r = DmtFixture::wait(f.dmt().registerCustomer(registration));
    if (f.rail() == Rail::Classic) {
        r = DmtFixture::wait(f.dmt().verifyCustomerOtp(mobile, kOtp, r.otp.otpRefId));
    } else {
        r = DmtFixture::wait(
            f.dmt().senderEkyc(mobile, SecureBytes(QByteArray("999941057058")), SecureBytes(f.ekycPid())));
        r = DmtFixture::wait(f.dmt().verifySenderEkyc(mobile, r.otp, kOtp));
    }
    return DmtFixture::wait(f.dmt().lookupCustomer(mobile)).customer;
}

NewRecipient sita()
{
    return NewRecipient {QStringLiteral("Sita Devi"), QStringLiteral("9876500001"), QStringLiteral("30099887766"),
                         QStringLiteral("sbin0001234")};
}

} // namespace

class TestRecipientBook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<FieldError>(); }

    void addListDuplicateAndDelete_data()
    {
        QTest::addColumn<int>("rail");
        QTest::newRow("classic") << int(Rail::Classic);
        QTest::newRow("dmt-fino") << int(Rail::Fino);
    }
    void addListDuplicateAndDelete()
    {
        QFETCH(int, rail);
        DmtFixture f(static_cast<Rail>(rail));
        QVERIFY(f.isReady());
        const Customer customer = verifiedCustomer(f, QStringLiteral("9833300101"));
        QVERIFY(customer.canSend());
        bank::BankDirectory banks(*f.services().eko);
        RecipientBook book(f.dmt(), &banks);
        QSignalSpy changed(&book, &RecipientBook::recipientsChanged);
        QSignalSpy added(&book, &RecipientBook::added);
        QSignalSpy rejected(&book, &RecipientBook::addRejected);
        QSignalSpy banksKnown(&book, &RecipientBook::banksKnown);
        book.loadBanks();
        book.setCustomer(customer);
        QVERIFY(book.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 20000); // cleared, then Eko's (empty) list
        QVERIFY(book.recipients().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(banksKnown.size(), 1, 20000);

        QVERIFY(book.add(sita()));
        QVERIFY(!book.add(sita())); // one request at a time
        QCOMPARE(book.activity(), RecipientBook::Activity::Adding);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 3, 20000);
        QCOMPARE(added.size(), 1);
        const QString id = added.first().first().value<Recipient>().id;
        QVERIFY(!id.isEmpty());
        QCOMPARE(changed.last().first().toString(), id); // the new recipient is the one to select
        QCOMPARE(book.recipients().size(), 1);
        const Recipient listed = book.withBankName(book.recipients().first());
        QCOMPARE(listed.bankCode, QStringLiteral("SBIN"));
        QCOMPARE(listed.bankName, QStringLiteral("State Bank of India"));

        QVERIFY(book.add(sita())); // the same account again: Eko's answer, at the account field
        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, 20000);
        const FieldError duplicate = rejected.first().first().value<FieldError>();
        QCOMPARE(duplicate.field, DmtField::Account);
        QCOMPARE(duplicate.rule, FieldRule::Duplicate);
        QVERIFY(duplicate.message.contains(QStringLiteral("Eko says")));
        QCOMPARE(duplicate.error.code, QStringLiteral("dmt.recipient_exists"));

        QVERIFY(book.remove(id));
        QCOMPARE(book.activity(), RecipientBook::Activity::Deleting);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 4, 20000);
        QVERIFY(book.recipients().isEmpty());
        QVERIFY(!book.isBusy());
    }

    void badFieldsAreTypedAndNothingIsSent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mobile");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("ifsc");
        QTest::addColumn<int>("field");
        QTest::newRow("name") << "S1ta"
                              << "9876500001"
                              << "30099887766"
                              << "SBIN0001234" << int(DmtField::RecipientName);
        QTest::newRow("mobile") << "Sita Devi"
                                << "98765"
                                << "30099887766"
                                << "SBIN0001234" << int(DmtField::RecipientMobile);
        QTest::newRow("account") << "Sita Devi"
                                 << "9876500001"
                                 << "3009"
                                 << "SBIN0001234" << int(DmtField::Account);
        QTest::newRow("ifsc") << "Sita Devi"
                              << "9876500001"
                              << "30099887766"
                              << "SBIN1001234" << int(DmtField::Ifsc);
    }
    void badFieldsAreTypedAndNothingIsSent()
    {
        QFETCH(QString, name);
        QFETCH(QString, mobile);
        QFETCH(QString, account);
        QFETCH(QString, ifsc);
        QFETCH(int, field);
        DmtFixture f(Rail::Classic);
        QVERIFY(f.isReady());
        RecipientBook book(f.dmt(), nullptr);
        QSignalSpy rejected(&book, &RecipientBook::addRejected);
        QSignalSpy activity(&book, &RecipientBook::activityChanged);
        QVERIFY(!book.add(NewRecipient {name, mobile, account, ifsc}));
        QCOMPARE(rejected.size(), 1); // at once: nothing went to Eko
        QCOMPARE(activity.size(), 0);
        const FieldError e = rejected.first().first().value<FieldError>();
        QCOMPARE(int(e.field), field);
        QCOMPARE(e.rule, FieldRule::Format);
        QVERIFY(!e.message.isEmpty());
    }

    void ifscIsCheckedAsItIsTyped()
    {
        DmtFixture f(Rail::Classic);
        QVERIFY(f.isReady());
        bank::BankDirectory banks(*f.services().eko);
        RecipientBook book(f.dmt(), &banks);
        RecipientBook::IfscCheck c = book.checkIfsc(QStringLiteral("sb"));
        QCOMPARE(c.normalized, QStringLiteral("SB"));
        QVERIFY(c.error.isNull());
        QVERIFY(c.bankText.isEmpty());
        c = book.checkIfsc(QStringLiteral("SBIN0"));
        QVERIFY(c.error.isNull());
        QVERIFY(c.bankText.contains(QStringLiteral("SBIN"))); // the code until the directory knows the name
        c = book.checkIfsc(QStringLiteral("SB1"));
        QCOMPARE(c.error.field, DmtField::Ifsc);
        QCOMPARE(c.error.rule, FieldRule::Format);
        c = book.checkIfsc(QStringLiteral("SBIN1001234")); // 11 characters: the full check
        QCOMPARE(c.error.field, DmtField::Ifsc);

        QSignalSpy known(&book, &RecipientBook::banksKnown);
        book.loadBanks();
        QTRY_COMPARE_WITH_TIMEOUT(known.size(), 1, 20000);
        c = book.checkIfsc(QStringLiteral("sbin0001234"));
        QVERIFY(c.error.isNull());
        QCOMPARE(c.normalized, QStringLiteral("SBIN0001234"));
        QVERIFY2(c.bankText.contains(QStringLiteral("State Bank of India")), qPrintable(c.bankText));
    }
};

QTEST_GUILESS_MAIN(TestRecipientBook)
#include "TestRecipientBook.moc"
