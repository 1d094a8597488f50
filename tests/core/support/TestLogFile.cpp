// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "DigitsOnly.h"
#include "TestKeys.h"
#include "core/support/LogFile.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;
using namespace saathi::support;
using saathi::test::digitsOnly;

namespace {
Q_LOGGING_CATEGORY(lcLogFileTest, "saathi.logfiletest")

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void whatReachesTheFileIsRedacted()
    {
        QTemporaryDir dir;
        LogFile log({dir.path(), QStringLiteral("t.log"), 1024 * 1024, 3});
        QVERIFY(log.isOpen());
        log.write(QStringLiteral("customer 9999 4105 7058 at the counter"));
        log.write(QStringLiteral("body {\"aadhar\":\"999971658847\",\"amount\":\"500\"}"));
        log.write(QStringLiteral("capture <PidData><Skey ci=\"2026\">c2Vzc2lvbmtleQ==</Skey></PidData> done"));
        log.write(QStringLiteral("header developer_key: 753595f07a59eb5a52341538fad5a5a4"));
        const QByteArray text = readAll(log.path());
        QVERIFY(!digitsOnly(text).contains(test::kTestAadhaar));
        QVERIFY(!digitsOnly(text).contains(test::kTestAadhaar2));
        QVERIFY(!text.contains("c2Vzc2lvbmtleQ=="));
        QVERIFY(!text.contains("753595f07a59eb5a52341538fad5a5a4"));
        QVERIFY2(text.contains("XXXX XXXX 7058"), text.constData());
        QCOMPARE(text.count('\n'), 4);
    }

    void rotatesAtTheSizeAndKeepsOnlyTheNewest()
    {
        QTemporaryDir dir;
        const qint64 maxBytes = 1000;
        LogFile log({dir.path(), QStringLiteral("r.log"), maxBytes, 3});
        const int lines = 200; // 50 bytes each: 10,000 bytes through a 1,000-byte file
        for (int i = 0; i < lines; ++i) {
            log.write(QStringLiteral("line %1 ").arg(i, 5, 10, QLatin1Char('0')).leftJustified(49, QLatin1Char('.')));
        }
        // 20 lines fit a file, so 200 lines fill it 10 times: 9 rotations, whatever the timing.
        QCOMPARE(log.rotations(), lines * 50 / int(maxBytes) - 1);
        const QDir d(dir.path());
        QVERIFY(QFile::exists(d.filePath(QStringLiteral("r.log"))));
        for (int n = 1; n <= 3; ++n) {
            const QString rotated = d.filePath(QStringLiteral("r.log.%1").arg(n));
            QVERIFY2(QFile::exists(rotated), qPrintable(rotated));
            QVERIFY(QFileInfo(rotated).size() <= maxBytes);
        }
        QVERIFY(!QFile::exists(d.filePath(QStringLiteral("r.log.4"))));
        QVERIFY(readAll(d.filePath(QStringLiteral("r.log"))).contains("line 00199"));
        QVERIFY(readAll(d.filePath(QStringLiteral("r.log.1"))).contains("line 00179"));
        QVERIFY(readAll(d.filePath(QStringLiteral("r.log.3"))).contains("line 00139"));
    }

    void theProcessLogGetsEveryQtMessage()
    {
        QTemporaryDir dir;
        qputenv("SAATHI_LOG_DIR", dir.path().toUtf8());
        QCOMPARE(LogFile::defaultDirectory(), dir.path());
        LogFile* log = LogFile::installForProcess(QStringLiteral("process.log"));
        QVERIFY(log && log->isOpen());
        QCOMPARE(LogFile::installForProcess(QStringLiteral("other.log")), log); // once per process
        qCWarning(lcLogFileTest) << "inquiry for customer 999941057058 failed";
        const QByteArray text = readAll(dir.filePath(QStringLiteral("process.log")));
        QVERIFY2(text.contains(" W saathi.logfiletest: "), text.constData());
        QVERIFY(text.contains("XXXXXXXX7058"));
        QVERIFY(!digitsOnly(text).contains(test::kTestAadhaar));
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "TestLogFile.moc"
