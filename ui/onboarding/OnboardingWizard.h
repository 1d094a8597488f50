// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QWizard>

namespace saathi::setup {
class OnboardingService;
}

namespace saathi::ui {

class ActivationPage;
class AgentDetailsPage;
class ServiceStatusPage;

// Onboarding a new agent with Eko, in three steps over one setup::OnboardingService, every call asynchronous:
// agent details → user_code (which the service sets on the counter's client, so the next calls are for this agent),
// AePS activation with documents, and the services' status with a Re-check. Show it non-modally (show(), not exec()).
// The composition root saves the user code (userCodeReceived) with the credentials.
class OnboardingWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { DetailsPageId, ActivationPageId, StatusPageId };

    explicit OnboardingWizard(setup::OnboardingService& service, QWidget* parent = nullptr);

    QString userCode() const;
    AgentDetailsPage* detailsPage() const { return m_details; }
    ActivationPage* activationPage() const { return m_activation; }
    ServiceStatusPage* statusPage() const { return m_status; }

Q_SIGNALS:
    void userCodeReceived(const QString& userCode);
    void activationSubmitted();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    AgentDetailsPage* m_details = nullptr;
    ActivationPage* m_activation = nullptr;
    ServiceStatusPage* m_status = nullptr;
};

} // namespace saathi::ui
