// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/setup/AepsActivationFlow.h"
#include "ui/setup/GoLiveState.h"
#include "ui/setup/SetupForm.h"

#include <QWizardPage>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace saathi::ui {

// Step 4: AePS for the agent (AepsActivationFlow). Eko's status is asked first; when AePS is already active or
// awaiting approval the form stays hidden and the wizard may go on, else the agent sends the activation request
// (device, settlement account, shop type, Aadhaar, office address, three documents).
class GoLiveActivationPage : public QWizardPage
{
    Q_OBJECT
public:
    GoLiveActivationPage(GoLiveState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    setup::AepsState aepsState() const { return m_aeps; }

protected:
    void changeEvent(QEvent* event) override;

private:
    using Field = setup::AepsActivationFlow::Field;
    void recheck();
    void statusChecked(const setup::AepsActivationFlow::Status& status);
    void listsLoaded(const QList<setup::Choice>& states, const QList<setup::Choice>& shopTypes, const Error& error);
    void chooseDocument(Field field);
    void submitted(const setup::AepsActivationFlow::Submission& submission);
    QString text(Field field) const;
    void retranslate();

    GoLiveState& m_state;
    setup::AepsActivationFlow* m_flow = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_recheck = nullptr;
    QWidget* m_formWidget = nullptr;
    std::unique_ptr<SetupForm> m_form;
    QComboBox* m_shopType = nullptr;
    QComboBox* m_stateBox = nullptr;
    QMap<Field, QPushButton*> m_documentButtons;
    QMap<Field, setup::DocumentFile> m_documents;
    QLabel* m_message = nullptr;
    setup::AepsState m_aeps = setup::AepsState::Unknown;
    bool m_busy = false;
    bool m_listsLoaded = false;
};

} // namespace saathi::ui
