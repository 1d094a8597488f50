// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/AadhaarCipher.h"
#include "core/secrets/EkoCredentials.h"

#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace saathi::eko {

struct Endpoint;

// Who the app is to Eko, owned by core/secrets.
using EkoCredentials = saathi::EkoCredentials;

struct EkoConfig
{
    QUrl baseUrl; // e.g. https://staging.eko.in/ekoapi
    // Product families that Eko answers on another host or port in this environment (reference §1.1: some v3
    // endpoints answer only on the no-port or the :25002 form), keyed by the operation's family — the part of its
    // catalogue name before the dot ("dmt_fino", "aeps"…). From the endpoint catalogue.
    QHash<QString, QUrl> familyBaseUrls;
    EkoCredentials credentials;
    QString latLong; // the shop's location, sent as `latlong`
    AadhaarCipher aadhaarCipher; // the environment's public key
    QList<QSslCertificate> extraCaCertificates; // e.g. the sandbox CA in training; added to the system store
    // SPKI pins (eko/SpkiPins.h), from the catalogue when the environment's pin_spki setting is on; empty: no
    // pinning. With pins, a peer that matches none is refused after the handshake, before the request is sent.
    QList<QByteArray> spkiPins;
    int timeoutMs = 30000;
    qint64 maxResponseBytes = 1024 * 1024;
    int getRetries = 2; // GETs only; a money-moving POST is never retried
    int retryBaseDelayMs = 500;

    // Where `endpoint` is answered: its family's base URL if the catalogue names one, else baseUrl.
    QUrl baseUrlFor(const QString& operation) const;
};

} // namespace saathi::eko
