// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

namespace saathi {
namespace eko {
class EkoClient;
}
namespace device {
class BiometricDevice;
}
namespace agent {
class AgentSession;
}

// What the agent sees first, about the environment the counter is in: does that Eko answer a signed services
// enquiry (status 0), is AePS active for this agent, is a READY fingerprint device on the environment's RD ports,
// and what the agent still has to do today (eKYC, daily login — reported, never a failure). Asynchronous (never
// blocks the window); `saathi --self-test` prints the summary and exits 0 only when Eko and the device are both OK.
class StartupCheck : public QObject
{
    Q_OBJECT
public:
    StartupCheck(eko::EkoClient& client, device::BiometricDevice& device, const agent::AgentSession* session,
                 QObject* parent = nullptr);
    void start();

Q_SIGNALS:
    void progress(const QString& text);
    void finished(bool ok, const QString& summary);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void report();
    QString summary() const;

    eko::EkoClient& m_client;
    device::BiometricDevice& m_device;
    const agent::AgentSession* m_session = nullptr;
    std::function<QString()> m_ekoLine;
    std::function<QString()> m_deviceLine;
    bool m_ekoOk = false;
    bool m_deviceOk = false;
    int m_pending = 0;
};

} // namespace saathi
