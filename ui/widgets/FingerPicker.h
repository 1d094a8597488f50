// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/device/Finger.h"

#include <QComboBox>

namespace saathi::ui {

// Which finger goes on the device: "Any finger" and the ten fingers by name (device::displayName). The choice goes to
// the RD service as `posh`; the page sets it to the coach's suggestion (the finger that worked for this customer, or
// another one after a refused capture or a mismatch). objectName `fingerComboBox`.
class FingerPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit FingerPicker(QWidget* parent = nullptr);

    device::Finger finger() const;
    void setFinger(device::Finger finger);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
};

} // namespace saathi::ui
