// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "ui/setup/GoLiveState.h"
#include "ui/setup/SetupForm.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace saathi::ui {

// Step 3: who the agent is on receipts and where the shop is (ShopDetails): agent name, shop name, shop address,
// agent mobile and latlong, prefilled from onboarding, saved together.
class GoLiveShopPage : public QWizardPage
{
    Q_OBJECT
public:
    GoLiveShopPage(GoLiveState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    QLineEdit* edit(int field) const;
    void retranslate();

    GoLiveState& m_state;
    SetupForm m_form;
    QLabel* m_hint = nullptr;
};

} // namespace saathi::ui
