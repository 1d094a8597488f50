// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// security.md A1/A4: after a day of work, neither the journal file nor its -wal/-shm holds an Aadhaar number (in
// any of its written forms, UTF-8 or UTF-16LE, or as a plain hash) or any PID content. Issue #18: nor does the
// memory of customers (customer_banks, customer_fingers), filled for the same customer under the keyed token.
#include "JournalTestData.h"
#include "core/crypto/CustomerToken.h"
#include "core/preflight/CustomerMemory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::test;

namespace {

const QString kPid
    = QStringLiteral("<PidData><Resp errCode=\"0\" fCount=\"1\" fType=\"2\" nmPoints=\"30\" qScore=\"70\"/>"
                     "<DeviceInfo dpId=\"MANTRA.MSIPL\" rdsId=\"MANTRA.WIN.001\" mi=\"MFS100\" mc=\"MIIEGDCCAwCgAw\"/>"
                     "<Skey ci=\"20250929\">SKEYc2Vzc2lvbmtleWVuY3J5cHRlZA==</Skey><Hmac>HMACaG1hY3ZhbHVlMTIz</Hmac>"
                     "<Data type=\"X\">PIDDATAcGlkYmxvY2tjaXBoZXJ0ZXh0</Data></PidData>");

QString jsonString(const QString& s)
{
    QString out = s;
    out.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return out;
}

QList<QByteArray> needles()
{
    const QStringList forms {kJournalTestAadhaar, QStringLiteral("9999 4105 7058"), QStringLiteral("9999-4105-7058")};
    QList<QByteArray> out;
    for (const QString& f : forms) {
        out << f.toUtf8();
        out << QByteArray(reinterpret_cast<const char*>(f.utf16()), f.size() * 2); // UTF-16LE
    }
    out << QCryptographicHash::hash(kJournalTestAadhaar.toUtf8(), QCryptographicHash::Sha256).toHex();
    out << QCryptographicHash::hash(kJournalTestAadhaar.toUtf8(), QCryptographicHash::Sha1).toHex();
    for (const char* marker : {"<PidData", "<Skey", "<Hmac", "SKEYc2Vz", "HMACaG1h", "PIDDATAcGlk", "MIIEGDCCAwCgAw"}) {
        out << QByteArray(marker);
        const QString wide = QString::fromLatin1(marker);
        out << QByteArray(reinterpret_cast<const char*>(wide.utf16()), wide.size() * 2);
    }
    return out;
}

} // namespace

class TestJournalLeakScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dayOfWorkLeavesNoAadhaarOrPidInTheFiles()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const QString file = dir.filePath(QStringLiteral("journal.sqlite"));
        SAATHI_OPEN_STORE(store, file, clock);
        const QString a = kJournalTestAadhaar;
        const QStringList bodies {
            QStringLiteral("{\"status\":0,\"data\":{\"tx_status\":\"0\",\"tid\":\"T1\",\"aadhar\":\"%1\","
                           "\"piddata\":\"%2\",\"comment\":\"Aadhaar 9999 4105 7058 ok\"}}")
                .arg(a, jsonString(kPid)),
            QStringLiteral("{\"status\":1,\"data\":{\"customer\":%1,\"echo\":\"aadhar=9999-4105-7058&piddata=%2\"}}")
                .arg(a, jsonString(kPid)),
            QStringLiteral("<html><body>502 Bad Gateway aadhar=%1 %2</body></html>").arg(a, kPid),
            QStringLiteral("{\"status\":0,\"data\":{\"tx_status\":\"2\",\"Aadhaar\":\"%1\",\"nested\":[{\"PidData\":"
                           "\"%2\"}]}}")
                .arg(a, jsonString(kPid)),
            QStringLiteral("{\"truncated\": \"%1 %2").arg(a, kPid.left(120)),
        };
        int n = 0;
        for (int round = 0; round < 8; ++round) {
            for (const QString& body : bodies) {
                const QString ref = QStringLiteral("LEAK%1").arg(++n);
                auto request = withdrawal(QStringLiteral("key-%1").arg(n), ref, 100 + n);
                if (n % 4 == 0) {
                    request.kind = TxKind::BalanceEnquiry;
                    request.amount = Paise {0};
                }
                QVERIFY(store->prepare(request).ok());
                QVERIFY(store->markSent(ref).ok());
                Outcome o = answer(n % 3 == 0 ? TxState::Unknown : TxState::Success, Source::Response,
                                   QStringLiteral("T%1").arg(n), body);
                o.message = QStringLiteral("Transaction for %1 done").arg(a);
                o.note = QStringLiteral("timeout; aadhar=%1 %2").arg(a, kPid);
                QVERIFY(store->recordOutcome(ref, o).ok());
                if (o.state == TxState::Unknown) {
                    clock.advanceMs(31'000);
                    QVERIFY(store->recordNotFound(ref, body).ok());
                }
                clock.advanceMs(60'000);
            }
        }
        // Issue #18: what the counter learnt about this customer, under the keyed token (A2) only.
        const QString token = CustomerTokenizer::fromKey(SecureBytes(QByteArray(CustomerTokenizer::kKeyBytes, 'L')))
                                  .value()
                                  .token(SecureBytes(a.toLatin1()));
        preflight::CustomerMemory memory(store->database());
        QVERIFY(memory
                    .learnBank(token, QStringLiteral("SBIN"), preflight::Conclusion::BankWorked, clock.nowMs(),
                               clock.istDate())
                    .isNull());
        QVERIFY(memory
                    .learnBank(token, QStringLiteral("PUNB"), preflight::Conclusion::NotLinked, clock.nowMs(),
                               clock.istDate())
                    .isNull());
        QVERIFY(memory.learnFinger(token, device::Finger::RightIndex, clock.nowMs()).isNull());
        for (const char* table : {"customer_banks", "customer_fingers"}) {
            QSqlQuery count(store->database());
            QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && count.next());
            QVERIFY2(count.value(0).toInt() > 0, table); // the scan below covers filled tables
        }

        // The useful part of a body survives the sanitiser.
        const auto kept = store->find(QStringLiteral("LEAK1")).value()->rawResponse;
        QVERIFY(kept.contains(QStringLiteral("\"tid\":\"T1\"")));
        QVERIFY(!kept.contains(a));

        // "kill -9": the store stays open, so -wal and -shm are on disk with everything since the last checkpoint.
        QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
        int scanned = 0;
        const QFileInfoList files = QDir(dir.path()).entryInfoList(QDir::Files);
        for (const QFileInfo& info : files) {
            QFile f(info.filePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            ++scanned;
            for (const QByteArray& needle : needles()) {
                QVERIFY2(!bytes.contains(needle),
                         qPrintable(QStringLiteral("%1 contains a forbidden pattern (%2 bytes, starts %3)")
                                        .arg(info.fileName())
                                        .arg(needle.size())
                                        .arg(QString::fromLatin1(needle.left(2).toHex()))));
            }
        }
        QVERIFY(scanned >= 2); // the database and its -wal at least
    }

    // Issue #13: an Eko answer that puts the Aadhaar next to another group of digits (an amount, a date) left the
    // number in the journal file three times. The RRN in its own field is kept for receipts and disputes.
    void ekoWordingNextToOtherDigitsLeavesNoAadhaarInTheFile()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const QString file = dir.filePath(QStringLiteral("wording.sqlite"));
        SAATHI_OPEN_STORE(store, file, clock);
        const QString rrn = QStringLiteral("999971658847"); // Verhoeff-valid by chance, as about 1 RRN in 10 is
        const QString body
            = QStringLiteral("{\"status\":0,\"message\":\"Aadhaar 999941057058 2500 debited\",\"data\":{"
                             "\"tx_status\":\"0\",\"bank_ref_num\":\"%1\",\"tid\":\"T9\",\"reason\":"
                             "\"7348 2915 6036 2026-01-15\",\"comment\":\"uid 9999-4105-7058-2026 ok\"}}")
                  .arg(rrn);
        QVERIFY(store->prepare(withdrawal(QStringLiteral("kw"), QStringLiteral("WORD1"), 2500)).ok());
        QVERIFY(store->markSent(QStringLiteral("WORD1")).ok());
        Outcome o = answer(TxState::Success, Source::Response, QStringLiteral("T9"), body);
        o.message = QStringLiteral("Aadhaar 999941057058 2500 debited; 7348 2915 6036 2026-01-15");
        o.note = QStringLiteral("reason 999941057058 2500");
        QVERIFY(store->recordOutcome(QStringLiteral("WORD1"), o).ok());
        const auto kept = store->find(QStringLiteral("WORD1")).value()->rawResponse;
        QVERIFY2(kept.contains(QStringLiteral("\"bank_ref_num\":\"%1\"").arg(rrn)), qPrintable(kept));
        QVERIFY2(!kept.contains(QStringLiteral("734829156036")) && !kept.contains(QStringLiteral("7348 2915 6036")),
                 qPrintable(kept));
        QSqlQuery checkpoint(store->database());
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")));
        QList<QByteArray> forbidden = needles();
        for (const QString& f : {QStringLiteral("99994105705"), QStringLiteral("7348 2915 603"),
                                 QStringLiteral("734829156036"), QStringLiteral("9999-4105-705")}) {
            forbidden << f.toUtf8() << QByteArray(reinterpret_cast<const char*>(f.utf16()), f.size() * 2);
        }
        int scanned = 0;
        for (const QFileInfo& info : QDir(dir.path()).entryInfoList(QDir::Files)) {
            QFile f(info.filePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            ++scanned;
            for (const QByteArray& needle : forbidden) {
                QVERIFY2(!bytes.contains(needle),
                         qPrintable(info.fileName()
                                    + QStringLiteral(" holds a forbidden "
                                                     "pattern")));
            }
        }
        QVERIFY(scanned >= 1);
    }

    // A10: bodies past retention are removed, and secure_delete zeroes them in the file once checkpointed.
    void purgedBodiesLeaveNoBytesBehind()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const QString file = dir.filePath(QStringLiteral("purge.sqlite"));
        SAATHI_OPEN_STORE(store, file, clock);
        const QString marker = QStringLiteral("RETENTIONMARKER");
        for (int i = 0; i < 50; ++i) {
            const QString ref = QStringLiteral("PURGE%1").arg(i);
            QVERIFY(store->prepare(withdrawal(QStringLiteral("pk%1").arg(i), ref)).ok());
            const QString body = QStringLiteral("{\"note\":\"%1 %2\",\"pad\":\"%3\"}")
                                     .arg(marker)
                                     .arg(i)
                                     .arg(QString(i % 2 ? 3000 : 20, QLatin1Char('p'))); // small cells and overflow
            QVERIFY(store->recordOutcome(ref, answer(TxState::Success, Source::Response, QString(), body)).ok());
        }
        QSqlQuery checkpoint(store->database());
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        auto fileBytes = [&] {
            QByteArray all;
            for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
                QFile f(file + suffix);
                if (f.open(QIODevice::ReadOnly)) {
                    all += f.readAll();
                }
            }
            return all;
        };
        QVERIFY(fileBytes().contains(marker.toUtf8())); // the probe sees what is there
        clock.advanceMs(1000);
        QCOMPARE(store->purgeRawResponses(clock.nowMs()).value(), 50);
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(!fileBytes().contains(marker.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestJournalLeakScan)
#include "TestJournalLeakScan.moc"
