// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Error.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>

class QJsonValue;

// Optional SPKI pinning of Eko's hosts (security.md T2, RFC 7469's pin format): a pin is base64(SHA-256 of a
// certificate's SubjectPublicKeyInfo DER). The catalogue lists at least two per environment (the current key and a
// backup, so that Eko's next key change does not brick counters); the setting eko/<env>/pin_spki turns them on.
namespace saathi::eko {

// Set on a reply whose TLS peer matched no pin; EkoJob turns it into eko.pin_mismatch (nothing was sent).
inline constexpr char kPinMismatchProperty[] = "saathiPinMismatch";

// The pin of `certificate`; empty for a null certificate.
QByteArray spkiPin(const QSslCertificate& certificate);
// True when any certificate of `chain` (the leaf, an intermediate or the root the server sent) has one of `pins`.
bool chainMatchesPins(const QList<QSslCertificate>& chain, const QList<QByteArray>& pins);
// The catalogue's "spki_pins" array: each entry base64 of 32 bytes, at least two. Error names the mistake.
Result<QList<QByteArray>> parsePins(const QJsonValue& value);
// The error a pin mismatch finishes with (translated; says nothing was sent and what to check).
Error pinMismatchError(const QString& host);

} // namespace saathi::eko
