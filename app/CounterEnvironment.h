// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/counter/CounterServices.h"
#include "core/crypto/EkoPublicKeys.h"
#include "core/device/RdSettings.h"
#include "core/util/Error.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

class QSettings;

namespace saathi {
class Clock;
class EkoCredentialStore;
namespace eko {
class EkoClient;
}
namespace device {
class BiometricDevice;
struct DeviceChoice;
} // namespace device
namespace bank {
class BankDirectory;
}

// One world the counter works in — training, UAT or production — and everything that differs between them: the
// Eko client (base URL, extra CA, endpoint catalogue, Aadhaar key, the keychain's credentials), the fingerprint
// device (training's simulator, or the RD services on 127.0.0.1:11100–11120 and the device the agent chose), the
// agent's identity for the header and receipts, and the journal file. The composition root (CounterApp) holds
// exactly one; switching builds the next one and destroys the last, so nothing of one world reaches another. Screens
// see only CounterServices and never learn which world it is.
class CounterEnvironment : public QObject
{
    Q_OBJECT
public:
    struct Context
    {
        QSettings* settings = nullptr; // the app's settings: profile overrides, identity, device choice
        EkoCredentialStore* credentials = nullptr; // the keychain (UAT and production)
        const Clock* clock = nullptr; // null: the system clock
        QString journalBase; // the legacy single-journal path; each world's file is derived from it
    };

    // Training, UAT or production; call prepare() next.
    static std::unique_ptr<CounterEnvironment> create(EkoEnvironment kind, const Context& context);
    ~CounterEnvironment() override;

    EkoEnvironment kind() const { return m_kind; }
    // Gets the world ready (training: starts the sandbox and the simulator; elsewhere: reads the keychain). The
    // Eko client and the device exist when it returns (unless training could not start); prepared() follows on a
    // later turn of the event loop.
    virtual void prepare() = 0;
    bool isPrepared() const { return m_prepared; }
    // Null when the world is complete; else what is missing, for the agent (no credentials, no user_code, no shop
    // details, a bad Eko address …). A world with a problem still has its client and device.
    const Error& problem() const { return m_problem; }

    eko::EkoClient* client() const { return m_client.get(); }
    // Eko's bank list for this world, made with its client on first use (null without a client).
    bank::BankDirectory* bankDirectory();
    device::BiometricDevice* fingerprintDevice() const;
    const CounterIdentity& identity() const { return m_identity; }
    // The journal file of this world: a file per environment beside the journal base (journal::JournalPaths).
    QString journalPath() const;
    // The settings key of the device the agent chose in this world.
    QString deviceChoiceKey() const;
    // The language changed: an identity that is the app's own text (training's practice agent) says it again.
    virtual void retranslateIdentity() { }
    // What the counter remembers of its agent in this world (the eKYC done, today's login done). A world whose Eko
    // starts empty with each run (training's in-process sandbox) is told the same; a real Eko keeps its own.
    virtual void recallAgent(bool ekycDone, bool loggedInToday)
    {
        Q_UNUSED(ekycDone);
        Q_UNUSED(loggedInToday);
    }
    // Onboarding gave the agent a user_code: the client and the identity use it from now on.
    void setUserCode(const QString& userCode);

Q_SIGNALS:
    void prepared(bool ready);

protected:
    CounterEnvironment(EkoEnvironment kind, const Context& context, QObject* parent = nullptr);
    const Clock& clock() const;
    // The RD client on `first`–`last` with the remembered choice of this world.
    void makeDevice(const device::RdSettings& settings);
    // Records the outcome and emits prepared() on the next turn, so callers connect first.
    void finishPreparing(Error problem);

    EkoEnvironment m_kind;
    Context m_context;
    QNetworkAccessManager m_ekoNetwork;
    QNetworkAccessManager m_deviceNetwork; // the RD client's own manager, no proxy
    std::unique_ptr<eko::EkoClient> m_client;
    std::unique_ptr<device::BiometricDevice> m_device; // rd::RdServiceDevice, made by makeDevice()
    std::unique_ptr<bank::BankDirectory> m_banks; // after m_client: it goes first
    CounterIdentity m_identity;
    Error m_problem;
    bool m_prepared = false;
};

} // namespace saathi
