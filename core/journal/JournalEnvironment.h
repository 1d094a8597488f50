// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace saathi::journal {

// Which Eko a journal row was sent to (issue #12). A row is only ever inquired against that environment; a row whose
// environment is unknown (written before journals were kept per environment) is never reconciled automatically.

// Stable wire names: "training", "uat", "production". Journal columns, journal file names and settings use them; they
// never change with the UI language.
QString wireName(EkoEnvironment env);
// Exactly the wire names (no aliases such as "staging"): what a journal column or tag may hold.
std::optional<EkoEnvironment> environmentFromWireName(const QString& name);

// "host[:port]" of an Eko base URL (the port only when the URL names one): the row's eko_host evidence.
QString ekoHost(const QUrl& baseUrl);
// The environment Eko's public hosts belong to: staging.eko.in → uat, api.eko.in → production; else none.
std::optional<EkoEnvironment> publicEkoEnvironment(const QString& hostPort);
// publicEkoEnvironment(), and a loopback host (the embedded sandbox) → training.
std::optional<EkoEnvironment> environmentForHost(const QString& hostPort);

} // namespace saathi::journal
