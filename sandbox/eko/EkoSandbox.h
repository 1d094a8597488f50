// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "sandbox/eko/AgentRegistry.h"
#include "sandbox/eko/DmtTypes.h"
#include "sandbox/eko/FaultPlan.h"
#include "sandbox/eko/SandboxTypes.h"

#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <memory>
#include <optional>

namespace saathi {
class Clock;
}

namespace saathi::sandbox {

class SandboxHttpServer;

// A fake of Eko's AePS API over real HTTP(S) on 127.0.0.1 (README.md): Eko's gateway checks, the agent's life
// (activation → eKYC → daily KYC per IST day), customer transactions with a ledger, and scripted faults.
// Used in-process by training mode and tests, and by saathi-eko-sandbox / saathi-cli sandbox.
class EkoSandbox : public QObject
{
    Q_OBJECT

public:
    explicit EkoSandbox(QObject* parent = nullptr);
    // `clock` (not owned, may be null for the system clock) decides signatures' skew, activation, IST days.
    EkoSandbox(const EkoSandboxConfig& config, const Clock* clock, QObject* parent = nullptr);
    ~EkoSandbox() override;

    // --- configuration -------------------------------------------------------------------------------------
    const EkoSandboxConfig& config() const;
    // Applies at once; the default agent's user code/mobile and the wallet/seed balances only on reset().
    void setConfig(const EkoSandboxConfig& config);
    void setClock(const Clock* clock);
    void setTlsEnabled(bool on); // before listen()
    bool tlsEnabled() const { return m_tls; }
    // Back to the start: fixtures, the default agent (service 43 ACTIVATED, no eKYC), empty ledger, no faults.
    void reset();

    // --- serving -------------------------------------------------------------------------------------------
    bool listen(quint16 port = 0); // 127.0.0.1 only; 0 = any free port
    void close();
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // http(s)://127.0.0.1:N/ekoapi
    QUrl serverUrl() const; // http(s)://127.0.0.1:N (the /sandbox/control endpoint lives here)
    QString errorString() const { return m_error; }
    static QSslCertificate caCertificate(); // what clients trust for --tls (resource tls/ca.pem)
    static QByteArray aadhaarPublicKeyPem(); // what clients encrypt `aadhar` with

    // --- faults --------------------------------------------------------------------------------------------
    void armFault(Fault fault, const QString& route = QStringLiteral("*"), int times = 1);
    void clearFaults();
    QList<FaultRule> armedFaults() const;

    // --- agents --------------------------------------------------------------------------------------------
    std::optional<Agent> agent(const QString& userCode) const;
    void setServiceStatus(const QString& userCode, int serviceCode, ServiceStatus status);
    // Test shortcuts past the KYC steps (the contract tests walk them for real).
    void markEkycDone(const QString& userCode, const QString& aadhaarDigits);
    void markDailyKycDone(const QString& userCode);
    void setAgentWallet(const QString& userCode, Paise balance);

    // --- customers and money -------------------------------------------------------------------------------
    void seedCustomer(const QString& aadhaarDigits, const QString& bankCode, Paise balance, bool frozen = false,
                      bool debitDisabled = false);
    std::optional<Paise> customerBalance(const QString& aadhaarDigits, const QString& bankCode) const;
    QList<LedgerEntry> ledger() const;
    std::optional<LedgerEntry> ledgerEntry(const QString& clientRefId) const;
    // Entries for this client_ref_id that took money from the customer (and were not reversed).
    int debitCount(const QString& clientRefId) const;
    void resolvePending(); // every pending transaction (AePS and DMT, NEFT included) reaches its scripted end now

    // --- DMT (README "DMT") ------------------------------------------------------------------------------------
    std::optional<DmtCustomer> dmtCustomer(DmtRail rail, const QString& mobile) const;
    void addDmtCustomer(const DmtCustomer& customer); // replaces one with the same rail and mobile
    // What this customer has used of the monthly limit in the current IST month.
    void setDmtMonthlyUsed(DmtRail rail, const QString& mobile, Paise used);
    QList<DmtLedgerEntry> dmtLedger() const;
    std::optional<DmtLedgerEntry> dmtLedgerEntry(const QString& clientRefId) const;
    // Transfers with this client_ref_id that debited the agent's wallet and were not refunded.
    int dmtDebitCount(const QString& clientRefId) const;

    // --- request log (method, path, status; never bodies) -------------------------------------------------
    QList<RequestLogEntry> requestLog() const { return m_log; }
    void clearRequestLog() { m_log.clear(); }

Q_SIGNALS:
    // A whole request has arrived and is about to be dispatched (nothing committed yet). The crash harness kills
    // the client here ("after the request is written to the socket"); a fault armed in a slot applies to it.
    void requestReceived(const QString& method, const QString& path);
    // The request was dispatched (committed, for money) and its answer is about to be written.
    void requestHandled(const saathi::sandbox::RequestLogEntry& entry);

private:
    SandboxReply handle(const SandboxRequest& request);

    struct Impl;
    std::unique_ptr<Impl> d;
    SandboxHttpServer* m_server = nullptr;
    bool m_tls = false;
    quint16 m_port = 0;
    QString m_error;
    QList<RequestLogEntry> m_log;
};

} // namespace saathi::sandbox
