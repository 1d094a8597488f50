// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The one key policy of every page (ui/form/PageKeys), on real widgets with real key presses: Esc goes back or
// cancels what runs, Enter presses the focused button or continues, and nothing starts twice while the page is busy.

#include "ui/form/PageKeys.h"

#include <QCheckBox>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

using namespace saathi::ui;

namespace {

// A page as the counter builds them: a field, a button and a checkbox, with the policy installed and every action
// counted.
struct Page
{
    QWidget widget;
    QLineEdit* field = new QLineEdit(&widget);
    QPushButton* button = new QPushButton(QStringLiteral("Print"), &widget);
    QCheckBox* consent = new QCheckBox(QStringLiteral("Agrees"), &widget);
    bool busy = false;
    int backs = 0;
    int proceeds = 0;
    int cancels = 0;

    Page()
    {
        auto* layout = new QVBoxLayout(&widget);
        layout->addWidget(field);
        layout->addWidget(button);
        layout->addWidget(consent);
        PageKeys::install(
            &widget, {[this] { ++backs; }, [this] { ++proceeds; }, [this] { return busy; }, [this] { ++cancels; }});
        widget.show();
    }
};

} // namespace

class TestPageKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escInAFieldGoesBack()
    {
        Page page;
        page.field->setFocus();
        QTest::keyClick(page.field, Qt::Key_Escape);
        QCOMPARE(page.backs, 1);
        QCOMPARE(page.cancels, 0);
        QCOMPARE(page.proceeds, 0);
    }

    void escWhileBusyCancelsInsteadOfGoingBack()
    {
        Page page;
        page.busy = true;
        page.field->setFocus();
        QTest::keyClick(page.field, Qt::Key_Escape);
        QCOMPARE(page.cancels, 1);
        QCOMPARE(page.backs, 0);
    }

    void enterPressesTheFocusedButton()
    {
        Page page;
        QSignalSpy clicked(page.button, &QPushButton::clicked);
        page.button->setFocus();
        QTest::keyClick(page.button, Qt::Key_Return);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(page.proceeds, 0);
        QTest::keyClick(page.button, Qt::Key_Enter); // the keypad's Enter too
        QCOMPARE(clicked.size(), 2);
    }

    void enterWhileBusyIsSwallowed()
    {
        Page page;
        page.busy = true;
        QSignalSpy clicked(page.button, &QPushButton::clicked);
        page.button->setFocus();
        QTest::keyClick(page.button, Qt::Key_Return);
        page.field->setFocus();
        QTest::keyClick(page.field, Qt::Key_Return);
        QCOMPARE(clicked.size(), 0);
        QCOMPARE(page.proceeds, 0);
        QCOMPARE(page.cancels, 0);
    }

    void enterInAFieldProceeds()
    {
        Page page;
        QSignalSpy clicked(page.button, &QPushButton::clicked);
        page.field->setFocus();
        QTest::keyClick(page.field, Qt::Key_Return);
        QCOMPARE(page.proceeds, 1);
        QCOMPARE(clicked.size(), 0);
    }

    void enterOnACheckboxProceedsAndLeavesItTicked()
    {
        Page page;
        page.consent->setChecked(true);
        page.consent->setFocus();
        QTest::keyClick(page.consent, Qt::Key_Return);
        QCOMPARE(page.proceeds, 1);
        QVERIFY(page.consent->isChecked());
    }

    void onADialogEnterGoesOnEvenFromAButtonKeptOffEnter()
    {
        // A wizard's Back is not autoDefault: Enter must go on, never back.
        QDialog dialog;
        auto* back = new QPushButton(QStringLiteral("Back"), &dialog);
        back->setAutoDefault(false);
        int proceeds = 0;
        PageKeys::install(&dialog, {{}, [&proceeds] { ++proceeds; }, {}, {}});
        dialog.show();
        back->setFocus();
        QSignalSpy clicked(back, &QPushButton::clicked);
        QTest::keyClick(back, Qt::Key_Return);
        QCOMPARE(proceeds, 1);
        QCOMPARE(clicked.size(), 0);
    }

    void modifiedKeysAreLeftAlone()
    {
        Page page;
        page.field->setFocus();
        QTest::keyClick(page.field, Qt::Key_Escape, Qt::ShiftModifier);
        QTest::keyClick(page.field, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(page.backs, 0);
        QCOMPARE(page.proceeds, 0);
    }

    void withoutABackActionEscGoesToTheParent()
    {
        QWidget parent;
        int parentBacks = 0;
        PageKeys::install(&parent, {[&parentBacks] { ++parentBacks; }, {}, {}, {}});
        auto* child = new QWidget(&parent);
        auto* field = new QLineEdit(child);
        PageKeys::install(child, {{}, {}, {}, {}});
        parent.show();
        field->setFocus();
        QTest::keyClick(field, Qt::Key_Escape);
        QCOMPARE(parentBacks, 1);
    }
};

QTEST_MAIN(TestPageKeys)
#include "TestPageKeys.moc"
