// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Issue #19: Settings' "Operators at the till" over the real till::Operators and a settings file, with the
// keyboard — add one (a PIN typed twice differently, and a name taken, are refused at their field and nothing typed
// is lost), change one's PIN (their current PIN first), remove one after a confirmation.
#include "core/till/Operators.h"
#include "ui/settings/OperatorDialog.h"
#include "ui/settings/OperatorsBox.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;

namespace {

QLineEdit* field(QWidget* dialog, const char* name)
{
    return dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
}

QString error(QWidget* dialog, const char* name)
{
    auto* label = dialog->findChild<QLabel*>(QString::fromLatin1(name));
    return label && label->isVisible() ? label->text() : QString();
}

void type(QWidget* dialog, const char* name, const QString& text)
{
    QLineEdit* edit = field(dialog, name);
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, text);
}

void press(QPushButton* button)
{
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
}

QStringList listed(const ui::OperatorsBox& box)
{
    QStringList names;
    for (int i = 0; i < box.list()->count(); ++i) {
        names << box.list()->item(i)->text();
    }
    return names;
}

} // namespace

class TestOperatorsBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsChangesAPinAndRemovesOperators()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        till::Operators operators(settings);
        ui::OperatorsBox box(operators);
        box.show();
        QVERIFY(QTest::qWaitForWindowActive(&box));
        QVERIFY(listed(box).isEmpty());
        QVERIFY(!box.changePinButton()->isEnabled());
        QVERIFY(!box.removeButton()->isEnabled());

        // Add Ravi: the PIN again differs first; the name and both PINs stay as typed.
        press(box.addButton());
        QTRY_VERIFY(box.dialog() && box.dialog()->isVisible());
        QPointer<ui::OperatorDialog> dialog = box.dialog();
        type(dialog, "operatorNameLineEdit", QStringLiteral("Ravi"));
        type(dialog, "operatorPinLineEdit", QStringLiteral("1234"));
        type(dialog, "operatorPinAgainLineEdit", QStringLiteral("1243"));
        QTest::keyClick(field(dialog, "operatorPinAgainLineEdit"), Qt::Key_Return);
        QVERIFY(!error(dialog, "operatorPinAgainErrorLabel").isEmpty());
        QVERIFY(dialog->isVisible());
        QCOMPARE(field(dialog, "operatorNameLineEdit")->text(), QStringLiteral("Ravi"));
        QVERIFY(operators.names().isEmpty());
        type(dialog, "operatorPinAgainLineEdit", QStringLiteral("1234"));
        QTest::keyClick(field(dialog, "operatorPinAgainLineEdit"), Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(operators.names(), QStringList {QStringLiteral("Ravi")});
        QVERIFY(operators.verify(QStringLiteral("Ravi"), QStringLiteral("1234")).isNull());
        QCOMPARE(listed(box), QStringList {QStringLiteral("Ravi")});
        QVERIFY(
            box.findChild<QLabel*>(QStringLiteral("operatorsStatusLabel"))->text().contains(QStringLiteral("Ravi")));

        // A name that is taken: refused at the name, the PINs kept; Esc leaves.
        press(box.addButton());
        QTRY_VERIFY(box.dialog() && box.dialog()->isVisible());
        dialog = box.dialog();
        type(dialog, "operatorNameLineEdit", QStringLiteral("Ravi"));
        type(dialog, "operatorPinLineEdit", QStringLiteral("4321"));
        type(dialog, "operatorPinAgainLineEdit", QStringLiteral("4321"));
        QTest::keyClick(field(dialog, "operatorPinAgainLineEdit"), Qt::Key_Return);
        QVERIFY(!error(dialog, "operatorNameErrorLabel").isEmpty());
        QCOMPARE(field(dialog, "operatorPinLineEdit")->text(), QStringLiteral("4321"));
        QTest::keyClick(field(dialog, "operatorNameLineEdit"), Qt::Key_Escape);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QVERIFY(operators.verify(QStringLiteral("Ravi"), QStringLiteral("1234")).isNull());

        // Sita joins; then Ravi's PIN changes, his current PIN first.
        QVERIFY(operators.add(QStringLiteral("Sita"), QStringLiteral("5678")).isNull());
        QTRY_COMPARE(listed(box).size(), 2);
        box.list()->setFocus();
        box.list()->setCurrentRow(int(listed(box).indexOf(QStringLiteral("Ravi"))));
        press(box.changePinButton());
        QTRY_VERIFY(box.dialog() && box.dialog()->isVisible());
        dialog = box.dialog();
        QVERIFY(!field(dialog, "operatorNameLineEdit"));
        type(dialog, "operatorCurrentPinLineEdit", QStringLiteral("0000"));
        type(dialog, "operatorPinLineEdit", QStringLiteral("2468"));
        type(dialog, "operatorPinAgainLineEdit", QStringLiteral("2468"));
        QTest::keyClick(field(dialog, "operatorPinAgainLineEdit"), Qt::Key_Return);
        QVERIFY(!error(dialog, "operatorCurrentPinErrorLabel").isEmpty());
        QCOMPARE(field(dialog, "operatorPinLineEdit")->text(), QStringLiteral("2468"));
        type(dialog, "operatorCurrentPinLineEdit", QStringLiteral("1234"));
        QTest::keyClick(field(dialog, "operatorCurrentPinLineEdit"), Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QVERIFY(operators.verify(QStringLiteral("Ravi"), QStringLiteral("2468")).isNull());
        QVERIFY(!operators.verify(QStringLiteral("Ravi"), QStringLiteral("1234")).isNull());

        // Remove Sita: "No" (Enter, the default) keeps her, "Yes" removes her.
        box.list()->setCurrentRow(int(listed(box).indexOf(QStringLiteral("Sita"))));
        press(box.removeButton());
        QTRY_VERIFY(box.confirmation() && box.confirmation()->isVisible());
        QTest::keyClick(box.confirmation(), Qt::Key_Return);
        QTRY_VERIFY(!box.confirmation());
        QCOMPARE(operators.names().size(), 2);
        press(box.removeButton());
        QTRY_VERIFY(box.confirmation() && box.confirmation()->isVisible());
        QTest::keyClick(box.confirmation(), Qt::Key_Y);
        QTRY_COMPARE(operators.names(), QStringList {QStringLiteral("Ravi")});
        QCOMPARE(listed(box), QStringList {QStringLiteral("Ravi")});
    }
};

QTEST_MAIN(TestOperatorsBox)
#include "TestOperatorsBox.moc"
