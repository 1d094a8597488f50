// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/setup/AgentOnboarding.h"
#include "ui/setup/GoLiveState.h"
#include "ui/setup/SetupForm.h"

#include <QWizardPage>

#include <memory>

class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QWidget;

namespace saathi::ui {

// Step 2: the agent's user_code — Eko creates it from the details on the agent's PAN card (AgentOnboarding), or
// the agent already has one and Eko confirms it. It is in the keychain with the keys before the wizard goes on.
class GoLiveOnboardingPage : public QWizardPage
{
    Q_OBJECT
public:
    GoLiveOnboardingPage(GoLiveState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    QString userCode() const { return m_userCode; }

protected:
    void changeEvent(QEvent* event) override;

private:
    setup::OnboardingForm form() const;
    void modeChanged();
    void finished(const setup::AgentOnboarding::Result& result);
    void retranslate();

    GoLiveState& m_state;
    setup::AgentOnboarding* m_onboarding = nullptr;
    QRadioButton* m_newAgent = nullptr;
    QRadioButton* m_existing = nullptr;
    QWidget* m_newForm = nullptr;
    QWidget* m_existingForm = nullptr;
    std::unique_ptr<SetupForm> m_fields;
    std::unique_ptr<SetupForm> m_codeField;
    QLineEdit* m_userCodeEdit = nullptr;
    QDateEdit* m_dob = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_userCodeLabel = nullptr;
    QString m_userCode; // saved in the keychain
};

} // namespace saathi::ui
