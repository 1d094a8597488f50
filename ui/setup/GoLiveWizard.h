// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"
#include "core/setup/GoLiveContext.h"
#include "ui/setup/GoLiveState.h"

#include <QWizard>

namespace saathi::ui {

// Going live with UAT or production: environment → credentials checked with Eko → onboarding (or the agent's
// existing user code) → shop details and location → AePS activation (skipped when Eko shows it active or pending)
// → finish. Each step is a core flow in core/setup; the pages render them and never see Eko's wire format. The step
// is persisted as it is entered, so a restart resumes on the same page. Keyboard first: Enter goes on, Esc goes
// back. A page of the main window (setWindowFlags(Qt::Widget)), shown non-modally.
class GoLiveWizard : public QWizard
{
    Q_OBJECT
public:
    explicit GoLiveWizard(const setup::GoLiveContext& context, QWidget* parent = nullptr);

    EkoEnvironment environment() const { return m_state.environment; }
    // Whether the wizard resumed a half-finished set-up (it then starts at the stored step).
    bool resumed() const { return m_resumed; }

public Q_SLOTS:
    // Back to the choice of environment (another environment, or the same one from its first step).
    void startOver();

Q_SIGNALS:
    // Credentials with the user_code, the shop's profile and its location are saved for `env`: the counter may
    // switch to it and carry on with the device, eKYC and the daily login.
    void goLiveReady(saathi::EkoEnvironment env);
    // The agent chose to practise in training first (the first page's third choice).
    void trainingRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void pageEntered(int id);
    void retranslate();

    GoLiveState m_state;
    bool m_resumed = false;
};

} // namespace saathi::ui
