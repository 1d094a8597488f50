// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "StartupCheck.h"

#include "core/agent/AgentSession.h"
#include "core/device/BiometricDevice.h"
#include "core/eko/AgentOperations.h"
#include "core/eko/EkoClient.h"

#include <QCoreApplication>
#include <QEvent>

namespace saathi {

StartupCheck::StartupCheck(eko::EkoClient& client, device::BiometricDevice& device, const agent::AgentSession* session,
                           QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_device(device)
    , m_session(session)
{
    // The lines are kept as how to say them, not as said: a language switch says them again in the new language.
    QCoreApplication::instance()->installEventFilter(this);
    if (m_session) {
        // The agent's line follows the session: an eKYC or a daily login done after start-up is said at once.
        connect(m_session, &agent::AgentSession::changed, this, [this] {
            if (m_ekoLine && m_pending == 0) {
                Q_EMIT progress(summary());
            }
        });
    }
}

bool StartupCheck::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange && m_ekoLine) {
        Q_EMIT progress(summary());
    }
    return QObject::eventFilter(watched, event);
}

void StartupCheck::start()
{
    m_pending = 2;
    m_ekoLine = [] { return QCoreApplication::translate("StartupCheck", "Eko: checking…"); };
    m_deviceLine = [] { return QCoreApplication::translate("StartupCheck", "Fingerprint device: looking for it…"); };
    Q_EMIT progress(m_ekoLine() + QLatin1Char('\n') + m_deviceLine());

    eko::AgentOperations agent(m_client);
    connect(agent.services(), &eko::EkoJob::finished, this, [this](const eko::EkoResponse& r) {
        if (r.outcome != eko::Outcome::Success) {
            // The HTTP status names the cause for support (403: signature, clock or key; 402: developer key).
            m_ekoLine = [message = r.error.userMessage, http = r.httpStatus] {
                return http >= 400
                    ? QCoreApplication::translate("StartupCheck", "Eko: %1 (HTTP %2)").arg(message).arg(http)
                    : QCoreApplication::translate("StartupCheck", "Eko: %1").arg(message);
            };
        } else {
            m_ekoOk = true; // a signed services enquiry answered with status 0
            int aepsStatus = 0; // not activated
            for (const auto& s : eko::AgentOperations::parseServices(r.envelope)) {
                if (s.serviceCode == QLatin1String(eko::AgentOperations::kAepsFingpayService)) {
                    aepsStatus = s.status == 1 || s.status == 2 ? s.status : 3;
                }
            }
            m_ekoLine = [aepsStatus] {
                const QString aeps = aepsStatus == 1 ? QCoreApplication::translate("StartupCheck", "AePS active")
                    : aepsStatus == 2 ? QCoreApplication::translate("StartupCheck", "AePS activation pending")
                    : aepsStatus == 3 ? QCoreApplication::translate("StartupCheck", "AePS deactivated")
                                      : QCoreApplication::translate("StartupCheck", "AePS not activated");
                return QCoreApplication::translate("StartupCheck", "Eko: connected, %1").arg(aeps);
            };
        }
        report();
    });

    device::DiscoveryJob* discovery = m_device.discover();
    connect(discovery, &device::DiscoveryJob::finished, this, [this](const device::DiscoveryResult& result) {
        const device::RdServiceInfo* best = result.preferred();
        if (best && best->status == device::RdStatus::Ready) {
            m_deviceOk = true;
            m_deviceLine = [info = best->info, port = best->port] {
                return QCoreApplication::translate("StartupCheck", "Fingerprint device: %1 ready (port %2)")
                    .arg(info, QString::number(port));
            };
        } else if (best) {
            m_deviceLine = [info = best->info] {
                return QCoreApplication::translate("StartupCheck", "Fingerprint device: %1 is not ready").arg(info);
            };
        } else {
            m_deviceLine = [] {
                return QCoreApplication::translate("StartupCheck",
                                                   "Fingerprint device: not found. Check that it "
                                                   "is plugged in and its RD service is running.");
            };
        }
        report();
    });
}

QString StartupCheck::summary() const
{
    QString text = m_ekoLine() + QLatin1Char('\n') + m_deviceLine();
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
