// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace saathi::till {
class Operators;
}

namespace saathi::ui {

// Who takes the drawer: a list of the operators named in Settings (each then gives their PIN), or, while none is
// named, a name field (the agent's name by default) and no PIN. Its focus goes to whichever shows, so a label's
// buddy can be the picker itself.
class OperatorPicker : public QWidget
{
    Q_OBJECT
public:
    // `operators` may be null (no operators configured anywhere: always the name field).
    OperatorPicker(till::Operators* operators, const QString& objectNamePrefix, QWidget* parent = nullptr);

    // Reads the operators again. `fallbackName` fills the name field while it is empty or still holds the earlier
    // fallback; `skip` is left out of the list (the operator handing over).
    void reload(const QString& fallbackName, const QString& skip = {});
    // True when the operators are named in Settings: the choice is from the list and needs the operator's PIN.
    bool usesPins() const { return m_usesPins; }
    QString name() const;
    QComboBox* comboBox() const { return m_combo; }
    QLineEdit* lineEdit() const { return m_edit; }

Q_SIGNALS:
    void edited();

private:
    till::Operators* m_operators;
    QComboBox* m_combo = nullptr;
    QLineEdit* m_edit = nullptr;
    QString m_fallback; // the default the name field was given; replaced while it is untouched
    bool m_usesPins = false;
};

} // namespace saathi::ui
