// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QObject>
#include <QStringList>

namespace saathi {
namespace eko {
class EkoClient;
}
namespace device {
class BiometricDevice;
}

// What the agent sees first: can we reach Eko, is AePS active for this agent, is a fingerprint device ready.
// Asynchronous (never blocks the window); `saathi --self-test` prints the summary and exits with its verdict.
class StartupCheck : public QObject
{
    Q_OBJECT
public:
    StartupCheck(eko::EkoClient& client, device::BiometricDevice& device, QObject* parent = nullptr);
    void start();

Q_SIGNALS:
    void progress(const QString& text);
    void finished(bool ok, const QString& summary);

private:
    void report();

    eko::EkoClient& m_client;
    device::BiometricDevice& m_device;
    QString m_ekoLine;
    QString m_deviceLine;
    bool m_ekoOk = false;
    bool m_deviceOk = false;
    int m_pending = 0;
};

} // namespace saathi
