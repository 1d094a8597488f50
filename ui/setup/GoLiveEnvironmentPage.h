// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "ui/setup/GoLiveState.h"

#include <QWizardPage>

class QLabel;
class QRadioButton;

namespace saathi::ui {

// UAT (Eko's test system, with the partner's UAT keys) or production (real money). Goes on to where that
// environment's set-up stopped. The third choice, training, leaves set-up for the practice counter (the counter
// switches, under its usual rule).
class GoLiveEnvironmentPage : public QWizardPage
{
    Q_OBJECT
public:
    GoLiveEnvironmentPage(GoLiveState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

Q_SIGNALS:
    void trainingChosen();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    GoLiveState& m_state;
    QRadioButton* m_uat = nullptr;
    QRadioButton* m_production = nullptr;
    QRadioButton* m_training = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace saathi::ui
