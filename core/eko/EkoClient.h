// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/eko/EkoConfig.h"
#include "core/eko/EkoJob.h"
#include "core/eko/EkoRequest.h"
#include "core/eko/EndpointCatalogue.h"

#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace saathi {
class Clock;
}

namespace saathi::eko {

// Talks to Eko exactly to contract: every request signed afresh (secret-key, timestamp, request_hash where the
// catalogue says), encoded as the catalogue says, with a timeout, a size cap and TLS verified against the system
// store plus any CA the configuration adds. Asynchronous only: call() returns a job that finishes once.
class EkoClient : public QObject
{
    Q_OBJECT
public:
    EkoClient(QNetworkAccessManager* network, EndpointCatalogue catalogue, EkoConfig config, const Clock& clock,
              QObject* parent = nullptr);

    const EkoConfig& config() const { return m_config; }
    // New settings take effect for the next request; open connections are dropped so trust changes apply.
    void setConfig(EkoConfig config);
    // Another Eko environment: its configuration and its endpoint catalogue together.
    void setEnvironment(EkoConfig config, EndpointCatalogue catalogue);
    const EndpointCatalogue& catalogue() const { return m_catalogue; }
    const Clock& clock() const { return m_clock; }

    // The returned job is started; connect to finished() right away (it is emitted on a later turn at the earliest).
    EkoJob* call(EkoRequest request);
    // What call() would refuse for `operation` before sending, checked without sending: it is catalogued and its
    // base URL is usable and allowed. Lets a caller finish every local check before it journals anything.
    Error checkEndpoint(const QString& operation) const;
    // A job that reports `error` without sending anything (input that failed before the wire).
    EkoJob* failBeforeSending(const QString& operation, const Error& error);

    // RSA-encrypts a validated Aadhaar number with the environment's key, for the `aadhar` field.
    Result<QString> encryptAadhaar(const SecureBytes& aadhaarDigits) const;

Q_SIGNALS:
    // Eko's Date header disagrees with this computer's clock by more than a minute (a 403 is likely next).
    void clockSkewDetected(qint64 skewMs);

private:
    QNetworkReply* send(const Endpoint& endpoint, const EkoRequest& request);
    // With pins configured, aborts `reply` after the TLS handshake when no certificate matches (eko/SpkiPins.h).
    QNetworkReply* watchPins(QNetworkReply* reply) const;
    QNetworkReply* sendBody(QNetworkRequest& request, const Endpoint& endpoint, QByteArray body, bool withPid);

    QNetworkAccessManager* m_network;
    EndpointCatalogue m_catalogue;
    EkoConfig m_config;
    const Clock& m_clock;
};

} // namespace saathi::eko
