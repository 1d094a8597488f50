// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The shop's operators in a real settings file: names unique whatever their case, PINs kept only as hashes.
#include "core/till/Operators.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;
using namespace saathi::till;

class TestOperators : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshIni() { return m_dir.filePath(QStringLiteral("ops%1.ini").arg(++m_files)); }

private Q_SLOTS:
    void operatorsAreKeptWithHashedPins()
    {
        const QString path = freshIni();
        {
            QSettings settings(path, QSettings::IniFormat);
            Operators ops(settings);
            QSignalSpy changed(&ops, &Operators::changed);
            QVERIFY(ops.add(QStringLiteral(" Asha "), QStringLiteral("4821")).isNull());
            QVERIFY(ops.add(QStringLiteral("Ravi"), QStringLiteral("1357")).isNull());
            QCOMPARE(changed.count(), 2);
            QCOMPARE(ops.names(), (QStringList {QStringLiteral("Asha"), QStringLiteral("Ravi")}));
            QVERIFY(ops.contains(QStringLiteral("asha")));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(!ini.contains("4821"));
        QVERIFY(ini.contains("pbkdf2-sha256"));
        QSettings reread(path, QSettings::IniFormat);
        QCOMPARE(reread.value(QStringLiteral("operators/1/name")).toString(), QStringLiteral("Asha"));
        Operators ops(reread);
        QVERIFY(ops.verify(QStringLiteral("ASHA"), QStringLiteral("4821")).isNull());
        QCOMPARE(ops.verify(QStringLiteral("Asha"), QStringLiteral("1357")).code, QStringLiteral("till.wrong_pin"));
        QCOMPARE(ops.verify(QStringLiteral("Meena"), QStringLiteral("4821")).code,
                 QStringLiteral("till.unknown_operator"));
    }

    void badNamesAndPinsAreRefused()
    {
        QSettings settings(freshIni(), QSettings::IniFormat);
        Operators ops(settings);
        QVERIFY(ops.add(QStringLiteral("Asha"), QStringLiteral("4821")).isNull());
        const Error taken = ops.add(QStringLiteral("ASHA"), QStringLiteral("1111"));
        QCOMPARE(taken.code, QStringLiteral("till.bad_operator"));
        QVERIFY(!taken.userMessage.isEmpty());
        QCOMPARE(ops.add(QStringLiteral("   "), QStringLiteral("1111")).code, QStringLiteral("till.bad_operator"));
        QCOMPARE(ops.add(QString(61, QLatin1Char('x')), QStringLiteral("1111")).code,
                 QStringLiteral("till.bad_operator"));
        QCOMPARE(ops.add(QStringLiteral("Ravi"), QStringLiteral("12a4")).code, QStringLiteral("settings.bad_pin"));
        QCOMPARE(ops.names(), QStringList {QStringLiteral("Asha")});
    }

    void pinsChangeOnlyWithTheOldPin()
    {
        QSettings settings(freshIni(), QSettings::IniFormat);
        Operators ops(settings);
        QVERIFY(ops.add(QStringLiteral("Asha"), QStringLiteral("4821")).isNull());
        QCOMPARE(ops.changePin(QStringLiteral("Asha"), QStringLiteral("0000"), QStringLiteral("2468")).code,
                 QStringLiteral("till.wrong_pin"));
        QCOMPARE(ops.changePin(QStringLiteral("Asha"), QStringLiteral("4821"), QStringLiteral("12")).code,
                 QStringLiteral("settings.bad_pin"));
        QVERIFY(ops.changePin(QStringLiteral("asha"), QStringLiteral("4821"), QStringLiteral("2468")).isNull());
        QCOMPARE(ops.verify(QStringLiteral("Asha"), QStringLiteral("4821")).code, QStringLiteral("till.wrong_pin"));
        QVERIFY(ops.verify(QStringLiteral("Asha"), QStringLiteral("2468")).isNull());
    }

    void removingOneKeepsTheOthers()
    {
        QSettings settings(freshIni(), QSettings::IniFormat);
        Operators ops(settings);
        QVERIFY(ops.add(QStringLiteral("Asha"), QStringLiteral("4821")).isNull());
        QVERIFY(ops.add(QStringLiteral("Ravi"), QStringLiteral("1357")).isNull());
        QVERIFY(ops.add(QStringLiteral("Meena"), QStringLiteral("9753")).isNull());
        QVERIFY(ops.remove(QStringLiteral("ravi")).isNull());
        QCOMPARE(ops.remove(QStringLiteral("Ravi")).code, QStringLiteral("till.unknown_operator"));
        QCOMPARE(ops.names(), (QStringList {QStringLiteral("Asha"), QStringLiteral("Meena")}));
        QVERIFY(ops.verify(QStringLiteral("Meena"), QStringLiteral("9753")).isNull());
        QCOMPARE(settings.value(QStringLiteral("operators/size")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOperators)
#include "TestOperators.moc"
