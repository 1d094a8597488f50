// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "ui/device/DeviceWizardPages.h"

class QLabel;

namespace saathi::ui {

// Step 5: a summary; Finish saves.
class DeviceSavePage : public DeviceWizardStepPage
{
    Q_OBJECT
public:
    DeviceSavePage(DeviceWizardState& state, QWidget* parent = nullptr);
    void initializePage() override;

protected:
    void retranslate() override { initializePage(); }

private:
    QLabel* m_summary = nullptr;
};

} // namespace saathi::ui
