// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The bank directory against the real Eko client and the in-process sandbox over loopback: Eko's list is asked for
// once and shared, codes are found without regard to case, and a failed load says why and loads on the next try.
#include "CounterTestbed.h"
#include "core/bank/BankDirectory.h"
#include "core/eko/EkoClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using bank::BankDirectory;
using test::CounterTestbed;

class TestBankDirectory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listIsLoadedOnceAndShared()
    {
        CounterTestbed f({.fingerprintDevice = false});
        QVERIFY(f.isReady());
        BankDirectory banks(*f.services().eko);
        QSignalSpy loaded(&banks, &BankDirectory::loaded);
        banks.load();
        banks.load(); // a second screen while the first request is on its way: it joins
        QCOMPARE(banks.status(), BankDirectory::Status::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
        QVERIFY(banks.isLoaded());
        QVERIFY(!banks.banks().isEmpty());
        QCOMPARE(loaded.first().first().toInt(), banks.banks().size());
        banks.load(); // a third screen later: the list is kept
        QTest::qWait(50);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(banks.requestCount(), 1);

        QCOMPARE(banks.nameFor(QStringLiteral("SBIN")), QStringLiteral("State Bank of India"));
        QCOMPARE(banks.find(QStringLiteral("sbin")).code, QStringLiteral("SBIN"));
        QCOMPARE(banks.forIfsc(QStringLiteral("sbin0001234")).name, QStringLiteral("State Bank of India"));
        QVERIFY(banks.nameFor(QStringLiteral("ZZZZ")).isEmpty());
        QVERIFY(banks.lastError().isNull());
    }

    void failedLoadSaysWhyAndTheNextLoadAsksAgain()
    {
        CounterTestbed f({.fingerprintDevice = false});
        QVERIFY(f.isReady());
        f.sandbox().armFault(sandbox::Fault::Http500, QStringLiteral("banks"), 20);
        BankDirectory banks(*f.services().eko);
        QSignalSpy failed(&banks, &BankDirectory::failed);
        QSignalSpy loaded(&banks, &BankDirectory::loaded);
        QVERIFY(banks.nameFor(QStringLiteral("SBIN")).isEmpty()); // nothing known before a load
        banks.load();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QCOMPARE(banks.status(), BankDirectory::Status::Failed);
        QVERIFY(!banks.lastError().isNull());
        QVERIFY(!banks.lastError().userMessage.isEmpty());
        QVERIFY(banks.banks().isEmpty());

        f.sandbox().clearFaults();
        banks.load();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
        QVERIFY(banks.isLoaded());
        QVERIFY(banks.lastError().isNull());
        QCOMPARE(banks.requestCount(), 2);
        QCOMPARE(failed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBankDirectory)
#include "TestBankDirectory.moc"
