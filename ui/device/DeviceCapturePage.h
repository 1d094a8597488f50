// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "ui/device/DeviceWizardPages.h"

#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace saathi::device {
class RecoveringCaptureJob;
struct CaptureResult;
} // namespace saathi::device

namespace saathi::ui {

// Step 4: one test capture (captureWithRecovery, short timeout) with progress, the quality score and a plain
// verdict; a failure shows the driver's advice and the button stays there to try again. The PID is never kept.
class DeviceCapturePage : public DeviceWizardStepPage
{
    Q_OBJECT
public:
    DeviceCapturePage(DeviceWizardState& state, QWidget* parent = nullptr);
    ~DeviceCapturePage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override { return m_captured && m_job.isNull(); }
    bool isBusy() const override { return !m_job.isNull(); }
    void cancelWork() override;
    void primaryAction() override;
    void startCapture();

private:
    void onFinished(const device::CaptureResult& result);
    void onWatchdog();
    void setBusy(bool busy);
    void resetResult();

    QPointer<device::RecoveringCaptureJob> m_job;
    QTimer* m_watchdog = nullptr;
    bool m_captured = false;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_quality = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace saathi::ui
