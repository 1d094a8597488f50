// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "SandboxFixture.h"
#include "core/eko/AepsOperations.h"
#include "core/eko/AepsTransaction.h"
#include "core/eko/AgentOperations.h"

#include <QTest>

using namespace saathi;
using namespace saathi::eko;
using saathi::sandbox::Fault;
using test::SandboxFixture;

namespace {
const QString kCustomer = QStringLiteral("999941057058");
const QString kAgentAadhaar = QStringLiteral("999977788890");
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

AepsCustomerRequest customer(SandboxFixture& f, qint64 rupees, const QString& bank = QStringLiteral("SBIN"))
{
    return AepsCustomerRequest {QStringLiteral("9876543210"), bank, SecureBytes(kCustomer.toLatin1()), f.capture(),
                                Paise::fromRupees(rupees)};
}

void readyDefaultAgent(SandboxFixture& f)
{
    f.sandbox().markEkycDone(QStringLiteral("20810200"), kAgentAadhaar);
    f.sandbox().markDailyKycDone(QStringLiteral("20810200"));
}

FilePart jpeg(const QString& field)
{
    return FilePart {field, field + QStringLiteral(".jpg"), "image/jpeg",
                     QByteArray("\xFF\xD8\xFF\xE0") + QByteArray(2000, 'j')};
}
} // namespace

class TestEkoClientContract : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeAgentJourneyFromOnboardingToTheNextDay()
    {
        SandboxFixture f;
        AgentOperations agent(f.client());
        AepsOperations aeps(f.client());

        AgentProfile profile;
        profile.mobile = QStringLiteral("9876500001");
        profile.firstName = QStringLiteral("Ramesh");
        profile.lastName = QStringLiteral("Kumar");
        profile.email = QStringLiteral("ramesh@example.in");
        profile.pan = QStringLiteral("ABCPK1234F");
        profile.dob = QStringLiteral("1985-04-12");
        profile.shopName = QStringLiteral("Ramesh Kirana");
        profile.residence
            = {QStringLiteral("12 MG Road"), QStringLiteral("Bengaluru"), QStringLiteral("Karnataka"),
               QStringLiteral("12"),         QStringLiteral("560001"),    QStringLiteral("Bengaluru Urban")};
        EkoResponse r = f.wait(agent.onboard(profile));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.error.detail));
        QCOMPARE(r.envelope.responseTypeId, 1290);
        const QString userCode = r.envelope.text(QStringLiteral("user_code"));
        QVERIFY(!userCode.isEmpty());
        QCOMPARE(f.wait(agent.onboard(profile)).error.code, QStringLiteral("eko.agent_exists"));

        EkoConfig config = f.client().config();
        config.credentials.userCode = userCode;
        f.client().setConfig(config);

        AepsActivation activation;
        activation.modelName = QStringLiteral("MFS110");
        activation.deviceNumber = QStringLiteral("8123456");
        activation.account = QStringLiteral("123456789012");
        activation.ifsc = QStringLiteral("SBIN0001234");
        activation.shopType = QStringLiteral("5411");
        activation.aadhaarPlain = kAgentAadhaar;
        activation.officeAddress = profile.residence;
        activation.addressAsPerProof = profile.residence;
        activation.documents = {jpeg(QStringLiteral("pan_card")), jpeg(QStringLiteral("aadhar_front")),
                                jpeg(QStringLiteral("aadhar_back"))};
        r = f.wait(agent.activateAeps(activation));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.error.detail + QLatin1Char(' ') + r.error.userMessage));
        const auto statusOf43 = [&] {
            const EkoResponse s = f.wait(agent.services());
            for (const auto& service : AgentOperations::parseServices(s.envelope)) {
                if (service.serviceCode == QLatin1String("43")) {
                    return service.status;
                }
            }
            return -1;
        };
        QCOMPARE(statusOf43(), 2); // PENDING
        f.clock().advanceMs(f.sandbox().config().activationDelayMs + 1000);
        QCOMPARE(statusOf43(), 1); // ACTIVATED

        // One-time eKYC: OTP → verify (new refs) → biometric with wadh.
        const AgentIdentity me {profile.mobile, SecureBytes(kAgentAadhaar.toLatin1()), QStringLiteral("KARB")};
        r = f.wait(aeps.ekycSendOtp(me));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.error.detail));
        QCOMPARE(r.envelope.responseTypeId, 1600);
        const QString otpRef = r.envelope.text(QStringLiteral("otp_ref_id"));
        const QString refTid = r.envelope.text(QStringLiteral("reference_tid"));
        QCOMPARE(f.wait(aeps.ekycVerifyOtp(me, QStringLiteral("000000"), otpRef, refTid)).outcome, Outcome::Failed);
        r = f.wait(aeps.ekycVerifyOtp(me, f.sandbox().config().ekycOtp, otpRef, refTid));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.error.detail));
        QCOMPARE(r.envelope.responseTypeId, 1604);
        const QString otpRef2 = r.envelope.text(QStringLiteral("otp_ref_id"));
        const QString refTid2 = r.envelope.text(QStringLiteral("reference_tid"));
        r = f.wait(aeps.ekycBiometric(me, f.capture(AepsOperations::ekycWadh()), otpRef2, refTid2));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.error.detail));
        QCOMPARE(r.envelope.responseTypeId, 1605);
        QCOMPARE(f.wait(aeps.ekycBiometric(me, f.capture(AepsOperations::ekycWadh()), otpRef2, refTid2)).error.code,
                 QStringLiteral("eko.ekyc_already_done"));

        // eKYC is not today's 2FA.
        r = f.wait(aeps.cashWithdrawal(customer(f, 2500), QStringLiteral("J1")));
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.error.code, QStringLiteral("eko.2fa_required"));

        // Daily KYC: a wadh where none belongs fails; without wadh it succeeds.
        QCOMPARE(f.wait(aeps.dailyKyc(me, f.capture(AepsOperations::ekycWadh()))).error.code,
                 QStringLiteral("eko.biometric_failed"));
        r = f.wait(aeps.dailyKyc(me, f.capture()));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.error.detail));
        QCOMPARE(r.envelope.responseTypeId, 1713);

        const Paise before = *f.sandbox().customerBalance(kCustomer, QStringLiteral("SBIN"));
        const AepsCustomerRequest withdrawal = customer(f, 2500);
        r = f.wait(aeps.cashWithdrawal(withdrawal, QStringLiteral("J2")));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.error.detail));
        const AepsTransaction t = AepsTransaction::fromEnvelope(r.envelope);
        QCOMPARE(t.amount, Paise::fromRupees(2500));
        QVERIFY(!t.rrn.isEmpty());
        QVERIFY(!t.tid.isEmpty());
        QCOMPARE(t.maskedAadhaar, QStringLiteral("XXXX XXXX 7058"));
        QCOMPARE(*f.sandbox().customerBalance(kCustomer, QStringLiteral("SBIN")), before - Paise::fromRupees(2500));
        QCOMPARE(f.sandbox().debitCount(QStringLiteral("J2")), 1);

        // The same capture never serves twice (UIDAI 563).
        QCOMPARE(f.wait(aeps.cashWithdrawal(withdrawal, QStringLiteral("J3"))).error.code,
                 QStringLiteral("eko.pid_reused"));

        r = f.wait(aeps.balanceEnquiry(customer(f, 0), QStringLiteral("J4")));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.error.detail));
        const AepsTransaction balance = AepsTransaction::fromEnvelope(r.envelope);
        QVERIFY(balance.hasCustomerBalance);
        QCOMPARE(balance.customerBalance, before - Paise::fromRupees(2500));

        r = f.wait(aeps.miniStatement(customer(f, 0), QStringLiteral("J5")));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.error.detail));
        QVERIFY(!AepsTransaction::fromEnvelope(r.envelope).miniStatement.isEmpty());

        r = f.wait(aeps.aadhaarPay(customer(f, 150), QStringLiteral("J6")));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.error.code + QLatin1Char(' ') + r.error.detail));

        r = f.wait(aeps.inquiryByClientRefId(QStringLiteral("J2")));
        QCOMPARE(r.outcome, Outcome::Success);
        QCOMPARE(AepsTransaction::fromEnvelope(r.envelope).tid, t.tid);
        QCOMPARE(f.wait(aeps.inquiryByTid(t.tid)).outcome, Outcome::Success);
        QCOMPARE(f.wait(aeps.inquiryByClientRefId(QStringLiteral("NEVERSENT"))).error.code,
                 QStringLiteral("eko.tid_unknown"));

        // The next IST calendar day needs the daily login again.
        f.clock().advanceMs(kDayMs);
        r = f.wait(aeps.cashWithdrawal(customer(f, 500), QStringLiteral("J7")));
        QCOMPARE(r.error.code, QStringLiteral("eko.2fa_required"));
    }

    void referenceListsWalletAndServiceActivation()
    {
        SandboxFixture f;
        AgentOperations agent(f.client());
        EkoResponse r = f.wait(agent.states());
        QCOMPARE(r.outcome, Outcome::Success);
        QVERIFY(AgentOperations::parseList(r.envelope).size() > 20);
        r = f.wait(agent.mccCategories());
        QCOMPARE(r.outcome, Outcome::Success);
        QVERIFY(!AgentOperations::parseList(r.envelope).isEmpty());
        r = f.wait(agent.banks());
        QCOMPARE(r.outcome, Outcome::Success);
        const auto banks = AgentOperations::parseBanks(r.envelope);
        QVERIFY(std::any_of(banks.begin(), banks.end(), [](const Bank& b) { return b.code == QLatin1String("SBIN"); }));
        r = f.wait(agent.walletBalance());
        QCOMPARE(r.outcome, Outcome::Success);
        Paise balance;
        QVERIFY(r.envelope.amount(QStringLiteral("balance"), &balance));
        QCOMPARE(balance, f.sandbox().config().defaultAgentWallet);
        r = f.wait(agent.activateService(QStringLiteral("39")));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.error.detail));
    }

    void droppedResponseIsUnknownThenInquiryFindsExactlyOneDebit()
    {
        SandboxFixture f;
        readyDefaultAgent(f);
        f.sandbox().armFault(Fault::DropResponse, QStringLiteral("cash-withdrawal"));
        AepsOperations aeps(f.client());
        const EkoResponse r = f.wait(aeps.cashWithdrawal(customer(f, 1000), QStringLiteral("DROP1")));
        QCOMPARE(r.outcome, Outcome::Unknown);
        QCOMPARE(r.error.code, QStringLiteral("eko.outcome_unknown"));
        const EkoResponse inquiry = f.wait(aeps.inquiryByClientRefId(QStringLiteral("DROP1")));
        QCOMPARE(inquiry.outcome, Outcome::Success);
        QCOMPARE(inquiry.txStatus(), 0);
        QCOMPARE(f.sandbox().debitCount(QStringLiteral("DROP1")), 1);
    }

    void closedConnectionSendsTheWithdrawalOnlyOnce()
    {
        SandboxFixture f;
        readyDefaultAgent(f);
        f.sandbox().armFault(Fault::CloseConnection, QStringLiteral("cash-withdrawal"));
        AepsOperations aeps(f.client());
        const EkoResponse r = f.wait(aeps.cashWithdrawal(customer(f, 1000), QStringLiteral("CLOSE1")));
        QCOMPARE(r.outcome, Outcome::Unknown);
        int posts = 0;
        for (const auto& entry : f.sandbox().requestLog()) {
            posts += entry.path.contains(QLatin1String("cash-withdrawl")) ? 1 : 0;
        }
        QCOMPARE(posts, 1);
        QCOMPARE(f.wait(aeps.inquiryByClientRefId(QStringLiteral("CLOSE1"))).outcome, Outcome::Success);
        QCOMPARE(f.sandbox().debitCount(QStringLiteral("CLOSE1")), 1);
    }

    void pendingIsResolvedByInquiry()
    {
        SandboxFixture f;
        readyDefaultAgent(f);
        f.sandbox().armFault(Fault::PendingThenSuccess, QStringLiteral("cash-withdrawal"));
        AepsOperations aeps(f.client());
        QCOMPARE(f.wait(aeps.cashWithdrawal(customer(f, 1000), QStringLiteral("PEND1"))).outcome, Outcome::Pending);
        QCOMPARE(f.wait(aeps.inquiryByClientRefId(QStringLiteral("PEND1"))).outcome, Outcome::Success);
        f.sandbox().armFault(Fault::PendingThenFailure, QStringLiteral("cash-withdrawal"));
        QCOMPARE(f.wait(aeps.cashWithdrawal(customer(f, 1000), QStringLiteral("PEND2"))).outcome, Outcome::Pending);
        QCOMPARE(f.wait(aeps.inquiryByClientRefId(QStringLiteral("PEND2"))).outcome, Outcome::Failed);
        QCOMPARE(f.sandbox().debitCount(QStringLiteral("PEND2")), 0);
    }

    void faultsReachTheAgentAsClearMessages_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("code");
        QTest::newRow("http 500") << int(Fault::Http500) << int(Outcome::Unknown) << QStringLiteral("eko.http_5xx");
        QTest::newRow("html page") << int(Fault::HtmlErrorPage) << int(Outcome::Unknown)
                                   << QStringLiteral("eko.http_5xx");
        QTest::newRow("no key for response")
            << int(Fault::NoKeyForResponse) << int(Outcome::Failed) << QStringLiteral("eko.no_key_for_response");
        QTest::newRow("wallet low") << int(Fault::InsufficientWalletBalance) << int(Outcome::Failed)
                                    << QStringLiteral("eko.insufficient_funds");
        QTest::newRow("frozen") << int(Fault::BankDeclineFrozen) << int(Outcome::Failed)
                                << QStringLiteral("eko.account_frozen");
        QTest::newRow("debit disabled") << int(Fault::BankDeclineDebitDisabled) << int(Outcome::Failed)
                                        << QStringLiteral("eko.aeps_disabled");
        QTest::newRow("biometric mismatch")
            << int(Fault::BiometricMismatch) << int(Outcome::Failed) << QStringLiteral("eko.biometric_failed");
        QTest::newRow("truncated json") << int(Fault::TruncatedJson) << int(Outcome::Unknown)
                                        << QStringLiteral("eko.malformed_response");
        QTest::newRow("10 MB body") << int(Fault::HugeBody) << int(Outcome::Unknown)
                                    << QStringLiteral("eko.response_too_large");
        QTest::newRow("fp069") << int(Fault::Fp069) << int(Outcome::Failed) << QStringLiteral("eko.2fa_required");
    }
    void faultsReachTheAgentAsClearMessages()
    {
        QFETCH(int, fault);
        QFETCH(int, outcome);
        QFETCH(QString, code);
        SandboxFixture f;
        readyDefaultAgent(f);
        f.sandbox().armFault(Fault(fault), QStringLiteral("cash-withdrawal"));
        AepsOperations aeps(f.client());
        const EkoResponse r = f.wait(aeps.cashWithdrawal(customer(f, 1000), QStringLiteral("FAULT1")));
        QCOMPARE(int(r.outcome), outcome);
        QCOMPARE(r.error.code, code);
        QVERIFY(!r.error.userMessage.isEmpty());
    }

    void wrongTypesAreReadLeniently()
    {
        SandboxFixture f;
        readyDefaultAgent(f);
        f.sandbox().armFault(Fault::WrongTypes, QStringLiteral("cash-withdrawal"));
        AepsOperations aeps(f.client());
        const EkoResponse r = f.wait(aeps.cashWithdrawal(customer(f, 1000), QStringLiteral("TYPES1")));
        QCOMPARE(r.outcome, Outcome::Success);
        const AepsTransaction t = AepsTransaction::fromEnvelope(r.envelope);
        QCOMPARE(t.amount, Paise::fromRupees(1000));
        QVERIFY(t.maskedAadhaar.isEmpty() || t.maskedAadhaar.endsWith(QLatin1String("7058")));
    }

    void gatewayRejectionsMapToAdvice()
    {
        SandboxFixture f;
        AgentOperations agent(f.client());
        const EkoConfig good = f.client().config();

        EkoConfig c = good;
        c.credentials.accessKey = QStringLiteral("wrong-access-key");
        f.client().setConfig(c);
        QCOMPARE(f.wait(agent.services()).error.code, QStringLiteral("eko.http_403"));

        c = good;
        c.credentials.developerKey.clear();
        f.client().setConfig(c);
        QCOMPARE(f.wait(agent.services()).error.code, QStringLiteral("eko.http_402"));

        f.client().setConfig(good);
        {
            // This computer's clock ten minutes slow: Eko says 403, the agent is told to check the clock.
            ManualClock slow(f.clock().nowMs() - 10 * 60 * 1000);
            QNetworkAccessManager nam;
            EkoClient slowClient(&nam, EndpointCatalogue::builtIn().value(), good, slow);
            AgentOperations slowAgent(slowClient);
            const EkoResponse stale = f.wait(slowAgent.services());
            QCOMPARE(stale.error.code, QStringLiteral("eko.http_403"));
            QVERIFY(stale.error.userMessage.contains(QStringLiteral("date and time")));
        }

        const auto withCatalogue = [&](const QByteArray& op) {
            const auto catalogue = EndpointCatalogue::fromJson(R"({"operations":{"agent.services":)" + op + "}}");
            QNetworkAccessManager nam;
            EkoClient real(&nam, catalogue.value(), good, f.clock());
            EkoRequest request;
            request.operation = QStringLiteral("agent.services");
            return f.wait(real.call(request)).error.code;
        };
        QCOMPARE(withCatalogue(R"({"method":"GET","version":"v3","path":"/no/such/thing","body":"none"})"),
                 QStringLiteral("eko.http_404"));
        QCOMPARE(withCatalogue(R"({"method":"DELETE","version":"v3","path":"/user/account/services","body":"none"})"),
                 QStringLiteral("eko.http_405"));
        QCOMPARE(
            withCatalogue(
                R"({"method":"POST","version":"v2","path":"/transactions","body":"json"})"), // classic is form only
            QStringLiteral("eko.http_415"));
    }

    void tlsWorksWithTheSandboxCaAndFailsWithoutIt()
    {
        SandboxFixture f(true);
        QVERIFY(f.sandbox().baseUrl().scheme() == QLatin1String("https"));
        AgentOperations agent(f.client());
        QCOMPARE(f.wait(agent.services()).outcome, Outcome::Success);

        f.sandbox().clearRequestLog();
        EkoConfig untrusted = f.client().config();
        untrusted.extraCaCertificates.clear();
        f.client().setConfig(untrusted);
        const EkoResponse r = f.wait(agent.services());
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.error.code, QStringLiteral("eko.tls_failed"));
        QVERIFY(f.sandbox().requestLog().isEmpty()); // no request body reached the server
    }
};

QTEST_GUILESS_MAIN(TestEkoClientContract)
#include "TestEkoClientContract.moc"
