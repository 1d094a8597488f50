// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "ui/device/DeviceWizardPages.h"

class QLabel;
class QListWidget;

namespace saathi::ui {

// Step 2: the services found, best first; the best ready one (or the saved one) preselected, not-ready ones greyed
// out with the reason.
class DeviceChoosePage : public DeviceWizardStepPage
{
    Q_OBJECT
public:
    DeviceChoosePage(DeviceWizardState& state, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void retranslate() override;

private:
    void onSelectionChanged();

    QListWidget* m_list = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace saathi::ui
