// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/util/ClientRefId.h"
#include "core/util/Clock.h"

#include <QProcess>
#include <QSet>
#include <QTest>

using namespace saathi;

class TestClientRefId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idsAreShortAlphanumericAndTimeOrdered()
    {
        ManualClock clock(1700000000000);
        ClientRefIdGenerator gen(clock);
        QString previous;
        for (int i = 0; i < 1000; ++i) {
            if (i % 7 == 0) {
                clock.advanceMs(3);
            }
            const QString id = gen.next();
            QCOMPARE(id.size(), ClientRefIdGenerator::kLength);
            QVERIFY(id.size() <= 20);
            QVERIFY(ClientRefIdGenerator::isWellFormed(id));
            QVERIFY2(id > previous, qPrintable(id + QStringLiteral(" <= ") + previous));
            previous = id;
        }
    }

    void clockSteppingBackStillGivesNewIds()
    {
        ManualClock clock(1700000000000);
        ClientRefIdGenerator gen(clock);
        const QString a = gen.next();
        clock.advanceMs(-60000);
        const QString b = gen.next();
        QVERIFY(b > a);
    }

    void sequenceOverflowWithinOneMillisecondStaysUnique()
    {
        ManualClock clock(1700000000000);
        ClientRefIdGenerator gen(clock);
        QSet<QString> seen;
        for (int i = 0; i < 240000; ++i) { // more than 62^3 in one frozen millisecond
            seen.insert(gen.next());
        }
        QCOMPARE(seen.size(), 240000);
    }

    void twoGeneratorsInOneMillisecondDiffer()
    {
        ManualClock clock(1700000000000);
        ClientRefIdGenerator a(clock);
        ClientRefIdGenerator b(clock);
        QVERIFY(a.next() != b.next());
    }

    void wellFormedRejectsBadIds()
    {
        QVERIFY(!ClientRefIdGenerator::isWellFormed(QString()));
        QVERIFY(!ClientRefIdGenerator::isWellFormed(QStringLiteral("abc-def")));
        QVERIFY(!ClientRefIdGenerator::isWellFormed(QString(21, QLatin1Char('a'))));
        QVERIFY(ClientRefIdGenerator::isWellFormed(QString(20, QLatin1Char('a'))));
    }

    void twoProcessesMakingFiftyThousandEachNeverCollide()
    {
        const QString printer = qEnvironmentVariable("SAATHI_REFID_PRINTER");
        QVERIFY2(!printer.isEmpty(), "SAATHI_REFID_PRINTER not set by CTest");
        QProcess first;
        QProcess second;
        first.start(printer, {QStringLiteral("50000")});
        second.start(printer, {QStringLiteral("50000")});
        QVERIFY(first.waitForFinished(60000));
        QVERIFY(second.waitForFinished(60000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);
        const QList<QByteArray> lines
            = first.readAllStandardOutput().split('\n') + second.readAllStandardOutput().split('\n');
        QSet<QByteArray> unique;
        int count = 0;
        for (const QByteArray& line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            ++count;
            unique.insert(line);
            QVERIFY(ClientRefIdGenerator::isWellFormed(QString::fromLatin1(line)));
        }
        QCOMPARE(count, 100000);
        QCOMPARE(unique.size(), 100000);
    }
};

QTEST_GUILESS_MAIN(TestClientRefId)
#include "TestClientRefId.moc"
