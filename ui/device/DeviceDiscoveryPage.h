// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "ui/device/DeviceWizardPages.h"

#include <QPointer>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace saathi::device {
class DiscoveryJob;
}

namespace saathi::ui {

// Step 1: probes every RD port; each service is listed as it answers, with a progress bar over the ports.
class DeviceDiscoveryPage : public DeviceWizardStepPage
{
    Q_OBJECT
public:
    DeviceDiscoveryPage(DeviceWizardState& state, QWidget* parent = nullptr);
    ~DeviceDiscoveryPage() override;
    void initializePage() override;
    bool isComplete() const override;
    bool isBusy() const override { return !m_job.isNull(); }
    void cancelWork() override;
    void primaryAction() override;
    void startSearch();

protected:
    void retranslate() override;

private:
    void renderResult();
    void onServiceFound(const device::RdServiceInfo& service);
    void onPortProbed(quint16 port, int probed, int total);
    void onFinished(const device::DiscoveryResult& result);
    void setBusy(bool busy);

    QPointer<device::DiscoveryJob> m_job;
    QListWidget* m_found = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_retry = nullptr;
};

} // namespace saathi::ui
