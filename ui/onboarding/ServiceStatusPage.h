// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/setup/OnboardingService.h"
#include "core/setup/ServiceStatus.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace saathi::ui {

// Step 3: what Eko says about each of the agent's services (activated, pending, deactivated, with Eko's
// comments), asked on arrival and again with Re-check. AePS may stay pending for days: the agent can finish the
// wizard and come back.
class ServiceStatusPage : public QWizardPage
{
    Q_OBJECT
public:
    ServiceStatusPage(setup::OnboardingService& service, QWidget* parent = nullptr);

    void initializePage() override;
    void recheck();
    QList<setup::ServiceStatus> services() const { return m_services; }

Q_SIGNALS:
    void servicesUpdated();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showServices(const setup::OnboardingService::Services& answer);
    void fill();
    void retranslate();

    setup::OnboardingService& m_service;
    QList<setup::ServiceStatus> m_services;
    bool m_busy = false;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_recheck = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace saathi::ui
