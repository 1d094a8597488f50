// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "sandbox/rd/RdProfile.h"

#include <QByteArray>
#include <QDateTime>

class QRandomGenerator;

namespace saathi::sandbox::rd {

// The documents a vendor's RD service writes, in that vendor's style (quotes, prolog, order, namespaces).
namespace docs {

QByteArray rdService(const RdProfile& profile, const QString& status, quint16 port);
QByteArray deviceInfo(const RdProfile& profile, bool ready, const QDateTime& nowIst);

struct Capture
{
    QString errCode = QStringLiteral("0");
    QString errInfo;
    int fCount = 1;
    int fType = 2;
    QString qScore;
    QString nmPoints;
    QString wadh;
    QDateTime nowIst;
};
// A success carries DeviceInfo, Skey (random 256 bytes), Hmac (random 48 bytes) and Data from
// saathi::sandbox::encodeSimulatedPidData; a failure carries Resp only, as most drivers do.
QByteArray pidData(const RdProfile& profile, const Capture& capture, QRandomGenerator& rng);

// Hostile answers (security.md X1/X4, rd-service.md §11).
QByteArray malformed(const QByteArray& root);
QByteArray billionLaughs(const QByteArray& root);
QByteArray quadraticBlowup(const QByteArray& root); // ~34 KB: under a 64 KiB cap, 40 M characters expanded
QByteArray huge(const QByteArray& root, qsizetype bytes);

} // namespace docs

} // namespace saathi::sandbox::rd
