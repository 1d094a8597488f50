// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/setup/CredentialsCheck.h"
#include "ui/setup/GoLiveState.h"
#include "ui/setup/SetupForm.h"

#include <QWizardPage>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace saathi::ui {

// Step 1: the partner's developer key, access key and initiator ID, checked with Eko at once (CredentialsCheck) and
// saved only when Eko accepted them. "Advanced" shows the environment's base URL, extra CA, Aadhaar key and
// catalogue files (saved with the credentials). Eko's own message appears at the field it is about.
class GoLiveCredentialsPage : public QWizardPage
{
    Q_OBJECT
public:
    GoLiveCredentialsPage(GoLiveState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    bool isAdvancedShown() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void checked(const setup::CredentialsCheck::Result& result);
    void setAdvancedShown(bool shown);
    void edited();
    void retranslate();

    GoLiveState& m_state;
    setup::CredentialsCheck* m_check = nullptr;
    SetupForm m_form;
    std::unique_ptr<SetupForm> m_advancedForm;
    QLineEdit* m_developerKey = nullptr;
    QLineEdit* m_accessKey = nullptr;
    QLineEdit* m_initiatorId = nullptr;
    QPushButton* m_advancedButton = nullptr;
    QWidget* m_advanced = nullptr;
    QLineEdit* m_baseUrl = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLineEdit* m_keyFile = nullptr;
    QLineEdit* m_catalogueFile = nullptr;
    QLabel* m_message = nullptr;
    bool m_accepted = false;
};

} // namespace saathi::ui
