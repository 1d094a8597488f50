// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/onboarding/AgentDetailsPage.h"

#include "core/setup/OnboardingService.h"
#include "ui/form/FormKit.h"
#include "ui/onboarding/AddressWidget.h"
#include "ui/widgets/ScrollingForm.h"

#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QWizard>

namespace saathi::ui {

namespace {
// The page's own fields, in screen order; the address is AddressWidget's.
constexpr setup::AgentOnboarding::Field kFields[7]
    = {setup::AgentOnboarding::Field::FirstName, setup::AgentOnboarding::Field::LastName,
       setup::AgentOnboarding::Field::Mobile,    setup::AgentOnboarding::Field::Email,
       setup::AgentOnboarding::Field::Dob,       setup::AgentOnboarding::Field::Pan,
       setup::AgentOnboarding::Field::ShopName};
} // namespace

AgentDetailsPage::AgentDetailsPage(setup::OnboardingService& service, QWidget* parent)
    : QWizardPage(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("agentDetailsPage"));
    auto edit = [this](const char* name) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        return e;
    };
    m_firstName = edit("firstNameLineEdit");
    m_lastName = edit("lastNameLineEdit");
    m_mobile = edit("mobileLineEdit");
    m_email = edit("emailLineEdit");
    m_dob = new QDateEdit(QDate(1990, 1, 1), this);
    m_dob->setObjectName(QStringLiteral("dobDateEdit"));
    m_dob->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_dob->setMaximumDate(QDate::currentDate().addYears(-18));
    m_pan = edit("panLineEdit");
    m_pan->setMaxLength(10);
    m_shopName = edit("shopNameLineEdit");
    m_residence = new AddressWidget(QStringLiteral("residence"), this);
    m_pageError = FormKit::errorLabel(this, QStringLiteral("onboardErrorLabel"));
    m_userCodeLabel = FormKit::textLabel(this, QStringLiteral("userCodeLabel"));
    m_userCodeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QFormLayout* form = scrollingForm(this);
    QWidget* fields[7] = {m_firstName, m_lastName, m_mobile, m_email, m_dob, m_pan, m_shopName};
    static const char* errorNames[7]
        = {"firstNameErrorLabel", "lastNameErrorLabel", "mobileErrorLabel",  "emailErrorLabel",
           "dobErrorLabel",       "panErrorLabel",      "shopNameErrorLabel"};
    for (int i = 0; i < 7; ++i) {
        m_fieldLabels[i] = FormKit::fieldLabel(fields[i]);
        m_fieldErrors[i] = FormKit::errorLabel(this, QString::fromLatin1(errorNames[i]));
        form->addRow(m_fieldLabels[i], FormKit::fieldBox(fields[i], m_fieldErrors[i]));
    }
    form->addRow(m_residence);
    form->addRow(m_pageError);
    form->addRow(m_userCodeLabel);
    connect(&m_service, &setup::OnboardingService::onboarded, this, &AgentDetailsPage::onboarded);
    retranslate();
}

bool AgentDetailsPage::isComplete() const
{
    return !m_busy && QWizardPage::isComplete();
}

setup::OnboardingForm AgentDetailsPage::form() const
{
    setup::OnboardingForm f;
    f.firstName = m_firstName->text();
    f.lastName = m_lastName->text();
    f.mobile = m_mobile->text();
    f.email = m_email->text();
    f.dob = m_dob->date();
    f.pan = m_pan->text();
    f.shopName = m_shopName->text();
    f.addressLine = m_residence->line();
    f.city = m_residence->city();
    f.state = m_residence->stateName();
    f.pinCode = m_residence->pinCode();
    return f;
}

bool AgentDetailsPage::showErrors(const QMap<Field, QString>& errors)
{
    QWidget* firstBad = nullptr;
    for (int i = 0; i < 7; ++i) {
        const QString message = errors.value(kFields[i]);
        FormKit::showMessage(m_fieldErrors[i], message);
        if (!message.isEmpty() && !firstBad) {
            firstBad = m_fieldLabels[i]->buddy();
        }
    }
    const bool addressBad = m_residence->showErrors(errors.value(Field::AddressLine), errors.value(Field::City),
                                                    errors.value(Field::State), errors.value(Field::PinCode));
    if (firstBad) {
        firstBad->setFocus();
    }
    return firstBad || addressBad;
}

bool AgentDetailsPage::validatePage()
{
    if (!m_userCode.isEmpty()) {
        return true; // already onboarded: Back and Next again must not onboard twice
    }
    if (m_busy) {
        return false;
    }
    const setup::OnboardingForm f = form();
    if (showErrors(setup::AgentOnboarding::check(f))) {
        return false; // nothing is sent
    }
    m_busy = true;
    Q_EMIT completeChanged();
    FormKit::showMessage(m_pageError, tr("Sending the details to Eko…"));
    m_service.onboard(f);
    return false; // onboarded() moves the wizard on
}

void AgentDetailsPage::onboarded(const setup::AgentOnboarding::Result& result)
{
    m_busy = false;
    Q_EMIT completeChanged();
    showErrors(result.fieldErrors);
    if (!result.ok()) {
        FormKit::showMessage(m_pageError, result.error.userMessage);
        return;
    }
    m_userCode = result.userCode;
    FormKit::clearMessage(m_pageError);
    retranslate();
    Q_EMIT userCodeReceived(m_userCode);
    if (wizard()) {
        wizard()->next();
    }
}

void AgentDetailsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void AgentDetailsPage::retranslate()
{
    setTitle(tr("Agent details"));
    setSubTitle(tr("As on the agent's PAN card. Eko creates the agent's user code from these."));
    // Alt+letters unique on the page with its address (A, C, T, O) and the wizard's Back and Next (B, N).
    const QString labels[7] = {tr("F&irst name"),    tr("&Surname"), tr("&Mobile"),   tr("&Email"),
                               tr("&Date of birth"), tr("&PAN"),     tr("S&hop name")};
    for (int i = 0; i < 7; ++i) {
        m_fieldLabels[i]->setText(labels[i]);
    }
    m_userCodeLabel->setText(m_userCode.isEmpty() ? QString() : tr("Agent's user code: %1").arg(m_userCode));
}

} // namespace saathi::ui
