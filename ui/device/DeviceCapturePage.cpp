// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/device/DeviceCapturePage.h"

#include "core/agent/AgentSession.h"
#include "core/agent/StrikeGuard.h"
#include "core/device/BiometricDevice.h"
#include "core/device/DeviceErrors.h"
#include "core/device/QualityGate.h"
#include "core/device/RecoveringCaptureJob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace saathi::ui {

namespace {
constexpr int kWatchdogGraceMs = 10000; // beyond the device's own timeout, for a driver that never answers
}

DeviceCapturePage::DeviceCapturePage(DeviceWizardState& state, QWidget* parent)
    : DeviceWizardStepPage(state, parent)
    , m_watchdog(new QTimer(this))
{
    setObjectName(QStringLiteral("deviceCapturePage"));
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, &DeviceCapturePage::onWatchdog);

    auto* layout = titledLayout([] { return tr("Test the scanner"); });
    auto* why = new QLabel(this);
    bindText(why, [] {
        return tr("Place any finger flat on the scanner's glass and press Test capture. Nothing is "
                  "sent to Eko or the bank; the test is only to see that the scanner works well.");
    });
    why->setWordWrap(true);
    layout->addWidget(why);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("captureStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("captureProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_quality = new QLabel(this);
    m_quality->setObjectName(QStringLiteral("qualityLabel"));
    QFont font = m_quality->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_quality->setFont(font);
    layout->addWidget(m_quality);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
    m_error = makeErrorLabel(QStringLiteral("captureErrorLabel"), this);
    layout->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    m_cancel = new QPushButton(this);
    bindText(m_cancel, [] { return tr("Stop"); });
    m_cancel->setObjectName(QStringLiteral("cancelCaptureButton"));
    m_cancel->setAutoDefault(false);
    m_test = new QPushButton(this);
    m_test->setObjectName(QStringLiteral("testCaptureButton"));
    m_test->setAutoDefault(false);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_test);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_test, &QPushButton::clicked, this, &DeviceCapturePage::startCapture);
    connect(m_cancel, &QPushButton::clicked, this, &DeviceCapturePage::cancelWork);
    setBusy(false);
}

DeviceCapturePage::~DeviceCapturePage()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

void DeviceCapturePage::initializePage()
{
    resetResult();
    bindText(m_status, [this] { return tr("Ready for a test capture on port %1.").arg(m_state.selected.port); });
    m_test->setFocus();
}

void DeviceCapturePage::cleanupPage()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job = nullptr;
        m_watchdog->stop();
        setBusy(false);
    }
}

void DeviceCapturePage::resetResult()
{
    m_captured = false;
    bindText(m_quality, nullptr);
    bindText(m_verdict, nullptr);
    bindText(m_error, nullptr);
    Q_EMIT completeChanged();
}

void DeviceCapturePage::primaryAction()
{
    startCapture();
}

void DeviceCapturePage::cancelWork()
{
    if (m_job) {
        m_job->cancel(); // finishes with rd.cancelled
    }
}

void DeviceCapturePage::startCapture()
{
    if (m_job) {
        return;
    }
    resetResult();
    device::CaptureOptions options;
    options.timeoutMs = m_state.captureTimeoutMs;
    m_job = m_state.device.captureWithRecovery(m_state.selected, options);
    connect(m_job, &device::RecoveringCaptureJob::rediscovering, this, [this] {
        bindText(m_status, [] { return tr("The scanner's service stopped answering; searching for it again…"); });
    });
    connect(m_job, &device::CaptureJob::finished, this, &DeviceCapturePage::onFinished);
    bindText(m_status, [] { return tr("Place a finger on the scanner now…"); });
    m_watchdog->start(m_state.captureTimeoutMs + kWatchdogGraceMs);
    setBusy(true);
}

void DeviceCapturePage::onWatchdog()
{
    if (!m_job) {
        return;
    }
    disconnect(m_job, nullptr, this, nullptr);
    m_job->cancel();
    m_job = nullptr;
    setBusy(false);
    bindText(m_status, nullptr);
    bindText(m_error, [] {
        return tr("The scanner did not answer in time. Unplug it and plug it back in (or restart its RD "
                  "service), then press Test capture again.");
    });
    Q_EMIT completeChanged();
}

void DeviceCapturePage::onFinished(const device::CaptureResult& result)
{
    // Where the capture was finally taken: after a driver restart the port may have changed.
    if (m_job && m_job->rediscovered()) {
        const device::DeviceInfo known = m_state.selected.device;
        m_state.selected = m_job->service();
        if (m_state.selected.device.isEmpty()) {
            m_state.selected.device = known;
        }
    }
    m_job = nullptr;
    m_watchdog->stop();
    setBusy(false);
    if (!result.ok()) {
        bindText(m_status, nullptr);
        if (result.error.code == QLatin1String(device::codes::kCancelled)) {
            bindText(m_status, [] { return tr("Test stopped. Press Test capture to try again."); });
        } else {
            bindText(m_error, [message = result.error.userMessage] { return message; });
        }
        Q_EMIT completeChanged();
        return;
    }
    // Only the quality is read; the PID itself is dropped with the result.
    m_captured = true;
    const int score = result.pid.qScore();
    bindText(m_status, [] { return tr("The scanner works."); });
    // The same quality gate as every capture that is sent (FingerCapture): passing it lets the agent try the
    // fingerprint login again after two failures (the strike guard).
    const bool passedGate
        = m_state.device.qualityGate().check(result.pid, m_state.selected.device, m_state.selected.info).isNull();
    if (passedGate && m_state.agent) {
        const bool wasGated = agent::StrikeGuard::stops(m_state.agent->preflightState());
        m_state.agent->markTestCapturePassed();
        if (wasGated) {
            bindText(m_status, [] {
                return tr("The scanner works and the test passed the quality check. You can try your fingerprint "
                          "login again.");
            });
        }
    }
    if (score < 0) {
        bindText(m_quality, [] { return tr("Quality: not reported"); });
        bindText(m_verdict,
                 [] { return tr("The scanner did not say how good the fingerprint was. You can save this device."); });
    } else {
        bindText(m_quality, [score] { return tr("Quality: %1 of 100").arg(score); });
        bindText(m_verdict, [score] {
            const Error advice = device::qualityAdvice(score);
            return advice.isNull() ? tr("Good fingerprint. You can save this device.")
                                   : tr("Try again: %1").arg(advice.userMessage);
        });
    }
    Q_EMIT completeChanged();
}

void DeviceCapturePage::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_test->setEnabled(!busy);
    const bool again = m_captured || !m_error->text().isEmpty();
    bindText(m_test, [again] { return again ? tr("Test again") : tr("Test capture"); });
}

} // namespace saathi::ui
