// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "util/Error.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <memory>

namespace saathi {
class Clock;
namespace eko {
class EkoClient;
}
namespace device {
class BiometricDevice;
}
namespace sandbox {
class EkoSandbox;
namespace rd {
class RdSimulator;
}
} // namespace sandbox

// Training mode, the embedded default: Eko's sandbox (over HTTPS, trusted through its own CA by configuration) and a
// simulated fingerprint device, both on free loopback ports inside the app, with the real Eko client and the real
// RD client pointed at them. Nothing else in the app knows it is training, except the banner.
class TrainingEnvironment : public QObject
{
    Q_OBJECT
public:
    explicit TrainingEnvironment(QObject* parent = nullptr);
    // `clock` (not owned; null: the system clock) drives the sandbox, the simulator and the client alike, so a
    // test can move the IST day for all of them at once.
    explicit TrainingEnvironment(const Clock* clock, QObject* parent = nullptr);
    ~TrainingEnvironment() override;

    // Starts both services; on failure the error says which and why.
    Result<bool> start();

    eko::EkoClient& ekoClient();
    device::BiometricDevice& device();
    sandbox::EkoSandbox& ekoSandbox();
    sandbox::rd::RdSimulator& rdSimulator();
    QUrl ekoBaseUrl() const;
    quint16 devicePort() const;

private:
    const Clock* m_clock = nullptr;
    QNetworkAccessManager m_ekoNetwork;
    QNetworkAccessManager m_deviceNetwork; // RD client: its own manager, no proxy
    std::unique_ptr<sandbox::EkoSandbox> m_sandbox;
    std::unique_ptr<sandbox::rd::RdSimulator> m_simulator;
    std::unique_ptr<eko::EkoClient> m_client;
    std::unique_ptr<device::BiometricDevice> m_device;
};

} // namespace saathi
