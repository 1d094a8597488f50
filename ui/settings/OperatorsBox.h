// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QListWidget;
class QMessageBox;
class QPushButton;

namespace saathi::till {
class Operators;
}

namespace saathi::ui {

class OperatorDialog;

// Settings' "Operators at the till" (issue #19): the people who work the drawer, each with their own PIN (kept only
// as a hash by till::Operators). Add one, change one's PIN (their current PIN first) or remove one (after a
// confirmation); the dialogs carry the fields, so the settings page keeps its Alt+letters. While nobody is named
// the till opens in the agent's name without a PIN.
class OperatorsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit OperatorsBox(till::Operators& operators, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* changePinButton() const { return m_changePin; }
    QPushButton* removeButton() const { return m_remove; }
    // The dialog or confirmation open now (null when none), for tests.
    OperatorDialog* dialog() const;
    QMessageBox* confirmation() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void updateButtons();
    void openDialog(OperatorDialog* dialog);
    void askRemove();
    bool busy() const;
    QString selectedName() const;
    void retranslate();

    till::Operators& m_operators;
    QLabel* m_text = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_changePin = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_status = nullptr;
    QPointer<OperatorDialog> m_dialog;
    QPointer<QMessageBox> m_confirm;
};

} // namespace saathi::ui
