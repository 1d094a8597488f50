// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/eko/AgentOperations.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace saathi::ui {

// One postal address as Eko wants it (line, city, state, PIN code). The state is typed, or — for AePS activation,
// which needs Eko's state_id — chosen from Get States once setStates() has the list.
class AddressWidget : public QWidget
{
    Q_OBJECT
public:
    // `prefix` names the children (e.g. "residence" → residenceLineLineEdit, residencePinCodeLineEdit…).
    AddressWidget(const QString& prefix, QWidget* parent = nullptr);

    void setStates(const QList<eko::ListItem>& states);
    eko::Address address() const;
    void copyFrom(const AddressWidget& other);
    // Checks each field and shows the message at it; false (focus on the first bad field) when one is wrong.
    bool check();

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
