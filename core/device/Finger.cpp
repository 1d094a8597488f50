// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/device/Finger.h"

#include <QCoreApplication>

#include <array>

namespace saathi::device {

namespace {

struct FingerName
{
    Finger finger;
    const char* posh;
    const char* display;
};

constexpr std::array<FingerName, 11> kNames {{
    {Finger::Unknown, "UNKNOWN", QT_TRANSLATE_NOOP("Finger", "Any finger")},
    {Finger::RightThumb, "RIGHT_THUMB", QT_TRANSLATE_NOOP("Finger", "Right thumb")},
    {Finger::RightIndex, "RIGHT_INDEX", QT_TRANSLATE_NOOP("Finger", "Right index finger")},
    {Finger::RightMiddle, "RIGHT_MIDDLE", QT_TRANSLATE_NOOP("Finger", "Right middle finger")},
    {Finger::RightRing, "RIGHT_RING", QT_TRANSLATE_NOOP("Finger", "Right ring finger")},
    {Finger::RightLittle, "RIGHT_LITTLE", QT_TRANSLATE_NOOP("Finger", "Right little finger")},
    {Finger::LeftThumb, "LEFT_THUMB", QT_TRANSLATE_NOOP("Finger", "Left thumb")},
    {Finger::LeftIndex, "LEFT_INDEX", QT_TRANSLATE_NOOP("Finger", "Left index finger")},
    {Finger::LeftMiddle, "LEFT_MIDDLE", QT_TRANSLATE_NOOP("Finger", "Left middle finger")},
    {Finger::LeftRing, "LEFT_RING", QT_TRANSLATE_NOOP("Finger", "Left ring finger")},
    {Finger::LeftLittle, "LEFT_LITTLE", QT_TRANSLATE_NOOP("Finger", "Left little finger")},
}};

const FingerName& entry(Finger finger)
{
    for (const FingerName& n : kNames) {
        if (n.finger == finger) {
            return n;
        }
    }
    return kNames.front();
}

} // namespace

QString poshName(Finger finger)
{
    return QString::fromLatin1(entry(finger).posh);
}

Finger fingerFromPosh(const QString& name)
{
    const QString upper = name.trimmed().toUpper();
    for (const FingerName& n : kNames) {
        if (upper == QLatin1String(n.posh)) {
            return n.finger;
        }
    }
    return Finger::Unknown;
}

QString displayName(Finger finger)
{
    return QCoreApplication::translate("Finger", entry(finger).display);
}

QList<Finger> suggestionOrder()
{
    return {Finger::RightThumb, Finger::RightIndex, Finger::LeftThumb, Finger::LeftIndex,   Finger::RightMiddle,
            Finger::LeftMiddle, Finger::RightRing,  Finger::LeftRing,  Finger::RightLittle, Finger::LeftLittle};
}

Finger nextSuggestion(const QList<Finger>& tried)
{
    for (const Finger f : suggestionOrder()) {
        if (!tried.contains(f)) {
            return f;
        }
    }
    return Finger::Unknown;
}

} // namespace saathi::device
