// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "ui/device/DeviceWizardPages.h"

#include <QPointer>

class QLabel;

namespace saathi::device {
class DeviceInfoJob;
}

namespace saathi::ui {

// Step 3: what the device says about itself, read again from the service, so the agent can spot an impostor.
class DeviceDetailsPage : public DeviceWizardStepPage
{
    Q_OBJECT
public:
    DeviceDetailsPage(DeviceWizardState& state, QWidget* parent = nullptr);
    ~DeviceDetailsPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override { return m_job.isNull(); }
    bool isBusy() const override { return !m_job.isNull(); }
    void cancelWork() override;

protected:
    void retranslate() override { showInfo(m_state.selected); }

private:
    void showInfo(const device::RdServiceInfo& service);

    QPointer<device::DeviceInfoJob> m_job;
    QLabel* m_vendor = nullptr;
    QLabel* m_model = nullptr;
    QLabel* m_serial = nullptr;
    QLabel* m_service = nullptr;
    QLabel* m_level = nullptr;
    QLabel* m_certificate = nullptr;
    QLabel* m_port = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace saathi::ui
