// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/device/QualityGate.h"

#include "core/device/DeviceErrors.h"

#include <QCoreApplication>
#include <QSettings>

namespace saathi::device {

namespace {

constexpr int kMaxQScore = 100;
constexpr int kMaxNmPoints = 1000;

// INI files read "45,35" as a list of two strings; other formats keep the text.
QString settingText(const QVariant& value)
{
    return value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(',')) : value.toString();
}

bool parseNumber(const QString& text, int max, int* out)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < 0 || v > max) {
        return false;
    }
    *out = v;
    return true;
}

// The names a device goes by, lower case: dpId and rdsId (their first part too), the vendor's name, the info string.
QStringList deviceNames(const DeviceInfo& device, const QString& serviceInfo)
{
    QStringList names;
    for (const QString& id : {device.dpId, device.rdsId, serviceInfo}) {
        const QString s = id.trimmed().toLower();
        if (!s.isEmpty()) {
            names << s;
        }
    }
    DeviceInfo fromInfo;
    fromInfo.dpId = serviceInfo;
    for (const QString& vendor : {device.vendor(), fromInfo.vendor()}) {
        const QString v = vendor.toLower();
        if (v.isEmpty()) {
            continue;
        }
        names << v;
        // IDEMIA bought Morpho: one vendor under two names, and a setting under either applies to both.
        if (v == QLatin1String("morpho")) {
            names << QStringLiteral("idemia");
        } else if (v == QLatin1String("idemia")) {
            names << QStringLiteral("morpho");
        }
    }
    return names;
}

} // namespace

QString QualityRefusal::reason() const
{
    switch (figure) {
    case QualityFigure::QScore:
        return QCoreApplication::translate("QualityGate", "Quality %1 of the %2 needed.").arg(value).arg(threshold);
    case QualityFigure::NmPoints:
        return QCoreApplication::translate("QualityGate", "Fingerprint points %1 of the %2 needed.")
            .arg(value)
            .arg(threshold);
    case QualityFigure::None:
        break;
    }
    return {};
}

bool QualityGate::parseThreshold(const QString& text, QualityThreshold* out, const QualityThreshold& fallback)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() > 2) {
        return false;
    }
    QualityThreshold t = fallback;
    if (!parseNumber(parts.at(0), kMaxQScore, &t.minQScore)) {
        return false;
    }
    if (parts.size() == 2 && !parseNumber(parts.at(1), kMaxNmPoints, &t.minNmPoints)) {
        return false;
    }
    *out = t;
    return true;
}

QualityGate QualityGate::fromSettings(const QSettings& settings, QStringList* problems)
{
    QualityGate gate;
    const QString group = QString::fromLatin1(kSettingsGroup) + QLatin1Char('/');
    const auto apply = [&](const QString& key) {
        const QString text = settingText(settings.value(group + key));
        QualityThreshold t;
        if (parseThreshold(text, &t, gate.m_default)) {
            gate.setThreshold(key, t);
        } else if (problems) {
            *problems << QStringLiteral("%1%2=%3: not \"qScore\" or \"qScore,nmPoints\" (0-100, 0-1000); ignored")
                             .arg(group, key, text.left(40));
        }
    };
    // The default first: a vendor's "Q" alone takes its nmPoints from it.
    const QString defaultKey = QString::fromLatin1(kDefaultKey);
    QStringList keys;
    for (const QString& key : settings.allKeys()) {
        if (key.startsWith(group, Qt::CaseInsensitive)) {
            keys << key.mid(group.size());
        }
    }
    for (const QString& key : keys) {
        if (key.compare(defaultKey, Qt::CaseInsensitive) == 0) {
            apply(key);
        }
    }
    for (const QString& key : keys) {
        if (key.compare(defaultKey, Qt::CaseInsensitive) != 0 && !key.contains(QLatin1Char('/'))) {
            apply(key);
        }
    }
    return gate;
}

void QualityGate::setThreshold(const QString& vendorKey, const QualityThreshold& threshold)
{
    const QString key = vendorKey.trimmed().toLower();
    if (key.isEmpty()) {
        return;
    }
    if (key == QLatin1String(kDefaultKey)) {
        m_default = threshold;
        return;
    }
    for (auto& entry : m_vendors) {
        if (entry.first == key) {
            entry.second = threshold;
            return;
        }
    }
    m_vendors.append({key, threshold});
}

QualityThreshold QualityGate::threshold(const QString& vendorKey) const
{
    const QString key = vendorKey.trimmed().toLower();
    for (const auto& entry : m_vendors) {
        if (entry.first == key) {
            return entry.second;
        }
    }
    return m_default;
}

QString QualityGate::vendorKeyFor(const DeviceInfo& device, const QString& serviceInfo) const
{
    const QStringList names = deviceNames(device, serviceInfo);
    QString best;
    for (const auto& entry : m_vendors) {
        if (entry.first.size() <= best.size()) {
            continue;
        }
        for (const QString& name : names) {
            if (name.startsWith(entry.first)) {
                best = entry.first;
                break;
            }
        }
    }
    return best.isEmpty() ? QString::fromLatin1(kDefaultKey) : best;
}

QualityRefusal QualityGate::check(const PidData& pid, const DeviceInfo& fallback, const QString& serviceInfo) const
{
    const QString key = vendorKeyFor(pid.device.isEmpty() ? fallback : pid.device, serviceInfo);
    const QualityThreshold t = threshold(key);
    QualityRefusal refusal;
    refusal.vendorKey = key;
    // -1 (not reported) passes: see the class comment.
    const int qScore = pid.qScore();
    const int nmPoints = pid.nmPoints();
    if (qScore >= 0 && qScore < t.minQScore) {
        refusal.figure = QualityFigure::QScore;
        refusal.value = qScore;
        refusal.threshold = t.minQScore;
    } else if (nmPoints >= 0 && nmPoints < t.minNmPoints) {
        refusal.figure = QualityFigure::NmPoints;
        refusal.value = nmPoints;
        refusal.threshold = t.minNmPoints;
    }
    return refusal;
}

QString QualityGate::coach(int refusals, Finger suggested)
{
    if (refusals <= 1) {
        return QCoreApplication::translate("QualityGate",
                                           "Clean and dry the finger, then press it flat on the scanner and hold it "
                                           "still until the capture ends.");
    }
    if (suggested == Finger::Unknown) {
        return QCoreApplication::translate("QualityGate",
                                           "Try another finger: clean and dry it, press it flat and hold it still.");
    }
    return QCoreApplication::translate("QualityGate",
                                       "Try another finger: %1. Clean and dry it, press it flat and hold it still.")
        .arg(displayName(suggested));
}

Error QualityGate::refusalError(const QualityRefusal& refusal, int refusals, Finger suggested)
{
    const QString message
        = QCoreApplication::translate("QualityGate", "The fingerprint was not clear enough, so it was not sent.")
        + QLatin1Char(' ') + refusal.reason() + QLatin1Char(' ') + coach(refusals, suggested);
    const QString figure
        = refusal.figure == QualityFigure::NmPoints ? QStringLiteral("nmPoints") : QStringLiteral("qScore");
    return Error {QString::fromLatin1(codes::kQualityTooLow), message,
                  QStringLiteral("%1=%2 below %3 (capture/min_quality/%4)")
                      .arg(figure)
                      .arg(refusal.value)
                      .arg(refusal.threshold)
                      .arg(refusal.vendorKey)};
}

} // namespace saathi::device
