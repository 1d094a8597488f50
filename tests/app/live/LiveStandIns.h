// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace saathi::test {

// The out-of-process stand-ins a real counter's UAT test talks to: the saathi-eko-sandbox executable on its own
// port over TLS, with a partner account that is NOT training's (so nothing can pass by accident with training's
// keys), and the standalone RD simulator on the first free port of the UIDAI range 127.0.0.1:11100–11120 (tests
// using it share CTest's RESOURCE_LOCK on those ports). The executables come from $SAATHI_EKO_SANDBOX and
// $SAATHI_RD_SANDBOX.
class LiveStandIns
{
public:
    static constexpr const char* kDeveloperKey = "5a1e5b0c7d3f4e2a9b8c6d0e1f2a3b4c";
    static constexpr const char* kAccessKey = "7c0de5ad-1f2e-4d3c-9b8a-standin00001";
    static constexpr const char* kInitiatorId = "9812345670";

    LiveStandIns();
    ~LiveStandIns();

    // Whether anything already listens on 127.0.0.1:11100–11120 (a real RD service on a developer's machine, a
    // stray simulator): the tests need the range to themselves to know which device the counter found.
    static bool deviceRangeBusy();

    // Starts both; false (with a warning saying why) when one cannot start.
    bool start();
    bool startEko();
    bool startDevice();
    void stopEko();
    void stopDevice();

    QUrl baseUrl() const { return m_baseUrl; }
    QUrl controlUrl() const { return m_controlUrl; }
    QString caFile() const { return m_dir.filePath(QStringLiteral("sandbox-ca.pem")); }
    QString keyFile() const { return m_dir.filePath(QStringLiteral("sandbox-aadhaar.pem")); }
    quint16 devicePort() const { return m_devicePort; }

    // POST /sandbox/control on the stand-in (arm_fault, activate_services, …); true on HTTP 200.
    bool control(const QList<std::pair<QString, QString>>& fields);

    // A settings file (INI) provisioned as a distributor would: UAT, this Eko's address, CA and key.
    void provisionSettings(const QString& iniPath) const;

private:
    QTemporaryDir m_dir;
    QProcess m_eko;
    QProcess m_device;
    QUrl m_baseUrl;
    QUrl m_controlUrl;
    quint16 m_devicePort = 0;
};

} // namespace saathi::test
