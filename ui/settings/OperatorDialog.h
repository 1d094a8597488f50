// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QDialog>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace saathi::till {
class Operators;
}

namespace saathi::ui {

// Settings' operator dialog: a new operator (name, PIN, the PIN again) or a new PIN for one (their current PIN,
// the new one twice). Saves through till::Operators; a mistake shows at its field and the dialog stays open with
// everything typed. Opened window-modal (open()), never exec(), so no test waits on it.
class OperatorDialog : public QDialog
{
    Q_OBJECT
public:
    // Adds an operator.
    OperatorDialog(till::Operators& operators, QWidget* parent);
    // Changes `name`'s PIN.
    OperatorDialog(till::Operators& operators, const QString& name, QWidget* parent);

    QString operatorName() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void save();
    void retranslate();
    QLineEdit* addField(const QString& objectName, bool pin, QLabel** label, QLabel** error);

    till::Operators& m_operators;
    QString m_name; // empty: adding
    QFormLayout* m_form = nullptr;
    QLineEdit* m_nameEdit = nullptr; // adding only
    QLineEdit* m_current = nullptr; // changing only
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_again = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_currentLabel = nullptr;
    QLabel* m_pinLabel = nullptr;
    QLabel* m_againLabel = nullptr;
    QLabel* m_nameError = nullptr;
    QLabel* m_currentError = nullptr;
    QLabel* m_pinError = nullptr;
    QLabel* m_againError = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace saathi::ui
