// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QList>
#include <QString>

namespace saathi::device {

// The ten fingers, as the RD service's PidOptions `posh` names them (rd-service.md §3: LEFT_INDEX, …, UNKNOWN). The
// counter remembers which finger worked for a customer and suggests it, or another one after a mismatch.
enum class Finger {
    Unknown,
    RightThumb,
    RightIndex,
    RightMiddle,
    RightRing,
    RightLittle,
    LeftThumb,
    LeftIndex,
    LeftMiddle,
    LeftRing,
    LeftLittle,
};

QString poshName(Finger finger); // "RIGHT_INDEX", … "UNKNOWN"
Finger fingerFromPosh(const QString& name); // Unknown for anything else
QString displayName(Finger finger); // translated: "Right index finger"
// The order the coach suggests fingers in (thumbs and index fingers first: they read best).
QList<Finger> suggestionOrder();
// The next finger to suggest after `tried` failed (skips every finger in `tried`); Unknown when none is left.
Finger nextSuggestion(const QList<Finger>& tried);

} // namespace saathi::device
