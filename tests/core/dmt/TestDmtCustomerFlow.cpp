// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The money-transfer sender flow on both rails, against the real Eko client and the in-process sandbox over
// loopback, and (DMT-Fino) the real RD client against the RD simulator: lookup → registration → OTP (classic) or
// sender eKYC with the customer's finger → OTP (DMT-Fino) → ready; typed field errors before anything is sent; an
// expired OTP said at the OTP field, and a new one.
#include "CounterTestbed.h"
#include "core/dmt/DmtCustomerFlow.h"

#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using namespace saathi::dmt;
using test::CounterTestbed;
using Step = DmtCustomerFlow::Step;

namespace {

constexpr int kWait = 20000;
const QString kOtp = QStringLiteral("123456");

CustomerRegistration registration()
{
    return CustomerRegistration {{},
                                 QStringLiteral("Meena Kumari"),
                                 QDate(1990, 4, 12),
                                 QStringLiteral("12 Gandhi Road"),
                                 QStringLiteral("Jaipur"),
                                 QStringLiteral("Rajasthan"),
                                 QStringLiteral("302001")};
}

FieldError firstError(const QSignalSpy& spy)
{
    return spy.first().first().value<FieldError>();
}

} // namespace

class TestDmtCustomerFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<FieldError>(); }

    void newCustomerIsRegisteredVerifiedAndReady_data()
    {
        QTest::addColumn<int>("rail");
        QTest::newRow("classic") << int(Rail::Classic);
        QTest::newRow("dmt-fino") << int(Rail::Fino);
    }
    void newCustomerIsRegisteredVerifiedAndReady()
    {
        QFETCH(int, rail);
        CounterTestbed f({.dmtRail = static_cast<Rail>(rail)});
        QVERIFY(f.isReady());
        DmtCustomerFlow flow(f.dmt(), f.services().device);
        QSignalSpy failed(&flow, &DmtCustomerFlow::failed);
        QSignalSpy otpSent(&flow, &DmtCustomerFlow::otpSent);
        QSignalSpy ready(&flow, &DmtCustomerFlow::customerReady);
        const QString mobile = QStringLiteral("9833300201");

        QVERIFY(flow.lookUp(mobile));
        QVERIFY(flow.isBusy());
        QVERIFY(!flow.lookUp(mobile)); // one request at a time
        QTRY_COMPARE_WITH_TIMEOUT(flow.step(), Step::Register, kWait);
        QVERIFY(!flow.isBusy());

        QVERIFY(flow.registerCustomer(registration()));
        if (flow.rail() == Rail::Fino) {
            QTRY_COMPARE_WITH_TIMEOUT(flow.step(), Step::Ekyc, kWait);
            QVERIFY(flow.startEkyc(SecureBytes(CounterTestbed::aadhaar().toLatin1()), true));
            QCOMPARE(flow.activity(), DmtCustomerFlow::Activity::Capturing);
        }
        QTRY_COMPARE_WITH_TIMEOUT(flow.step(), Step::Otp, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!flow.isBusy(), kWait);
        QCOMPARE(otpSent.size(), 1);
        QVERIFY(otpSent.first().first().toString().contains(mobile));
        QVERIFY(!flow.otpTicket().otpRefId.isEmpty());

        QVERIFY(flow.submitOtp(kOtp));
        QTRY_COMPARE_WITH_TIMEOUT(flow.step(), Step::Ready, kWait);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(firstError(failed).message));
        QCOMPARE(ready.size(), 1);
        QVERIFY(flow.customer().canSend());
        QCOMPARE(flow.customer().name, QStringLiteral("Meena Kumari"));
        QCOMPARE(flow.customer().mobile, mobile);
        QCOMPARE(flow.customer().remainingThisMonth, Paise::fromRupees(25000));

        QVERIFY(flow.goBack()); // back to the mobile: a new lookup starts from there
        QCOMPARE(flow.step(), Step::Lookup);
        QVERIFY(!flow.goBack());
        flow.reset();
        QVERIFY(flow.customer().mobile.isEmpty());
    }

    void malformedInputIsATypedFieldErrorAndNothingIsSent()
    {
        CounterTestbed f({.dmtRail = Rail::Classic});
        QVERIFY(f.isReady());
        DmtCustomerFlow flow(f.dmt(), f.services().device);
        QSignalSpy failed(&flow, &DmtCustomerFlow::failed);
        QSignalSpy activity(&flow, &DmtCustomerFlow::activityChanged);
        QVERIFY(!flow.lookUp(QStringLiteral("98765")));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(firstError(failed).field, DmtField::CustomerMobile);
        QCOMPARE(firstError(failed).rule, FieldRule::Format);
        QVERIFY(firstError(failed).message.contains(QStringLiteral("10")));
        QCOMPARE(activity.size(), 0); // nothing went to Eko

        QVERIFY(flow.lookUp(QStringLiteral("9833300202")));
        QTRY_COMPARE_WITH_TIMEOUT(flow.step(), Step::Register, kWait);
        CustomerRegistration r = registration();
        r.name = QStringLiteral("M3ena");
        QVERIFY(!flow.registerCustomer(r));
        QCOMPARE(firstError(failed).field, DmtField::CustomerMobile); // the first error is unchanged
        QCOMPARE(failed.last().first().value<FieldError>().field, DmtField::Name);
        r = registration();
        r.dateOfBirth = QDate::currentDate();
        QVERIFY(!flow.registerCustomer(r));
        QCOMPARE(failed.last().first().value<FieldError>().field, DmtField::DateOfBirth);
        QCOMPARE(failed.last().first().value<FieldError>().rule, FieldRule::Format);
        QCOMPARE(flow.step(), Step::Register);
        QVERIFY(!flow.isBusy());
    }

    void senderEkycNeedsTheAadhaarAndTheConsentBeforeAnyCapture()
    {
        CounterTestbed f({.dmtRail = Rail::Fino});
        QVERIFY(f.isReady());
        DmtCustomerFlow flow(f.dmt(), f.services().device);
        QSignalSpy failed(&flow, &DmtCustomerFlow::failed);
        QVERIFY(flow.lookUp(QStringLiteral("9833300203")));
        QTRY_COMPARE_WITH_TIMEOUT(flow.step(), Step::Register, kWait);
        QVERIFY(flow.registerCustomer(registration()));
        QTRY_COMPARE_WITH_TIMEOUT(flow.step(), Step::Ekyc, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!flow.isBusy(), kWait);

        QVERIFY(!flow.startEkyc(SecureBytes(QByteArray("123412341234")), false));
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.at(0).first().value<FieldError>().field, DmtField::Aadhaar);
        QCOMPARE(failed.at(1).first().value<FieldError>().field, DmtField::Consent);
        QCOMPARE(failed.at(1).first().value<FieldError>().rule, FieldRule::Format);
        QVERIFY(!flow.isBusy()); // no capture started

        DmtCustomerFlow noDevice(f.dmt(), nullptr);
        QSignalSpy noDeviceFailed(&noDevice, &DmtCustomerFlow::failed);
        QVERIFY(noDevice.lookUp(QStringLiteral("9833300203")));
        QTRY_COMPARE_WITH_TIMEOUT(noDevice.step(), Step::Ekyc, kWait);
        QVERIFY(!noDevice.startEkyc(SecureBytes(CounterTestbed::aadhaar().toLatin1()), true));
        QCOMPARE(firstError(noDeviceFailed).field, DmtField::None);
        QCOMPARE(firstError(noDeviceFailed).error.code, QStringLiteral("dmt.no_device"));
    }

    void expiredOtpIsSaidAtTheOtpFieldAndANewOneWorks()
    {
        CounterTestbed f({.dmtRail = Rail::Classic});
        QVERIFY(f.isReady());
        DmtCustomerFlow flow(f.dmt(), f.services().device);
        QSignalSpy rejected(&flow, &DmtCustomerFlow::otpRejected);
        QSignalSpy otpSent(&flow, &DmtCustomerFlow::otpSent);
        QVERIFY(flow.lookUp(QStringLiteral("9833300204")));
        QTRY_COMPARE_WITH_TIMEOUT(flow.step(), Step::Register, kWait);
        QVERIFY(flow.registerCustomer(registration()));
        QTRY_COMPARE_WITH_TIMEOUT(flow.step(), Step::Otp, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!flow.isBusy(), kWait);

        QVERIFY(!flow.submitOtp(QStringLiteral("12"))); // malformed: said at once
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(firstError(rejected).field, DmtField::Otp);
        QCOMPARE(firstError(rejected).rule, FieldRule::Format);

        f.clock().advanceMs(11 * 60 * 1000);
        QVERIFY(flow.submitOtp(kOtp));
        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 2, kWait);
        const FieldError expired = rejected.last().first().value<FieldError>();
        QCOMPARE(expired.field, DmtField::Otp);
        QCOMPARE(expired.rule, FieldRule::Expired);
        QVERIFY(expired.message.contains(QStringLiteral("expired")));
        QCOMPARE(flow.step(), Step::Otp);

        flow.resendOtp();
        QTRY_COMPARE_WITH_TIMEOUT(otpSent.size(), 2, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!flow.isBusy(), kWait);
        QVERIFY(flow.submitOtp(kOtp));
        QTRY_COMPARE_WITH_TIMEOUT(flow.step(), Step::Ready, kWait);
    }
};

QTEST_GUILESS_MAIN(TestDmtCustomerFlow)
#include "TestDmtCustomerFlow.moc"
