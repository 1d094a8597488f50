// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QList>
#include <QMap>
#include <QString>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace saathi::ui {

// The going-live pages' forms: each input with its label and, under it, the line where its message shows. Fields
// are keyed by the core flow's Field enum, so a flow's typed field errors land where they belong without the page
// knowing any wire names. Widgets are named <base>LineEdit / <base>ErrorLabel for tests.
class SetupForm
{
public:
    explicit SetupForm(QWidget* page); // the page gets a scrolling form layout
    SetupForm(QWidget* owner, QFormLayout* layout);

    QFormLayout* layout() const { return m_layout; }
    QLineEdit* addLine(int field, const QString& base);
    void addInput(int field, QWidget* input, const QString& base);
    void setLabel(int field, const QString& text);
    QWidget* input(int field) const;

    void clearErrors();
    void showError(int field, const QString& message);
    // Shows every message at its field and puts the focus on the first one in form order; false when empty.
    template<typename Field>
    bool showErrors(const QMap<Field, QString>& errors)
    {
        QMap<int, QString> byInt;
        for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
            byInt.insert(static_cast<int>(it.key()), it.value());
        }
        return showIntErrors(byInt);
    }
    void focusFirst() const;

private:
    bool showIntErrors(const QMap<int, QString>& errors);

    struct Row
    {
        QLabel* label = nullptr;
        QWidget* input = nullptr;
        QLabel* error = nullptr;
    };
    QWidget* m_owner;
    QFormLayout* m_layout;
    QMap<int, Row> m_rows;
    QList<int> m_order;
};

// A red line for a message (the page's own, or a field's).
QLabel* errorLabel(QWidget* parent, const QString& objectName);

} // namespace saathi::ui
