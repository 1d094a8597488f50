// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QWizard>

namespace saathi {
struct CounterServices;
namespace agent {
class AgentSession;
class EkycFlow;
} // namespace agent
} // namespace saathi

namespace saathi::ui {

class AgentFields;
class EkycDetailsPage;
class EkycOtpPage;
class EkycBiometricPage;
class EkycStepPage;

// The one-time AePS eKYC as a wizard (details and Send OTP → OTP with resend → fingerprint), embedded in the main
// window's page stack (never modal). Resumable: after a restart it offers to continue at the step reached.
class EkycWizard : public QWizard
{
    Q_OBJECT
public:
    EkycWizard(CounterServices& services, agent::AgentSession& session, QWidget* parent = nullptr);
    agent::EkycFlow& flow() const { return *m_flow; }
    // Back to the first page (details), keeping the persisted progress.
    void restartWizard();

Q_SIGNALS:
    void completed();
    void closeRequested();

public Q_SLOTS:
    void done(int result) override; // stays embedded: reports instead of hiding

private:
    void onStepChanged();
    EkycStepPage* currentStepPage() const;

    CounterServices& m_services;
    agent::EkycFlow* m_flow = nullptr;
    AgentFields* m_fields = nullptr;
    EkycDetailsPage* m_details = nullptr;
    EkycOtpPage* m_otp = nullptr;
    EkycBiometricPage* m_biometric = nullptr;
};

} // namespace saathi::ui
