// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/eko/EkoClient.h"
#include "core/util/Clock.h"
#include "sandbox/eko/EkoSandbox.h"

#include <QNetworkAccessManager>

#include <memory>

namespace saathi::test {

// One sandbox and one client sharing a clock the test moves (signatures, activation delays, IST days).
class SandboxFixture
{
public:
    explicit SandboxFixture(bool tls = false);
    sandbox::EkoSandbox& sandbox() { return *m_sandbox; }
    eko::EkoClient& client() { return *m_client; }
    ManualClock& clock() { return m_clock; }
    eko::EkoConfig baseConfig() const;

    // A PidData document as the RD simulator makes it; `wadh` for eKYC, empty otherwise.
    SecureBytes capture(const QString& wadh = {}, const QString& errCode = QStringLiteral("0"));
    eko::EkoResponse wait(eko::EkoJob* job, int timeoutMs = 20000);

private:
    ManualClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::EkoSandbox> m_sandbox;
    std::unique_ptr<eko::EkoClient> m_client;
    bool m_tls;
};

} // namespace saathi::test
