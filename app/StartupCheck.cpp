// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "StartupCheck.h"

#include "core/agent/AgentSession.h"
#include "core/device/BiometricDevice.h"
#include "core/eko/AgentOperations.h"
#include "core/eko/EkoClient.h"

#include <QCoreApplication>

namespace saathi {

StartupCheck::StartupCheck(eko::EkoClient& client, device::BiometricDevice& device, const agent::AgentSession* session,
                           QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_device(device)
    , m_session(session)
{
}

void StartupCheck::start()
{
    m_pending = 2;
    m_ekoLine = QCoreApplication::translate("StartupCheck", "Eko: checking…");
    m_deviceLine = QCoreApplication::translate("StartupCheck", "Fingerprint device: looking for it…");
    Q_EMIT progress(m_ekoLine + QLatin1Char('\n') + m_deviceLine);

    eko::AgentOperations agent(m_client);
    connect(agent.services(), &eko::EkoJob::finished, this, [this](const eko::EkoResponse& r) {
        if (r.outcome != eko::Outcome::Success) {
            // The HTTP status names the cause for support (403: signature, clock or key; 402: developer key).
            m_ekoLine = r.httpStatus >= 400
                ? QCoreApplication::translate("StartupCheck", "Eko: %1 (HTTP %2)")
                      .arg(r.error.userMessage)
                      .arg(r.httpStatus)
                : QCoreApplication::translate("StartupCheck", "Eko: %1").arg(r.error.userMessage);
        } else {
            m_ekoOk = true; // a signed services enquiry answered with status 0
            QString aeps = QCoreApplication::translate("StartupCheck", "AePS not activated");
            for (const auto& s : eko::AgentOperations::parseServices(r.envelope)) {
                if (s.serviceCode == QLatin1String(eko::AgentOperations::kAepsFingpayService)) {
                    aeps = s.status == 1 ? QCoreApplication::translate("StartupCheck", "AePS active")
                        : s.status == 2  ? QCoreApplication::translate("StartupCheck", "AePS activation pending")
                                         : QCoreApplication::translate("StartupCheck", "AePS deactivated");
                }
            }
            m_ekoLine = QCoreApplication::translate("StartupCheck", "Eko: connected, %1").arg(aeps);
        }
        report();
    });

    device::DiscoveryJob* discovery = m_device.discover();
    connect(discovery, &device::DiscoveryJob::finished, this, [this](const device::DiscoveryResult& result) {
        const device::RdServiceInfo* best = result.preferred();
        if (best && best->status == device::RdStatus::Ready) {
            m_deviceOk = true;
            m_deviceLine = QCoreApplication::translate("StartupCheck", "Fingerprint device: %1 ready (port %2)")
                               .arg(best->info, QString::number(best->port));
        } else if (best) {
            m_deviceLine
                = QCoreApplication::translate("StartupCheck", "Fingerprint device: %1 is not ready").arg(best->info);
        } else {
            m_deviceLine = QCoreApplication::translate("StartupCheck",
                                                       "Fingerprint device: not found. Check that it "
                                                       "is plugged in and its RD service is running.");
        }
        report();
    });
}

QString StartupCheck::summary() const
{
    QString text = m_ekoLine + QLatin1Char('\n') + m_deviceLine;
    if (m_session && m_pending == 0) {
        // What the agent still has to do is news, not a failure: a fresh morning always needs the daily login.
        if (!m_session->ekycCompleted()) {
            text += QLatin1Char('\n') + QCoreApplication::translate("StartupCheck", "Agent: eKYC still to do");
        } else if (m_session->needsDailyLogin()) {
            text += QLatin1Char('\n') + QCoreApplication::translate("StartupCheck", "Agent: today's login still to do");
        } else {
            text += QLatin1Char('\n') + QCoreApplication::translate("StartupCheck", "Agent: logged in for today");
        }
    }
    return text;
}

void StartupCheck::report()
{
    --m_pending;
    const QString text = summary();
    Q_EMIT progress(text);
    if (m_pending == 0) {
        Q_EMIT finished(m_ekoOk && m_deviceOk, text);
    }
}

} // namespace saathi
