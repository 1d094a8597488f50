// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/agent/AgentIdentity.h"
#include "core/util/Error.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace saathi::ui {

class AadhaarLineEdit;

// The agent's own Aadhaar (masked) and bank, each with its error line, shared by the daily login page and the
// eKYC wizard. The number stays in the field's wiped buffer until identity() hands a copy to a flow.
class AgentFields : public QWidget
{
    Q_OBJECT
public:
    explicit AgentFields(bool withBank, QWidget* parent = nullptr);

    agent::AgentIdentity identity(const QString& agentMobile) const;
    // Shows the error at the field that caused it (agent.bad_aadhaar, agent.no_bank); false when it is not theirs.
    bool showFieldError(const Error& error);
    void clearErrors();
    AadhaarLineEdit* aadhaarEdit() const { return m_aadhaar; }

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_aadhaarLabel = nullptr;
    QLabel* m_bankLabel = nullptr;
    AadhaarLineEdit* m_aadhaar = nullptr;
    QLabel* m_aadhaarError = nullptr;
    QComboBox* m_bank = nullptr;
    QLabel* m_bankError = nullptr;
};

} // namespace saathi::ui
