// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Issue #18: the counter's memory of customers (journal schema v6) on a real SQLite file: it learns banks and
// fingers under the keyed token, keeps the newest answer per bank, survives a restart, and forgets on request.
#include "../journal/JournalTestData.h"
#include "core/crypto/CustomerToken.h"
#include "core/journal/JournalSchema.h"
#include "core/preflight/CustomerMemory.h"

#include <QSqlQuery>

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::preflight;
using namespace saathi::test;

namespace {

QString tokenFor(const char* digits)
{
    static const CustomerTokenizer tokenizer
        = CustomerTokenizer::fromKey(SecureBytes(QByteArray(CustomerTokenizer::kKeyBytes, 'm'))).value();
    return tokenizer.token(SecureBytes(QByteArray(digits)));
}

int rows(QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestCustomerMemory : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 12, 7), QTime(10, 0), Clock::istZone()).toMSecsSinceEpoch()};
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void learnsBanksAndFingerNewestFirst()
    {
        SAATHI_OPEN_STORE(store, path("learn.sqlite"), m_clock);
        QVERIFY(schema::version(store->database()).value() >= 6); // v6 brought the tables
        CustomerMemory memory(store->database());
        const QString token = tokenFor("999941057058");
        const QDate today = m_clock.istDate();
        QVERIFY(memory.learnBank(token, QStringLiteral("SBIN"), Conclusion::NotLinked, 1000, today).isNull());
        QVERIFY(memory.learnBank(token, QStringLiteral("HDFC"), Conclusion::BankWorked, 2000, today).isNull());
        QVERIFY(memory.learnFinger(token, device::Finger::LeftThumb, 2000).isNull());
        // What marks nothing: a mismatch, an agent answer, no conclusion, an unknown finger.
        for (const Conclusion c :
             {Conclusion::BiometricMismatch, Conclusion::AgentLoginNeeded, Conclusion::NoConclusion}) {
            QVERIFY(memory.learnBank(token, QStringLiteral("UBIN"), c, 3000, today).isNull());
        }
        QVERIFY(memory.learnFinger(tokenFor("999971658847"), device::Finger::Unknown, 3000).isNull());

        const auto banks = memory.banks(token);
        QVERIFY(banks.ok());
        QCOMPARE(banks.value().size(), 2);
        QCOMPARE(banks.value().at(0).bankCode, QStringLiteral("HDFC"));
        QCOMPARE(banks.value().at(0).conclusion, Conclusion::BankWorked);
        QCOMPARE(banks.value().at(1).bankCode, QStringLiteral("SBIN"));
        QCOMPARE(banks.value().at(1).conclusion, Conclusion::NotLinked);
        QCOMPARE(banks.value().at(1).istDay, today);
        QCOMPARE(banks.value().at(1).atMs, 1000);
        QCOMPARE(memory.finger(token).value(), device::Finger::LeftThumb);
        QCOMPARE(memory.finger(tokenFor("999971658847")).value(), device::Finger::Unknown);
        QCOMPARE(rows(store->database(), QStringLiteral("customer_fingers")), 1);
    }

    void notLinkedAfterWorkedAtTheSameBankReplacesIt()
    {
        SAATHI_OPEN_STORE(store, path("replace.sqlite"), m_clock);
        CustomerMemory memory(store->database());
        const QString token = tokenFor("999941057058");
        const QDate today = m_clock.istDate();
        QVERIFY(memory.learnBank(token, QStringLiteral("SBIN"), Conclusion::BankWorked, 1000, today).isNull());
        QVERIFY(memory.learnBank(token, QStringLiteral("SBIN"), Conclusion::NotLinked, 2000, today).isNull());
        QCOMPARE(memory.banks(token).value().size(), 1);
        QCOMPARE(memory.banks(token).value().at(0).conclusion, Conclusion::NotLinked);
        // A late answer (an older pending row resolved now) never overwrites a newer one.
        QVERIFY(memory.learnBank(token, QStringLiteral("SBIN"), Conclusion::BankWorked, 1500, today).isNull());
        QCOMPARE(memory.banks(token).value().at(0).conclusion, Conclusion::NotLinked);
    }

    void emptyTokenMarksNothingAndTheNumberIsRefused()
    {
        SAATHI_OPEN_STORE(store, path("empty.sqlite"), m_clock);
        CustomerMemory memory(store->database());
        QVERIFY(
            memory.learnBank(QString(), QStringLiteral("SBIN"), Conclusion::NotLinked, 1, m_clock.istDate()).isNull());
        QVERIFY(memory.learnFinger(QString(), device::Finger::RightIndex, 1).isNull());
        QVERIFY(memory.banks(QString()).value().isEmpty());
        QCOMPARE(rows(store->database(), QStringLiteral("customer_banks")), 0);
        QCOMPARE(rows(store->database(), QStringLiteral("customer_fingers")), 0);
        // A2: a caller that passes the number by mistake is refused by the table itself.
        QVERIFY(
            !memory.learnBank(kJournalTestAadhaar, QStringLiteral("SBIN"), Conclusion::NotLinked, 1, m_clock.istDate())
                 .isNull());
        QVERIFY(!memory.learnFinger(kJournalTestAadhaar, device::Finger::RightIndex, 1).isNull());
        QCOMPARE(rows(store->database(), QStringLiteral("customer_banks")), 0);
    }

    void survivesARestartAndForgets()
    {
        const QString file = path("restart.sqlite");
        const QString a = tokenFor("999941057058");
        const QString b = tokenFor("999971658847");
        {
            SAATHI_OPEN_STORE(store, file, m_clock);
            CustomerMemory memory(store->database());
            for (const QString& token : {a, b}) {
                QVERIFY(memory.learnBank(token, QStringLiteral("SBIN"), Conclusion::BankWorked, 1000, m_clock.istDate())
                            .isNull());
                QVERIFY(
                    memory.learnBank(token, QStringLiteral("PUNB"), Conclusion::LimitExhausted, 900, m_clock.istDate())
                        .isNull());
                QVERIFY(memory.learnFinger(token, device::Finger::RightIndex, 1000).isNull());
            }
        } // the app closes
        SAATHI_OPEN_STORE(store, file, m_clock);
        CustomerMemory memory(store->database());
        QCOMPARE(memory.banks(a).value().size(), 2);
        QCOMPARE(memory.finger(a).value(), device::Finger::RightIndex);
        // The customer asked: their rows go, the other customer's stay.
        QCOMPARE(memory.forget(a).value(), 3);
        QVERIFY(memory.banks(a).value().isEmpty());
        QCOMPARE(memory.finger(a).value(), device::Finger::Unknown);
        QCOMPARE(memory.banks(b).value().size(), 2);
        QCOMPARE(memory.forget(a).value(), 0);
        QCOMPARE(memory.forget(QString()).value(), 0);
        // Settings: the agent clears everything.
        QCOMPARE(memory.forgetAll().value(), 3);
        QCOMPARE(rows(store->database(), QStringLiteral("customer_banks")), 0);
        QCOMPARE(rows(store->database(), QStringLiteral("customer_fingers")), 0);
        QCOMPARE(store->durability().value().secureDelete, 1); // the cells are zeroed, not just unlinked
    }
};

QTEST_GUILESS_MAIN(TestCustomerMemory)
#include "TestCustomerMemory.moc"
