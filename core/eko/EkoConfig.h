// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "crypto/AadhaarCipher.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace saathi::eko {

// Who the app is to Eko. Kept in the OS keychain by the app; here only in memory.
struct EkoCredentials
{
    QString developerKey;
    QString accessKey;
    QString initiatorId; // the partner's registered mobile
    QString userCode; // the agent's 8-digit code
};

struct EkoConfig
{
    QUrl baseUrl; // e.g. https://staging.eko.in/ekoapi
    EkoCredentials credentials;
    QString latLong; // the shop's location, sent as `latlong`
    AadhaarCipher aadhaarCipher; // the environment's public key
    QList<QSslCertificate> extraCaCertificates; // e.g. the sandbox CA in training; added to the system store
    int timeoutMs = 30000;
    qint64 maxResponseBytes = 1024 * 1024;
    int getRetries = 2; // GETs only; a money-moving POST is never retried
    int retryBaseDelayMs = 500;
};

} // namespace saathi::eko
