// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Issue #19: the claim slip carries every dispute key (RRN, STAN, Eko TID, client_ref_id, amount, IST time, agent
// code) and the deadline from the rule data, in English and in Hindi whatever the counter's language, on 42-column
// lines, and never the mobile number or more of the Aadhaar number than its last four digits.
#include "../journal/JournalTestData.h"
#include "core/claims/StuckMoney.h"

#include <algorithm>

using namespace saathi;
using namespace saathi::claims;
using namespace saathi::journal;
using namespace saathi::test;

namespace {

const QString kRef = QStringLiteral("AEPSWAIT9");
const QString kMobile = QStringLiteral("9876543210");

qint64 ist(int day, int hour = 10)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, 0), Clock::istZone()).toMSecsSinceEpoch();
}

CounterIdentity shop()
{
    CounterIdentity identity;
    identity.userCode = QStringLiteral("20810200");
    identity.shopName = QStringLiteral("Sharma Kirana & Mobile");
    identity.shopAddress = QStringLiteral("Main Bazaar, Near Bus Stand, Rampur, Uttar Pradesh 244901");
    return identity;
}

bool hasDevanagari(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x0900 && c.unicode() <= 0x097F; });
}

} // namespace

class TestClaimSlip : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock {ist(3)};
    std::unique_ptr<JournalStore> m_store;

    ClaimSlip slip(const QString& language, qint64 nowMs)
    {
        auto built = StuckMoney(*m_store, ClaimRules::builtIn()).slip(kRef, shop(), language, nowMs);
        if (!built) {
            qWarning("%s", qPrintable(built.error().detail + built.error().userMessage));
        }
        return built.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = JournalStore::open(m_dir.filePath(QStringLiteral("slip.sqlite")), m_clock, storeOptions());
        QVERIFY2(opened.ok(), qPrintable(opened.error().detail));
        m_store = std::move(opened.value());
        QVERIFY(m_store->prepare(withdrawal(QStringLiteral("k-slip"), kRef, 2500, kMobile)).ok());
        QVERIFY(m_store->markSent(kRef).ok());
        // Eko said "awaited", echoing the whole Aadhaar number: the journal keeps the STAN, never the number.
        Outcome pending = answer(TxState::Pending, Source::Response, QStringLiteral("2883457799"),
                                 QStringLiteral("{\"status\":0,\"message\":\"Transaction awaited\",\"data\":{"
                                                "\"tx_status\":\"2\",\"tid\":\"2883457799\",\"bank_ref_num\":"
                                                "\"633711345601\",\"stan\":\"345601\",\"bank\":\"State Bank of India\","
                                                "\"aadhar\":\"%1\"}}")
                                     .arg(kJournalTestAadhaar));
        pending.rrn = QStringLiteral("633711345601");
        QVERIFY(m_store->recordOutcome(kRef, pending).ok());
    }

    void everyDisputeKeyIsOnTheSlipInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("hi") << QStringLiteral("hi");
    }

    void everyDisputeKeyIsOnTheSlipInBothLanguages()
    {
        QFETCH(QString, language);
        const ClaimSlip s = slip(language, ist(5, 18));
        QCOMPARE(s.language(), language);
        const QString text = s.plainText();
        for (const QString& key :
             {QStringLiteral("633711345601"), QStringLiteral("345601"), QStringLiteral("2883457799"), kRef,
              QStringLiteral("₹2,500.00"), QStringLiteral("03/12/2026 10:00:00 IST"), QStringLiteral("20810200"),
              QStringLiteral("State Bank of India"), QStringLiteral("08/12/2026"), QStringLiteral("XXXX XXXX 7058"),
              QStringLiteral("No.629/02.01.014/2019-20"), QStringLiteral("T+5")}) {
            QVERIFY2(text.contains(key), qPrintable(key + QStringLiteral(" missing from\n") + text));
        }
        QCOMPARE(s.clock().deadline, QDate(2026, 12, 8));
        QCOMPARE(s.clock().daysLeft, 3);
    }

    void hindiLabelsAreHindiWhateverTheCountersLanguage()
    {
        // No translator is installed in this process: the counter speaks English, the slip speaks Hindi.
        const ClaimSlip hi = slip(QStringLiteral("hi"), ist(5, 18));
        const ClaimSlip en = slip(QStringLiteral("en"), ist(5, 18));
        QVERIFY2(hasDevanagari(hi.title()), qPrintable(hi.title()));
        QVERIFY(!hasDevanagari(en.title()));
        QCOMPARE(hi.fields().size(), en.fields().size());
        for (const ClaimSlip::Line& line : hi.fields()) {
            if (line.label != QLatin1String("RRN") && line.label != QLatin1String("STAN")
                && !line.label.startsWith(QLatin1String("Eko"))) {
                QVERIFY2(hasDevanagari(line.label), qPrintable(line.label));
            }
        }
        QVERIFY(hasDevanagari(hi.notes().first())); // the rule's text from the data
        QVERIFY(!hasDevanagari(en.plainText()));
    }

    void everyLineFitsTheThermalWidth()
    {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("hi")}) {
            const ClaimSlip s = slip(language, ist(20));
            for (const QString& line : s.lines(42)) {
                QVERIFY2(line.size() <= 42, qPrintable(line));
            }
            for (const QString& line : s.lines(32)) {
                QVERIFY2(line.size() <= 32, qPrintable(line));
            }
        }
    }

    void neverTheMobileOrTheAadhaarNumber()
    {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("hi")}) {
            const QString text = slip(language, ist(5)).plainText();
            QVERIFY(!text.contains(kMobile));
            QVERIFY(!text.contains(kJournalTestAadhaar));
            QVERIFY(!text.contains(kJournalTestAadhaar.left(8)));
        }
    }

    void anOverdueSlipCountsTheCompensation()
    {
        const ClaimSlip s = slip(QStringLiteral("en"), ist(11));
        QVERIFY(s.clock().overdue());
        QVERIFY2(s.plainText().contains(QStringLiteral("₹300.00")), qPrintable(s.plainText()));
    }
};

QTEST_GUILESS_MAIN(TestClaimSlip)
#include "TestClaimSlip.moc"
