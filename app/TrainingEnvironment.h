// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "app/CounterEnvironment.h"

#include <QUrl>

namespace saathi {
namespace sandbox {
class EkoSandbox;
namespace rd {
class RdSimulator;
}
} // namespace sandbox
namespace training {
class Practice;
}

// Training mode, the embedded default: Eko's sandbox (over HTTPS, trusted through its own CA by configuration) and a
// simulated fingerprint device, both on free loopback ports inside the app, with the real Eko client and the real
// RD client pointed at them, a practice agent and shop, and training's own journal. They exist only while the
// counter is in training: leaving training destroys this object and both servers with it.
class TrainingEnvironment final : public CounterEnvironment
{
    Q_OBJECT
public:
    explicit TrainingEnvironment(const Context& context, QObject* parent = nullptr);
    // `clock` (not owned; null: the system clock) drives the sandbox, the simulator and the client alike, so a
    // test can move the IST day for all of them at once.
    explicit TrainingEnvironment(const Clock* clock, QObject* parent = nullptr);
    ~TrainingEnvironment() override;

    void prepare() override;
    void retranslateIdentity() override;
    // The practice Eko is told the agent's eKYC (with the practice Aadhaar the hints give) and today's login, or
    // every restart would be met with "do the daily login first".
    void recallAgent(bool ekycDone, bool loggedInToday) override;
    // Starts both services; on failure the error says which and why.
    Result<bool> start();

    eko::EkoClient& ekoClient();
    saathi::device::BiometricDevice& device();
    sandbox::EkoSandbox& ekoSandbox();
    sandbox::rd::RdSimulator& rdSimulator();
    // The hints and practice scenarios of this world (CounterServices::guide and ::practice), made by start().
    training::Practice* practice() const { return m_practice.get(); }
    QUrl ekoBaseUrl() const;
    quint16 devicePort() const;

    // Sandboxes and simulators created in this process so far (the UAT tests assert none was).
    static int serversCreated();
    // The practice agent's user_code (also Eko's published UAT sample, so it is no evidence of training alone).
    static QString builtInUserCode();

private:
    void makePractice();

    std::unique_ptr<sandbox::EkoSandbox> m_sandbox;
    std::unique_ptr<sandbox::rd::RdSimulator> m_simulator;
    std::unique_ptr<training::Practice> m_practice; // arms faults in m_sandbox: goes before it
};

} // namespace saathi
