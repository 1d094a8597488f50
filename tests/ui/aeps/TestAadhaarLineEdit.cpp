// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The Aadhaar field as the agent uses it: typed digits are masked, checked live and never leave by the clipboard.
#include "ui/widgets/AadhaarLineEdit.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTest>

using saathi::ui::AadhaarLineEdit;

class TestAadhaarLineEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typedNumberIsMaskedAndHandedOutAsDigits()
    {
        AadhaarLineEdit edit;
        edit.show();
        QTest::keyClicks(&edit, QStringLiteral("9999 4105-7058"));
        QCOMPARE(edit.text(), QStringLiteral("XXXX XXXX 7058"));
        QCOMPARE(edit.digits().toByteArray(), QByteArray("999941057058"));
        QVERIFY(edit.isValidNumber());
        QVERIFY(edit.liveMessage().isEmpty());
    }

    void partialNumberShowsOnlyTheLastFourDigits()
    {
        AadhaarLineEdit edit;
        QTest::keyClicks(&edit, QStringLiteral("999941"));
        QCOMPARE(edit.text(), QStringLiteral("XX99 41"));
        QTest::keyClick(&edit, Qt::Key_Backspace);
        QCOMPARE(edit.digitCount(), 5);
        QCOMPARE(edit.text(), QStringLiteral("X999 4"));
    }

    void wrongCheckDigitGivesALiveMessage()
    {
        AadhaarLineEdit edit;
        QSignalSpy spy(&edit, &AadhaarLineEdit::liveMessageChanged);
        QTest::keyClicks(&edit, QStringLiteral("999941057059"));
        QVERIFY(!edit.isValidNumber());
        QVERIFY(!edit.liveMessage().isEmpty());
        QVERIFY(!spy.isEmpty());
        QTest::keyClick(&edit, Qt::Key_Backspace);
        QTest::keyClicks(&edit, QStringLiteral("8"));
        QVERIFY(edit.isValidNumber());
        QVERIFY(edit.liveMessage().isEmpty());
    }

    void vidOfSixteenDigitsIsAcceptedAndAadhaarOnlyStopsAtTwelve()
    {
        AadhaarLineEdit edit;
        // A 16-digit VID with a Verhoeff check digit (15 digits + check).
        QTest::keyClicks(&edit, QStringLiteral("9999410570581234"));
        QCOMPARE(edit.digitCount(), 16);
        QCOMPARE(edit.text(), QStringLiteral("XXXX XXXX XXXX 1234"));
        edit.setAcceptVid(false);
        QCOMPARE(edit.digitCount(), 12);
        edit.clearDigits();
        QTest::keyClicks(&edit, QStringLiteral("99994105705812"));
        QCOMPARE(edit.digitCount(), 12);
    }

    void copyCutAndContextMenuDoNotLeakTheNumber()
    {
        AadhaarLineEdit edit;
        edit.show();
        QApplication::clipboard()->setText(QStringLiteral("before"));
        QTest::keyClicks(&edit, QStringLiteral("999941057058"));
        QTest::keyClick(&edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(&edit, Qt::Key_C, Qt::ControlModifier);
        QTest::keyClick(&edit, Qt::Key_X, Qt::ControlModifier);
        QVERIFY(!QApplication::clipboard()->text().contains(QStringLiteral("41057058")));
        QCOMPARE(edit.digitCount(), 12);
        QCOMPARE(edit.contextMenuPolicy(), Qt::NoContextMenu);
        QVERIFY(!edit.dragEnabled());
        QVERIFY(!edit.isUndoAvailable());
        QTest::keyClick(&edit, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(edit.digitCount(), 12);
        QVERIFY(!edit.text().contains(QStringLiteral("9999")));
    }
};

QTEST_MAIN(TestAadhaarLineEdit)
#include "TestAadhaarLineEdit.moc"
