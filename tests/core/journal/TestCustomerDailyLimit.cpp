// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// security.md A2 + N1: the counter counts one customer's cash withdrawals of the IST day through a keyed token
// (HMAC-SHA256 with the installation's key), never through the number or a plain hash of it.
#include "JournalTestData.h"
#include "core/crypto/CustomerToken.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::test;

namespace {

SecureBytes aadhaar(const QString& digits = kJournalTestAadhaar)
{
    return SecureBytes(digits.toLatin1());
}

CustomerTokenizer tokenizer(char fill)
{
    return CustomerTokenizer::fromKey(SecureBytes(QByteArray(CustomerTokenizer::kKeyBytes, fill))).value();
}

// 23:00 IST on 1 Dec 2026 = 17:30 UTC: an hour and a half later it is the next IST day but still 1 Dec in UTC.
qint64 lateEveningIst()
{
    return QDateTime(QDate(2026, 12, 1), QTime(23, 0), Clock::istZone()).toMSecsSinceEpoch();
}

} // namespace

class TestCustomerDailyLimit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokenIsKeyedNotAPlainHash()
    {
        const QString t = tokenizer('k').token(aadhaar());
        QCOMPARE(t.size(), 64);
        QCOMPARE(t, tokenizer('k').token(aadhaar())); // stable for one key
        QVERIFY(t
                != QString::fromLatin1(
                    QCryptographicHash::hash(kJournalTestAadhaar.toLatin1(), QCryptographicHash::Sha256).toHex()));
        QVERIFY(t != tokenizer('j').token(aadhaar())); // another installation's key: unlinkable
    }

    void vidsAndBadInputGetNoToken()
    {
        QVERIFY(tokenizer('k').token(SecureBytes(QByteArray("9999410570581234"))).isEmpty()); // a VID (A7)
        QVERIFY(tokenizer('k').token(SecureBytes(QByteArray("99994105705"))).isEmpty());
        QVERIFY(tokenizer('k').token(SecureBytes(QByteArray("99994105705x"))).isEmpty());
        QVERIFY(CustomerTokenizer().token(aadhaar()).isEmpty());
        QVERIFY(!CustomerTokenizer::fromKey(SecureBytes(QByteArray(16, 'k'))).ok());
        QCOMPARE(CustomerTokenizer::generateKey().size(), CustomerTokenizer::kKeyBytes);
        QVERIFY(CustomerTokenizer::generateKey() != CustomerTokenizer::generateKey());
    }

    void fiveWithdrawalsOfOneCustomerAreCountedUntilIstMidnight()
    {
        QTemporaryDir dir;
        ManualClock clock(lateEveningIst());
        const QString db = dir.filePath(QStringLiteral("journal.sqlite"));
        SAATHI_OPEN_STORE(store, db, clock);
        const QString token = tokenizer('k').token(aadhaar());
        for (int i = 0; i < 5; ++i) {
            PrepareRequest r = withdrawal(QStringLiteral("k%1").arg(i), QStringLiteral("LIM%1").arg(i));
            r.customerToken = token;
            QVERIFY(store->prepare(r).ok());
            QVERIFY(store->markSent(r.clientRefId).ok());
            QVERIFY(store->recordOutcome(r.clientRefId, answer(i == 4 ? TxState::Unknown : TxState::Success)).ok());
        }
        // A declined one does not use a slot; another customer has slots of their own.
        PrepareRequest declined = withdrawal(QStringLiteral("k9"), QStringLiteral("LIM9"));
        declined.customerToken = token;
        QVERIFY(store->prepare(declined).ok());
        QVERIFY(store->markSent(declined.clientRefId).ok());
        QVERIFY(store->recordOutcome(declined.clientRefId, answer(TxState::Failed)).ok());
        const QDate today = clock.istDate();
        QCOMPARE(store->approvedOrOpenForCustomer(token, TxKind::AepsWithdrawal, today).value(), 5);
        QCOMPARE(store
                     ->approvedOrOpenForCustomer(tokenizer('k').token(aadhaar(QStringLiteral("999971658847"))),
                                                 TxKind::AepsWithdrawal, today)
                     .value(),
                 0);
        QCOMPARE(store->approvedOrOpenForCustomer(token, TxKind::AadhaarPay, today).value(), 0);
        QCOMPARE(store->approvedOrOpenForCustomer(QString(), TxKind::AepsWithdrawal, today).value(), 0);

        // 90 minutes later: still 1 December in UTC, already 2 December in India — a fresh day of slots.
        clock.advanceMs(90 * 60'000);
        QCOMPARE(clock.nowUtc().date(), QDate(2026, 12, 1));
        QCOMPARE(clock.istDate(), QDate(2026, 12, 2));
        QCOMPARE(store->approvedOrOpenForCustomer(token, TxKind::AepsWithdrawal, clock.istDate()).value(), 0);

        // The file holds the keyed token and nothing a plain hash or the number would match.
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(FULL)")));
        QByteArray bytes;
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(db + suffix);
            if (f.open(QIODevice::ReadOnly)) {
                bytes += f.readAll();
            }
        }
        QVERIFY(bytes.contains(token.toLatin1()));
        for (const auto algo : {QCryptographicHash::Sha256, QCryptographicHash::Sha1}) {
            QVERIFY(!bytes.contains(QCryptographicHash::hash(kJournalTestAadhaar.toLatin1(), algo).toHex()));
        }
        QVERIFY(!bytes.contains(kJournalTestAadhaar.toLatin1()));
    }

    void tokenColumnTakesOnlyAKeyedToken()
    {
        QTemporaryDir dir;
        ManualClock clock(lateEveningIst());
        SAATHI_OPEN_STORE(store, dir.filePath(QStringLiteral("journal.sqlite")), clock);
        PrepareRequest r = withdrawal(QStringLiteral("k1"), QStringLiteral("TOK1"));
        r.customerToken = kJournalTestAadhaar; // a caller that passes the number by mistake
        QVERIFY(!store->prepare(r).ok());
        QVERIFY(!store->find(QStringLiteral("TOK1")).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestCustomerDailyLimit)
#include "TestCustomerDailyLimit.moc"
