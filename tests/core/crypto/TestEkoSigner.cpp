// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/crypto/EkoSigner.h"
#include "core/util/Clock.h"

#include <QTest>

using namespace saathi;

class TestEkoSigner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secretKeyMatchesReferenceVectors_data()
    {
        QTest::addColumn<QString>("accessKey");
        QTest::addColumn<qint64>("timestamp");
        QTest::addColumn<QByteArray>("expected");
        // eko-api.md §2.2, every row.
        QTest::newRow("eps-auth") << QStringLiteral("test-access-key-123") << qint64(1700000000000)
                                  << QByteArray("88lqTf9ew69XbVbeczjxVL8/B4vibfp1MvTi1mIj2Xo=");
        QTest::newRow("sdk-php golden") << QStringLiteral("TEST_ACCESS_KEY_DO_NOT_USE") << qint64(1700000000000)
                                        << QByteArray("u30ak/iOGwKCaspqCeiYng8fd98QDx7kF3DBBOadQHk=");
        QTest::newRow("dev curl sample") << QStringLiteral("f74c50a1-f705-4634-9cda-30a477df91b7")
                                         << qint64(1516705204593)
                                         << QByteArray("MC6dKW278tBef+AuqL/5rW2K3WgOegF0ZHLW/FriZQw=");
        QTest::newRow("uat key") << QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30") << qint64(1516705204593)
                                 << QByteArray("FOoQl9IrqxsvErSHbIbHqfzDA/vvcSVdKxoY9uUaHmM=");
    }
    void secretKeyMatchesReferenceVectors()
    {
        QFETCH(QString, accessKey);
        QFETCH(qint64, timestamp);
        QFETCH(QByteArray, expected);
        QCOMPARE(EkoSigner::secretKey(accessKey, timestamp), expected);
    }

    void requestHashMatchesReferenceVectors_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QByteArray>("expected");
        // eko-api.md §2.3 with access key d2fe1d99-… and ts 1700000000000.
        QTest::newRow("bbps: utility_acc_no + amount + user_code")
            << QStringList {QStringLiteral("151627591"), QStringLiteral("50"), QStringLiteral("20810200")}
            << QByteArray("TO65c2+vieXFx4+yDLN50NoAHe1fnfyWfIAB2NJkiNc=");
        QTest::newRow("legacy aeps: aadhaar + amount + user_code")
            << QStringList {QStringLiteral("999941057058"), QStringLiteral("100"), QStringLiteral("20810200")}
            << QByteArray("FUQIqIItOk1ebIxBHWyk0EaKlAP43zP8z+ery5+iVhQ=");
    }
    void requestHashMatchesReferenceVectors()
    {
        QFETCH(QStringList, fields);
        QFETCH(QByteArray, expected);
        QCOMPARE(EkoSigner::requestHash(QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30"), 1700000000000, fields),
                 expected);
    }

    void requestHashWithNoFieldsEqualsSecretKey()
    {
        const QString key = QStringLiteral("test-access-key-123");
        QCOMPARE(EkoSigner::requestHash(key, 1700000000000, {}), EkoSigner::secretKey(key, 1700000000000));
    }

    void signUsesTheInjectedClockAndIsFreshEachTime()
    {
        ManualClock clock(1700000000000);
        const auto first = EkoSigner::sign(QStringLiteral("test-access-key-123"), clock);
        QCOMPARE(first.timestamp, QByteArray("1700000000000"));
        QCOMPARE(first.secretKey, QByteArray("88lqTf9ew69XbVbeczjxVL8/B4vibfp1MvTi1mIj2Xo="));
        clock.advanceMs(1);
        const auto retry = EkoSigner::sign(QStringLiteral("test-access-key-123"), clock);
        QCOMPARE(retry.timestamp, QByteArray("1700000000001"));
        QVERIFY(retry.secretKey != first.secretKey);
    }

    void istDateChangesAtIndianMidnightNotUtc()
    {
        // 2026-11-22 18:29:59.999 UTC = 23:59:59.999 IST; one ms later it is the 23rd in India.
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(18, 29, 59, 999), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(clock.istDate(), QDate(2026, 11, 22));
        clock.advanceMs(1);
        QCOMPARE(clock.istDate(), QDate(2026, 11, 23));
        QCOMPARE(clock.nowUtc().date(), QDate(2026, 11, 22));
    }
};

QTEST_GUILESS_MAIN(TestEkoSigner)
#include "TestEkoSigner.moc"
