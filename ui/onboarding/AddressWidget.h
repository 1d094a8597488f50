// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/setup/Choice.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace saathi::ui {

// One postal address (line, city, state, PIN code). The state is typed, or — for AePS activation, which needs
// Eko's state id — chosen from Eko's list once setStates() has it. The checks are core's; this shows their messages.
class AddressWidget : public QWidget
{
    Q_OBJECT
public:
    // `prefix` names the children (e.g. "residence" → residenceLineLineEdit, residencePinCodeLineEdit…).
    AddressWidget(const QString& prefix, QWidget* parent = nullptr);

    void setStates(const QList<setup::Choice>& states);
    QString line() const;
    QString city() const;
    QString stateName() const;
    QString stateId() const; // empty while the state is typed
    QString pinCode() const;
    // Shows the first message (line, city, state, PIN order) and focuses its field; false when all are empty.
    bool showErrors(const QString& line, const QString& city, const QString& state, const QString& pin);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_lineLabel = nullptr;
    QLabel* m_cityLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QLabel* m_pinLabel = nullptr;
    QLineEdit* m_line = nullptr;
    QLineEdit* m_city = nullptr;
    QComboBox* m_state = nullptr;
    QLineEdit* m_pin = nullptr;
    QLabel* m_error = nullptr;
    bool m_needStateId = false;
};

} // namespace saathi::ui
