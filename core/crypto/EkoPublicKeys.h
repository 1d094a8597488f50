// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace saathi {

// Eko's published Aadhaar encryption keys, shipped as resources (reference eko-api.md §2.4: key A is the one
// production integrators use, key B the UAT one). Training mode uses the sandbox's own key instead.
enum class EkoEnvironment { Training, Uat, Production };

QString environmentName(EkoEnvironment env);
bool parseEnvironment(const QString& name, EkoEnvironment* out);

// Base64 DER SubjectPublicKeyInfo of the published key, or empty for Training (the sandbox supplies its own).
QByteArray publishedAadhaarKey(EkoEnvironment env);

} // namespace saathi
