// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/setup/AgentOnboarding.h"

#include <QMap>
#include <QWizardPage>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace saathi::setup {
class OnboardingService;
}

namespace saathi::ui {

class AddressWidget;

// Step 1: the agent's details (name, mobile, email, date of birth, PAN, residence, shop). Next asks the
// OnboardingService to onboard; the wizard moves on only when Eko answers with the agent's user_code, which this
// page then shows. Errors appear at the field core names; the form keeps everything typed.
class AgentDetailsPage : public QWizardPage
{
    Q_OBJECT
public:
    AgentDetailsPage(setup::OnboardingService& service, QWidget* parent = nullptr);

    QString userCode() const { return m_userCode; }
    bool validatePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void userCodeReceived(const QString& userCode);

protected:
    void changeEvent(QEvent* event) override;

private:
    using Field = setup::AgentOnboarding::Field;
    setup::OnboardingForm form() const;
    bool showErrors(const QMap<Field, QString>& errors);
    void onboarded(const setup::AgentOnboarding::Result& result);
    void retranslate();

    setup::OnboardingService& m_service;
    QString m_userCode;
    bool m_busy = false;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_mobile = nullptr;
    QLineEdit* m_email = nullptr;
    QDateEdit* m_dob = nullptr;
    QLineEdit* m_pan = nullptr;
    QLineEdit* m_shopName = nullptr;
    AddressWidget* m_residence = nullptr;
    QLabel* m_fieldLabels[7] = {};
    QLabel* m_fieldErrors[7] = {};
    QLabel* m_pageError = nullptr;
    QLabel* m_userCodeLabel = nullptr;
};

} // namespace saathi::ui
