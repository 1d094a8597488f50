// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Issue #19: RBI's turnaround rules are data. The built-in file says T+5 for AePS and T+1 for IMPS; a replaced file
// moves the deadline without a line of code changing; a bad file is refused with claims.bad_rules.
#include "core/claims/ClaimRules.h"
#include "core/receipt/Receipt.h"
#include "core/util/Clock.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;
using namespace saathi::claims;
using journal::TxKind;
using journal::TxState;

namespace {

qint64 ist(int year, int month, int day, int hour = 10)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Clock::istZone()).toMSecsSinceEpoch();
}

journal::TransactionRecord row(TxKind kind, TxState state)
{
    journal::TransactionRecord r;
    r.kind = kind;
    r.state = state;
    r.createdAtMs = ist(2026, 12, 3);
    return r;
}

QByteArray builtInJson()
{
    QFile file(QStringLiteral(":/saathi/claims/turnaround-rules.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestClaimRules : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString writeFile(const char* name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            return {};
        }
        return path;
    }

private Q_SLOTS:
    void builtInIsTPlusFiveForAepsAndTPlusOneForImps()
    {
        const ClaimRules rules = ClaimRules::builtIn();
        const ClaimRule* aeps = rules.ruleFor(row(TxKind::AepsWithdrawal, TxState::Failed));
        QVERIFY(aeps);
        QCOMPARE(aeps->id, QStringLiteral("aeps_failed_debited"));
        QCOMPARE(aeps->reversalDays, 5);
        QCOMPARE(aeps->compensationPerDay, Paise::fromRupees(100));
        QVERIFY(aeps->source.contains(QStringLiteral("DPSS.CO.PD No.629/02.01.014/2019-20")));
        QVERIFY(!aeps->textIn(QStringLiteral("en")).isEmpty());
        QVERIFY(aeps->textIn(QStringLiteral("hi")).contains(QStringLiteral("बैंक")));
        const ClaimRule* imps = rules.ruleFor(row(TxKind::DmtTransfer, TxState::Pending));
        QVERIFY(imps);
        QCOMPARE(imps->reversalDays, 1);
        QCOMPARE(rules.ruleFor(row(TxKind::AadhaarPay, TxState::Unknown)), aeps);

        // T is the IST day: 3 Dec 10:00 IST → due back by 8 Dec; on 5 Dec it is day 2 with 3 days left.
        const ClaimClock clock = ClaimRules::clock(*aeps, ist(2026, 12, 3), ist(2026, 12, 5, 18));
        QCOMPARE(clock.transactionDay, QDate(2026, 12, 3));
        QCOMPARE(clock.deadline, QDate(2026, 12, 8));
        QCOMPARE(clock.daysSince, 2);
        QCOMPARE(clock.daysLeft, 3);
        QVERIFY(!clock.overdue());
        const ClaimClock late = ClaimRules::clock(*aeps, ist(2026, 12, 3), ist(2026, 12, 11));
        QVERIFY(late.overdue());
        QCOMPARE(late.compensationDays(), 3);
        // The receipt's "reversed by" date comes from the same data.
        QCOMPARE(receipt::Receipt::reversalDeadline(ist(2026, 12, 3)), QDate(2026, 12, 8));
        // 23:30 IST on 3 Dec is 18:00 UTC: still T = 3 Dec.
        QCOMPARE(ClaimRules::clock(*aeps, ist(2026, 12, 3, 23), ist(2026, 12, 3, 23)).deadline, QDate(2026, 12, 8));
    }

    void onlyRowsWhoseCustomerMayHaveBeenDebitedHaveARule()
    {
        const ClaimRules rules = ClaimRules::builtIn();
        for (const TxState state : {TxState::Prepared, TxState::Sent, TxState::Pending, TxState::Unknown,
                                    TxState::Failed, TxState::RefundPending}) {
            QVERIFY2(rules.ruleFor(row(TxKind::AepsWithdrawal, state)), qPrintable(journal::wireName(state)));
        }
        QVERIFY(!rules.ruleFor(row(TxKind::AepsWithdrawal, TxState::Success)));
        QVERIFY(!rules.ruleFor(row(TxKind::AepsWithdrawal, TxState::NotSent)));
        QVERIFY(!rules.ruleFor(row(TxKind::BalanceEnquiry, TxState::Failed)));
        QVERIFY(!rules.ruleFor(row(TxKind::Settlement, TxState::Pending)));
        QVERIFY(rules.ruleForKind(TxKind::DmtTransfer));
        QVERIFY(!rules.ruleForKind(TxKind::MiniStatement));
    }

    void aReplacedRuleFileMovesTheDeadline()
    {
        // The same file with AePS's window changed to 7 days: the deadline follows the data.
        QJsonObject doc = QJsonDocument::fromJson(builtInJson()).object();
        QJsonArray list = doc.value(QStringLiteral("rules")).toArray();
        QJsonObject aeps = list.at(0).toObject();
        aeps.insert(QStringLiteral("reversal_days"), 7);
        aeps.insert(QStringLiteral("compensation_per_day_paise"), 25000);
        list.replace(0, aeps);
        doc.insert(QStringLiteral("rules"), list);
        const QString path = writeFile("rules.json", QJsonDocument(doc).toJson());
        const auto loaded = ClaimRules::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().detail));
        const ClaimRule* rule = loaded.value().ruleFor(row(TxKind::AepsWithdrawal, TxState::Pending));
        QVERIFY(rule);
        QCOMPARE(ClaimRules::clock(*rule, ist(2026, 12, 3), ist(2026, 12, 4)).deadline, QDate(2026, 12, 10));
        QCOMPARE(rule->compensationPerDay, Paise::fromRupees(250));
    }

    void aBadFileIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{rules: [");
        QTest::newRow("no rules") << QByteArray("{\"version\": 1}");
        QTest::newRow("empty rules") << QByteArray("{\"rules\": []}");
        const QByteArray good = "\"id\":\"x\",\"source\":\"RBI\",\"text\":{\"en\":\"T+5\"},\"reversal_days\":5,"
                                "\"compensation_per_day_paise\":10000";
        QTest::newRow("unknown kind") << ("{\"rules\":[{" + good + ",\"kinds\":[\"loan\"],\"states\":[\"failed\"]}]}");
        QTest::newRow("unknown state") << ("{\"rules\":[{" + good
                                           + ",\"kinds\":[\"aeps_withdrawal\"],\"states\":[\"lost\"]}]}");
        QTest::newRow("negative days") << QByteArray(
            "{\"rules\":[{\"id\":\"x\",\"source\":\"RBI\",\"text\":{\"en\":\"t\"},\"reversal_days\":-1,"
            "\"compensation_per_day_paise\":0,\"kinds\":[\"aeps_withdrawal\"],\"states\":[\"failed\"]}]}");
        QTest::newRow("rupees as a fraction")
            << QByteArray("{\"rules\":[{\"id\":\"x\",\"source\":\"RBI\",\"text\":{\"en\":\"t\"},\"reversal_days\":5,"
                          "\"compensation_per_day_paise\":100.5,\"kinds\":[\"aeps_withdrawal\"],"
                          "\"states\":[\"failed\"]}]}");
        QTest::newRow("no english text") << QByteArray(
            "{\"rules\":[{\"id\":\"x\",\"source\":\"RBI\",\"text\":{\"hi\":\"t\"},\"reversal_days\":5,"
            "\"compensation_per_day_paise\":0,\"kinds\":[\"aeps_withdrawal\"],\"states\":[\"failed\"]}]}");
    }

    void aBadFileIsRefused()
    {
        QFETCH(QByteArray, json);
        const auto parsed = ClaimRules::fromJson(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("claims.bad_rules"));
        QVERIFY(!parsed.error().userMessage.isEmpty());
        const auto loaded = ClaimRules::load(writeFile("bad.json", json));
        QCOMPARE(loaded.error().code, QStringLiteral("claims.bad_rules"));
    }

    void aMissingFileIsRefused()
    {
        const auto loaded = ClaimRules::load(m_dir.filePath(QStringLiteral("nowhere.json")));
        QCOMPARE(loaded.error().code, QStringLiteral("claims.bad_rules"));
        QVERIFY(loaded.error().detail.contains(QStringLiteral("nowhere.json")));
    }
};

QTEST_GUILESS_MAIN(TestClaimRules)
#include "TestClaimRules.moc"
