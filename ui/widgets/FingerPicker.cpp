// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/widgets/FingerPicker.h"

#include <QEvent>

namespace saathi::ui {

namespace {

// Any finger first, then the hands in reading order.
const QList<device::Finger>& fingers()
{
    using F = device::Finger;
    static const QList<F> list {F::Unknown,    F::RightThumb,  F::RightIndex, F::RightMiddle,
                                F::RightRing,  F::RightLittle, F::LeftThumb,  F::LeftIndex,
                                F::LeftMiddle, F::LeftRing,    F::LeftLittle};
    return list;
}

} // namespace

FingerPicker::FingerPicker(QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("fingerComboBox"));
    for (const device::Finger f : fingers()) {
        addItem(device::displayName(f), int(f));
    }
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

device::Finger FingerPicker::finger() const
{
    return currentIndex() < 0 ? device::Finger::Unknown : device::Finger(currentData().toInt());
}

void FingerPicker::setFinger(device::Finger finger)
{
    const int index = findData(int(finger));
    setCurrentIndex(index < 0 ? 0 : index);
}

void FingerPicker::retranslate()
{
    for (int i = 0; i < count(); ++i) {
        setItemText(i, device::displayName(device::Finger(itemData(i).toInt())));
    }
}

void FingerPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QComboBox::changeEvent(event);
}

} // namespace saathi::ui
