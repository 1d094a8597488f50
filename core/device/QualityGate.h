// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/device/DeviceTypes.h"
#include "core/device/Finger.h"
#include "core/util/Error.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QSettings;

namespace saathi::device {

// The least a capture must show to be sent. 0 switches a figure off.
struct QualityThreshold
{
    int minQScore = 45; // rd-service.md §7: Eko asks for a new capture below qScore 45
    int minNmPoints = 35; // §7: at least 35 minutiae

    bool operator==(const QualityThreshold&) const = default;
};

// The capture quality gate (issue #18): a capture whose qScore or nmPoints is below the threshold of its vendor is
// refused, its PID dropped, so a weak capture never becomes a transaction. Thresholds come per vendor from the
// settings (README "Quality gate and coach"), with a default for every other device.
//
// A figure the device does not report (-1: no attribute, empty, not a number) passes that part of the gate: many
// drivers leave nmPoints out, some send no qScore, and refusing them all would stop the counter, not the weak
// capture. A list ("60,60", one per record) counts by its lowest number (PidData::qScore()).
class QualityGate
{
public:
    static constexpr char kDefaultKey[] = "default";
    // Settings keys: capture/min_quality/default and capture/min_quality/<vendor>, value "Q,N" or "Q".
    static constexpr char kSettingsGroup[] = "capture/min_quality";

    QualityGate() = default; // the built-in default (45, 35) for every vendor

    // The thresholds in `settings`; a value that is not "Q" or "Q,N" with Q in 0–100 and N in 0–1000 is ignored
    // (the built-in default stays) and described in `problems`.
    static QualityGate fromSettings(const QSettings& settings, QStringList* problems = nullptr);
    // "45,35" → {45, 35}; "45" → {45, fallback.minNmPoints}; false for anything else.
    static bool parseThreshold(const QString& text, QualityThreshold* out, const QualityThreshold& fallback = {});

    // `vendorKey` "default" (any case) sets the default; anything else a vendor ("mantra", "morpho", …).
    void setThreshold(const QString& vendorKey, const QualityThreshold& threshold);
    QualityThreshold threshold(const QString& vendorKey) const; // the default when the key has none

    // The settings key whose threshold applies to this device: a vendor key that starts the device's dpId or rdsId,
    // its vendor's name (DeviceInfo::vendor(); Morpho and IDEMIA are one vendor) or the RD service's info string,
    // case-insensitively — the longest such key — else "default".
    QString vendorKeyFor(const DeviceInfo& device, const QString& serviceInfo = {}) const;
    // Null when the capture may be sent. The PidData's own DeviceInfo names the vendor; `fallback` (the service's
    // DeviceInfo from discovery) and `serviceInfo` when the PID has none.
    QualityRefusal check(const PidData& pid, const DeviceInfo& fallback = {}, const QString& serviceInfo = {}) const;

    // What the coach says after the `refusals`-th refused capture in a row: first, clean and dry the finger and
    // press it flat; from the second on, another finger (`suggested`, when there is one).
    static QString coach(int refusals, Finger suggested);
    // The error a refused capture ends with (code rd.quality_too_low): not sent, the figures, then the coach.
    static Error refusalError(const QualityRefusal& refusal, int refusals, Finger suggested);

private:
    QualityThreshold m_default;
    QList<QPair<QString, QualityThreshold>> m_vendors; // lower-case key
};

} // namespace saathi::device
