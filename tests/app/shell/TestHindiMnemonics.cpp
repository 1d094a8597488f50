// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Every Hindi text with a mnemonic keeps the English one's letter as a trailing "(&X)", so Alt+<the same Latin
// letter> works in both languages and the `&` never lands inside a Devanagari cluster (a split cluster draws a
// broken glyph). Read from the catalogues themselves (ours and qtbase_hi.ts); TestHindiWalk checks the same on
// every rendered button, label and group box.
#include "ScreenText.h"

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace saathi;

namespace {

QChar mnemonicLetter(const QString& text)
{
    QString plain;
    const qsizetype at = test::mnemonicPosition(text, &plain);
    return at >= 0 && at < plain.size() ? plain.at(at).toUpper() : QChar();
}

// (source, translation) of every finished message.
QList<std::pair<QString, QString>> messages(const QString& path)
{
    QList<std::pair<QString, QString>> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(path));
        return out;
    }
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            out.append({source, xml.readElementText(QXmlStreamReader::IncludeChildElements)});
        }
    }
    return out;
}

} // namespace

class TestHindiMnemonics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theCheckSeesASplitCluster()
    {
        QVERIFY(!test::mnemonicOnBoundary(QStringLiteral("उ&ँगली लें"))); // before a combining mark
        QVERIFY(!test::mnemonicOnBoundary(QStringLiteral("कि&ी"))); // inside "की"
        QVERIFY(test::mnemonicOnBoundary(QStringLiteral("उँगली लें और भेजें (&C)")));
        QVERIFY(test::mnemonicOnBoundary(QStringLiteral("&Capture finger && submit")));
        QCOMPARE(mnemonicLetter(QStringLiteral("Save P&DF")), QLatin1Char('D'));
        QCOMPARE(mnemonicLetter(QStringLiteral("A && B")), QChar());
    }

    void hindiMnemonicsKeepTheEnglishLetter_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("saathi_hi") << QStringLiteral(SAATHI_TRANSLATIONS_DIR "/saathi_hi.ts");
        QTest::newRow("qtbase_hi") << QStringLiteral(SAATHI_TRANSLATIONS_DIR "/qtbase_hi.ts");
    }

    void hindiMnemonicsKeepTheEnglishLetter()
    {
        QFETCH(QString, path);
        const auto all = messages(path);
        QVERIFY(!all.isEmpty());
        QStringList bad;
        int checked = 0;
        for (const auto& [source, hindi] : all) {
            const QChar english = mnemonicLetter(source);
            if (english.isNull()) {
                continue;
            }
            ++checked;
            const QString trailing = QStringLiteral("(&%1)").arg(english);
            const QString h = hindi.trimmed();
            if (mnemonicLetter(hindi) != english || !(h.endsWith(trailing) || h.endsWith(trailing + QLatin1Char(':')))
                || !test::mnemonicOnBoundary(hindi)) {
                bad << QStringLiteral("%1 → %2 (want … %3)").arg(source, hindi, trailing);
            }
        }
        QVERIFY(checked > 10);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestHindiMnemonics)
#include "TestHindiMnemonics.moc"
