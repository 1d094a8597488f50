// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/setup/GoLiveOnboardingPage.h"

#include "core/secrets/EkoCredentialStore.h"
#include "ui/form/Theme.h"

#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace saathi::ui {

namespace {
using Field = setup::AgentOnboarding::Field;
}

GoLiveOnboardingPage::GoLiveOnboardingPage(GoLiveState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("goLiveOnboardingPage"));
    m_onboarding = new setup::AgentOnboarding(state.context, this);
    connect(m_onboarding, &setup::AgentOnboarding::finished, this, &GoLiveOnboardingPage::finished);

    m_newAgent = new QRadioButton(this);
    m_newAgent->setObjectName(QStringLiteral("newAgentRadioButton"));
    m_existing = new QRadioButton(this);
    m_existing->setObjectName(QStringLiteral("existingUserCodeRadioButton"));
    m_newAgent->setChecked(true);

    m_newForm = new QWidget(this);
    m_fields = std::make_unique<SetupForm>(m_newForm);
    m_fields->addLine(int(Field::FirstName), QStringLiteral("firstName"));
    m_fields->addLine(int(Field::LastName), QStringLiteral("lastName"));
    m_fields->addLine(int(Field::Mobile), QStringLiteral("mobile"))->setMaxLength(13);
    m_fields->addLine(int(Field::Email), QStringLiteral("email"));
    m_dob = new QDateEdit(QDate(1990, 1, 1), m_newForm);
    m_dob->setObjectName(QStringLiteral("dobDateEdit"));
    m_dob->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_fields->addInput(int(Field::Dob), m_dob, QStringLiteral("dob"));
    m_fields->addLine(int(Field::Pan), QStringLiteral("pan"))->setMaxLength(10);
    m_fields->addLine(int(Field::ShopName), QStringLiteral("shopName"));
    m_fields->addLine(int(Field::AddressLine), QStringLiteral("addressLine"));
    m_fields->addLine(int(Field::City), QStringLiteral("city"));
    m_fields->addLine(int(Field::State), QStringLiteral("state"));
    m_fields->addLine(int(Field::PinCode), QStringLiteral("pinCode"))->setMaxLength(6);

    m_existingForm = new QWidget(this);
    m_codeField = std::make_unique<SetupForm>(m_existingForm, new QFormLayout(m_existingForm));
    m_userCodeEdit = m_codeField->addLine(int(Field::UserCode), QStringLiteral("userCode"));
    m_userCodeEdit->setMaxLength(8);

    m_message = errorLabel(this, QStringLiteral("onboardingMessageLabel"));
    m_userCodeLabel = new QLabel(this);
    m_userCodeLabel->setObjectName(QStringLiteral("userCodeLabel"));
    m_userCodeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_newAgent);
    layout->addWidget(m_existing);
    layout->addWidget(m_newForm, 1);
    layout->addWidget(m_existingForm);
    layout->addWidget(m_message);
    layout->addWidget(m_userCodeLabel);
    connect(m_newAgent, &QRadioButton::toggled, this, &GoLiveOnboardingPage::modeChanged);
    modeChanged();
    retranslate();
}

void GoLiveOnboardingPage::modeChanged()
{
    const bool existing = m_existing->isChecked();
    m_newForm->setVisible(!existing);
    m_existingForm->setVisible(existing);
    m_message->clear();
}

void GoLiveOnboardingPage::initializePage()
{
    m_userCode.clear();
    m_userCodeLabel->clear();
    m_message->clear();
    // An agent already onboarded (a resumed set-up, or a code saved in Settings) is shown, not onboarded twice.
    m_state.context.credentials.load(m_state.environment, this, [this](saathi::Result<EkoCredentials> c, bool found) {
        if (!c || !found || c.value().userCode.isEmpty()) {
            return;
        }
        m_userCode = c.value().userCode;
        m_existing->setChecked(true);
        m_userCodeEdit->setText(m_userCode);
        retranslate();
        Q_EMIT completeChanged();
    });
    QTimer::singleShot(0, this, [this] { m_newAgent->setFocus(); });
}

setup::OnboardingForm GoLiveOnboardingPage::form() const
{
    const auto text = [this](Field f) { return static_cast<QLineEdit*>(m_fields->input(int(f)))->text(); };
    setup::OnboardingForm f;
    f.firstName = text(Field::FirstName);
    f.lastName = text(Field::LastName);
    f.mobile = text(Field::Mobile);
    f.email = text(Field::Email);
    f.dob = m_dob->date();
    f.pan = text(Field::Pan);
    f.shopName = text(Field::ShopName);
    f.addressLine = text(Field::AddressLine);
    f.city = text(Field::City);
    f.state = text(Field::State);
    f.pinCode = text(Field::PinCode);
    return f;
}

bool GoLiveOnboardingPage::isComplete() const
{
    return !m_onboarding->isBusy() && QWizardPage::isComplete();
}

bool GoLiveOnboardingPage::validatePage()
{
    const bool existing = m_existing->isChecked();
    if (!m_userCode.isEmpty() && (!existing || m_userCodeEdit->text().trimmed() == m_userCode)) {
        return true; // already in the keychain: Back and Next again must not onboard twice
    }
    if (m_onboarding->isBusy()) {
        return false;
    }
    m_fields->clearErrors();
    m_codeField->clearErrors();
    Theme::setTone(m_message, Tone::Normal);
    if (existing) {
        m_message->setText(tr("Checking the user code with Eko…"));
        m_onboarding->useExistingUserCode(m_state.environment, m_userCodeEdit->text());
    } else {
        m_message->setText(tr("Sending the agent's details to Eko…"));
        m_onboarding->onboard(m_state.environment, form());
    }
    Q_EMIT completeChanged();
    return false; // finished() moves the wizard on
}

void GoLiveOnboardingPage::finished(const setup::AgentOnboarding::Result& result)
{
    Q_EMIT completeChanged();
    Theme::setTone(m_message, Tone::Error);
    m_message->setText(result.error.userMessage);
    if (!result.ok()) {
        if (result.fieldErrors.contains(Field::UserCode)) {
            m_codeField->showErrors(result.fieldErrors);
        } else {
            m_fields->showErrors(result.fieldErrors);
        }
        return;
    }
    m_userCode = result.userCode;
    m_userCodeEdit->setText(m_userCode);
    m_message->clear();
    retranslate();
    if (wizard()) {
        wizard()->next();
    }
}

void GoLiveOnboardingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void GoLiveOnboardingPage::retranslate()
{
    setTitle(tr("Onboard the agent"));
    setSubTitle(tr("Eko gives every agent a user code. Details as on the agent's PAN card."));
    m_newAgent->setText(tr("&New agent: register with Eko"));
    m_existing->setText(tr("I &already have a user code"));
    m_fields->setLabel(int(Field::FirstName), tr("First name"));
    m_fields->setLabel(int(Field::LastName), tr("Surname"));
    m_fields->setLabel(int(Field::Mobile), tr("Agent's mobile"));
    m_fields->setLabel(int(Field::Email), tr("Email"));
    m_fields->setLabel(int(Field::Dob), tr("Date of birth"));
    m_fields->setLabel(int(Field::Pan), tr("PAN"));
    m_fields->setLabel(int(Field::ShopName), tr("Shop name"));
    m_fields->setLabel(int(Field::AddressLine), tr("House / street"));
    m_fields->setLabel(int(Field::City), tr("City"));
    m_fields->setLabel(int(Field::State), tr("State"));
    m_fields->setLabel(int(Field::PinCode), tr("PIN code"));
    m_codeField->setLabel(int(Field::UserCode), tr("User code"));
    m_userCodeLabel->setText(m_userCode.isEmpty() ? QString() : tr("Agent's user code: %1").arg(m_userCode));
}

} // namespace saathi::ui
