// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The Eko client's read-only tools and classic services pair against the sandbox (issue #14, reference §5.2–§5.4),
// and the AePS answer's transaction date read into the receipt (§6.5).
#include "SandboxFixture.h"
#include "core/eko/AepsOperations.h"
#include "core/eko/AepsTransaction.h"
#include "core/eko/AgentOperations.h"
#include "core/eko/ToolsOperations.h"
#include "core/receipt/Receipt.h"

#include <QTest>
#include <QTimeZone>

using namespace saathi;
using namespace saathi::eko;
using test::SandboxFixture;

namespace {
int statusOf(const QList<ServiceStatus>& list, const QString& code)
{
    for (const ServiceStatus& s : list) {
        if (s.serviceCode == code) {
            return s.status;
        }
    }
    return -1;
}
} // namespace

class TestEkoToolsContract : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serviceCatalogueIsReadIntoCodes()
    {
        SandboxFixture f;
        ToolsOperations tools(f.client());
        const EkoResponse r = f.wait(tools.serviceCodes());
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.error.detail));
        const QList<ServiceCode> codes = ToolsOperations::parseServiceCodes(r.envelope);
        QVERIFY(codes.size() >= 12);
        const auto aeps = std::find_if(codes.begin(), codes.end(),
                                       [](const ServiceCode& s) { return s.code == QLatin1String("43"); });
        QVERIFY(aeps != codes.end());
        QCOMPARE(aeps->name, QStringLiteral("AEPS"));
        QCOMPARE(aeps->provider, QStringLiteral("Fingpay"));
    }

    void bankDetailsTellTheChannels()
    {
        SandboxFixture f;
        ToolsOperations tools(f.client());
        EkoResponse r = f.wait(tools.bankDetails(QStringLiteral("ioba")));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.error.detail));
        QCOMPARE(r.envelope.responseTypeId, 466);
        auto bank = ToolsOperations::parseBankDetails(r.envelope);
        QVERIFY(bank.has_value());
        QCOMPARE(bank->code, QStringLiteral("IOBA"));
        QCOMPARE(bank->bankId, QStringLiteral("10"));
        QCOMPARE(bank->name, QStringLiteral("Indian Overseas Bank"));
        QVERIFY(bank->channels.allowsNeft());
        QVERIFY(!bank->channels.allowsImps());
        QCOMPARE(bank->channels.ifscStatus, 4);
        QVERIFY(!bank->channels.verificationAvailable);

        r = f.wait(tools.bankDetails(QStringLiteral("AIRP"), QStringLiteral("airp0000001")));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.error.detail));
        bank = ToolsOperations::parseBankDetails(r.envelope);
        QVERIFY(bank.has_value());
        QVERIFY(bank->channels.allowsImps());
        QVERIFY(!bank->channels.allowsNeft());
        QVERIFY(bank->channels.verificationAvailable);

        r = f.wait(tools.bankDetails(QStringLiteral("ZZZZ")));
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.envelope.status, 467);
        QVERIFY(!r.error.userMessage.isEmpty());
        QVERIFY(!ToolsOperations::parseBankDetails(r.envelope).has_value());
    }

    void ifscDetailsNameTheBranchAndABadIfscNeverLeaves()
    {
        SandboxFixture f;
        ToolsOperations tools(f.client());
        EkoResponse r = f.wait(tools.ifscDetails(QStringLiteral(" sbin0001234 ")));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.error.detail));
        QCOMPARE(r.envelope.responseTypeId, 414);
        const auto ifsc = ToolsOperations::parseIfscDetails(r.envelope);
        QVERIFY(ifsc.has_value());
        QCOMPARE(ifsc->ifsc, QStringLiteral("SBIN0001234"));
        QCOMPARE(ifsc->bank, QStringLiteral("State Bank of India"));
        QCOMPARE(ifsc->bankId, QStringLiteral("1"));
        QVERIFY(!ifsc->branch.isEmpty());
        QVERIFY(ifsc->channels.allowsImps() && ifsc->channels.allowsNeft());

        r = f.wait(tools.ifscDetails(QStringLiteral("ABCD0123456")));
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.envelope.status, 521);
        QVERIFY(!ToolsOperations::parseIfscDetails(r.envelope).has_value());

        const qsizetype sent = f.sandbox().requestLog().size();
        r = f.wait(tools.ifscDetails(QStringLiteral("SBIN12")));
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.error.code, QStringLiteral("eko.invalid_ifsc"));
        QVERIFY(!r.error.userMessage.isEmpty());
        QCOMPARE(f.sandbox().requestLog().size(), sent);
    }

    void classicServicesPairMatchesV3()
    {
        SandboxFixture f;
        ToolsOperations tools(f.client());
        AgentOperations agent(f.client());
        EkoResponse r = f.wait(tools.classicServices());
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.error.detail));
        QCOMPARE(statusOf(ToolsOperations::parseClassicServices(r.envelope), QStringLiteral("43")), 1);
        QCOMPARE(f.sandbox().requestLog().constLast().route, QStringLiteral("services-classic"));

        r = f.wait(tools.activateServiceClassic(QStringLiteral("39")));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.error.detail));
        QCOMPARE(r.envelope.responseTypeId, 1299);
        QCOMPARE(f.sandbox().requestLog().constLast().route, QStringLiteral("activate-service-classic"));
        // Same registry as the v3 routes: the v3 enquiry sees it pending, and the classic one agrees.
        QCOMPARE(statusOf(AgentOperations::parseServices(f.wait(agent.services()).envelope), QStringLiteral("39")), 2);
        QCOMPARE(statusOf(ToolsOperations::parseClassicServices(f.wait(tools.classicServices()).envelope),
                          QStringLiteral("39")),
                 2);
        QCOMPARE(f.wait(tools.activateServiceClassic(QStringLiteral("39"))).outcome, Outcome::Failed);
    }

    void withdrawalDateIsReadFromEkosFormIntoTheReceipt()
    {
        SandboxFixture f; // 23 Nov 2026 11:30 IST
        f.sandbox().markEkycDone(QStringLiteral("20810200"), QStringLiteral("999977788890"));
        f.sandbox().markDailyKycDone(QStringLiteral("20810200"));
        AepsOperations aeps(f.client());
        const AepsCustomerRequest request {QStringLiteral("9876543210"), QStringLiteral("SBIN"),
                                           SecureBytes(QByteArray("999941057058")), f.capture(),
                                           Paise::fromRupees(700)};
        const EkoResponse r = f.wait(aeps.cashWithdrawal(request, QStringLiteral("DATE1")));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.error.detail));
        QCOMPARE(r.envelope.text(QStringLiteral("transaction_date")), QStringLiteral("23-11-26 11:30:00"));
        const AepsTransaction t = AepsTransaction::fromEnvelope(r.envelope);
        QVERIFY(t.bankTime.isValid());
        QCOMPARE(t.bankTime.toMSecsSinceEpoch(), f.clock().nowMs());
        QCOMPARE(t.bankTime.date(), QDate(2026, 11, 23));

        journal::TransactionRecord record;
        record.kind = journal::TxKind::AepsWithdrawal;
        record.state = journal::TxState::Success;
        record.amount = Paise::fromRupees(700);
        record.createdAtMs = f.clock().nowMs();
        const receipt::Receipt receipt = receipt::Receipt::build(record, t, CounterIdentity {});
        QVERIFY2(receipt.plainText().contains(QStringLiteral("Bank time       23/11/2026 11:30:00 IST")),
                 qPrintable(receipt.plainText()));
    }
};

QTEST_GUILESS_MAIN(TestEkoToolsContract)
#include "TestEkoToolsContract.moc"
