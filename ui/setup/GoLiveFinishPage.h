// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "ui/setup/GoLiveState.h"

#include <QWizardPage>

class QLabel;

namespace saathi::ui {

// The end of set-up: Finish is offered only once the keychain holds the credentials with the user_code and the
// shop's profile and location are saved (setup::checkReady); then the counter carries on with the device wizard,
// eKYC and the daily login.
class GoLiveFinishPage : public QWizardPage
{
    Q_OBJECT
public:
    GoLiveFinishPage(GoLiveState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override { return m_ready; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    GoLiveState& m_state;
    QLabel* m_summary = nullptr;
    QString m_missing;
    bool m_ready = false;
    bool m_checking = false;
};

} // namespace saathi::ui
