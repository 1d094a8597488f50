// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/setup/GoLiveCredentialsPage.h"

#include "core/secrets/EkoCredentialStore.h"
#include "core/settings/EnvironmentProfile.h"
#include "ui/form/Theme.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QWizard>

namespace saathi::ui {

namespace {
using Field = setup::CredentialsCheck::Field;

bool isAdvancedField(Field f)
{
    return f == Field::BaseUrl || f == Field::CaFile || f == Field::KeyFile || f == Field::CatalogueFile;
}
} // namespace

GoLiveCredentialsPage::GoLiveCredentialsPage(GoLiveState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_form(this)
{
    setObjectName(QStringLiteral("goLiveCredentialsPage"));
    m_check = new setup::CredentialsCheck(state.context, this);
    connect(m_check, &setup::CredentialsCheck::finished, this, &GoLiveCredentialsPage::checked);

    m_developerKey = m_form.addLine(int(Field::DeveloperKey), QStringLiteral("developerKey"));
    m_accessKey = m_form.addLine(int(Field::AccessKey), QStringLiteral("accessKey"));
    m_accessKey->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_initiatorId = m_form.addLine(int(Field::InitiatorId), QStringLiteral("initiatorId"));
    m_initiatorId->setMaxLength(13);

    m_advancedButton = new QPushButton(this);
    m_advancedButton->setObjectName(QStringLiteral("advancedButton"));
    m_advancedButton->setCheckable(true);
    m_advancedButton->setAutoDefault(false); // Enter always means "check and go on"
    m_advanced = new QWidget(this);
    m_advanced->setObjectName(QStringLiteral("advancedWidget"));
    m_advancedForm = std::make_unique<SetupForm>(m_advanced, new QFormLayout(m_advanced));
    m_baseUrl = m_advancedForm->addLine(int(Field::BaseUrl), QStringLiteral("baseUrl"));
    m_caFile = m_advancedForm->addLine(int(Field::CaFile), QStringLiteral("caFile"));
    m_keyFile = m_advancedForm->addLine(int(Field::KeyFile), QStringLiteral("keyFile"));
    m_catalogueFile = m_advancedForm->addLine(int(Field::CatalogueFile), QStringLiteral("catalogueFile"));
    m_message = errorLabel(this, QStringLiteral("credentialsMessageLabel"));
    m_form.layout()->addRow(m_advancedButton);
    m_form.layout()->addRow(m_advanced);
    m_form.layout()->addRow(m_message);
    setAdvancedShown(false);
    connect(m_advancedButton, &QPushButton::toggled, this, &GoLiveCredentialsPage::setAdvancedShown);
    for (QLineEdit* edit :
         {m_developerKey, m_accessKey, m_initiatorId, m_baseUrl, m_caFile, m_keyFile, m_catalogueFile}) {
        connect(edit, &QLineEdit::textEdited, this, &GoLiveCredentialsPage::edited);
    }
    retranslate();
}

void GoLiveCredentialsPage::initializePage()
{
    m_accepted = false;
    m_form.clearErrors();
    m_advancedForm->clearErrors();
    m_message->clear();
    const EnvironmentProfile profile = EnvironmentProfile::fromSettings(m_state.context.settings, m_state.environment);
    m_baseUrl->setText(profile.baseUrl.toString());
    m_caFile->setText(profile.caFile);
    m_keyFile->setText(profile.aadhaarPublicKeyFile);
    m_catalogueFile->setText(profile.catalogueFile);
    // Keys saved earlier (a resumed set-up, or Settings) are shown again rather than typed twice.
    m_state.context.credentials.load(m_state.environment, this, [this](saathi::Result<EkoCredentials> c, bool found) {
        if (!c || !found || !m_developerKey->text().isEmpty()) {
            return;
        }
        m_developerKey->setText(c.value().developerKey);
        m_accessKey->setText(c.value().accessKey);
        m_initiatorId->setText(c.value().initiatorId);
    });
    QTimer::singleShot(0, this, [this] { m_developerKey->setFocus(); });
}

bool GoLiveCredentialsPage::isAdvancedShown() const
{
    return m_advanced->isVisibleTo(this);
}

void GoLiveCredentialsPage::setAdvancedShown(bool shown)
{
    m_advanced->setVisible(shown);
    if (m_advancedButton->isChecked() != shown) {
        m_advancedButton->setChecked(shown);
    }
}

void GoLiveCredentialsPage::edited()
{
    m_accepted = false; // what Eko accepted is no longer what is typed
}

bool GoLiveCredentialsPage::isComplete() const
{
    return !m_check->isBusy() && QWizardPage::isComplete();
}

bool GoLiveCredentialsPage::validatePage()
{
    if (m_accepted) {
        return true;
    }
    if (m_check->isBusy()) {
        return false;
    }
    m_form.clearErrors();
    m_advancedForm->clearErrors();
    EkoCredentials credentials {
        m_developerKey->text().trimmed(), m_accessKey->text().trimmed(), m_initiatorId->text().trimmed(), {}};
    EnvironmentProfile profile = EnvironmentProfile::fromSettings(m_state.context.settings, m_state.environment);
    const QString base = m_baseUrl->text().trimmed();
    profile.baseUrl = base.isEmpty() ? EnvironmentProfile::defaultBaseUrl(m_state.environment) : QUrl(base);
    profile.caFile = m_caFile->text().trimmed();
    profile.aadhaarPublicKeyFile = m_keyFile->text().trimmed();
    profile.catalogueFile = m_catalogueFile->text().trimmed();
    Theme::setTone(m_message, Tone::Normal);
    m_message->setText(tr("Checking the credentials with Eko…"));
    m_check->start(m_state.environment, credentials, profile);
    Q_EMIT completeChanged();
    return false; // checked() moves the wizard on
}

void GoLiveCredentialsPage::checked(const setup::CredentialsCheck::Result& result)
{
    Q_EMIT completeChanged();
    Theme::setTone(m_message, Tone::Error);
    if (!result.accepted()) {
        m_message->clear();
        if (isAdvancedField(result.field)) {
            setAdvancedShown(true);
            m_advancedForm->showErrors(QMap<Field, QString> {{result.field, result.error.userMessage}});
        } else if (result.field != Field::None && result.field != Field::UserCode) {
            m_form.showErrors(QMap<Field, QString> {{result.field, result.error.userMessage}});
        } else {
            m_message->setText(result.error.userMessage);
        }
        return;
    }
    m_accepted = true;
    Theme::setTone(m_message, Tone::Normal);
    m_message->setText(tr("Eko accepted the credentials. They are saved in this computer's keychain."));
    if (wizard()) {
        wizard()->next();
    }
}

void GoLiveCredentialsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void GoLiveCredentialsPage::retranslate()
{
    setTitle(tr("Eko credentials"));
    setSubTitle(tr("From Eko's welcome mail. Saathi checks them with Eko before saving them in the keychain."));
    m_form.setLabel(int(Field::DeveloperKey), tr("&Developer key"));
    m_form.setLabel(int(Field::AccessKey), tr("&Access key"));
    m_form.setLabel(int(Field::InitiatorId), tr("&Initiator ID (partner's mobile)"));
    m_advancedButton->setText(tr("Ad&vanced: Eko address and files"));
    m_advancedForm->setLabel(int(Field::BaseUrl), tr("Eko address (https://)"));
    m_advancedForm->setLabel(int(Field::CaFile), tr("Extra CA certificate file (PEM)"));
    m_advancedForm->setLabel(int(Field::KeyFile), tr("Aadhaar public key file"));
    m_advancedForm->setLabel(int(Field::CatalogueFile), tr("Endpoint catalogue file"));
}

} // namespace saathi::ui
