// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/settings/CredentialsWidget.h"

#include "core/secrets/EkoCredentialStore.h"
#include "core/validation/FieldValidators.h"
#include "ui/form/FormKit.h"
#include "ui/form/Theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace saathi::ui {

CredentialsWidget::CredentialsWidget(EkoCredentialStore& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("credentialsWidget"));
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_developerKey = new QLineEdit(this);
    m_developerKey->setObjectName(QStringLiteral("developerKeyLineEdit"));
    m_accessKey = new QLineEdit(this);
    m_accessKey->setObjectName(QStringLiteral("accessKeyLineEdit"));
    m_accessKey->setEchoMode(QLineEdit::Password);
    m_initiatorId = new QLineEdit(this);
    m_initiatorId->setObjectName(QStringLiteral("initiatorIdLineEdit"));
    m_initiatorId->setInputMethodHints(Qt::ImhDigitsOnly);
    m_userCode = new QLineEdit(this);
    m_userCode->setObjectName(QStringLiteral("userCodeLineEdit"));
    m_developerKeyError = FormKit::errorLabel(this, QStringLiteral("developerKeyErrorLabel"));
    m_developerKeyLabel = FormKit::fieldLabel(m_developerKey);
    m_accessKeyLabel = FormKit::fieldLabel(m_accessKey);
    m_initiatorLabel = FormKit::fieldLabel(m_initiatorId);
    m_userCodeLabel = FormKit::fieldLabel(m_userCode);
    m_accessKeyError = FormKit::errorLabel(this, QStringLiteral("accessKeyErrorLabel"));
    m_initiatorError = FormKit::errorLabel(this, QStringLiteral("initiatorIdErrorLabel"));
    m_userCodeError = FormKit::errorLabel(this, QStringLiteral("userCodeErrorLabel"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveCredentialsButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("credentialsStatusLabel"));
    m_status->setWordWrap(true);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_heading, 0, 0, 1, 2);
    int row = 1;
    for (auto [label, edit, error] : {std::tuple {m_developerKeyLabel, m_developerKey, m_developerKeyError},
                                      std::tuple {m_accessKeyLabel, m_accessKey, m_accessKeyError},
                                      std::tuple {m_initiatorLabel, m_initiatorId, m_initiatorError},
                                      std::tuple {m_userCodeLabel, m_userCode, m_userCodeError}}) {
        grid->addWidget(label, row, 0);
        grid->addWidget(edit, row++, 1);
        grid->addWidget(error, row++, 1);
        connect(edit, &QLineEdit::returnPressed, this, &CredentialsWidget::save);
    }
    grid->addWidget(m_save, row, 1, Qt::AlignLeft);
    grid->addWidget(m_status, row + 1, 0, 1, 2);
    connect(m_save, &QPushButton::clicked, this, &CredentialsWidget::save);
    retranslate();
}

EkoCredentials CredentialsWidget::credentials() const
{
    return {m_developerKey->text().trimmed(), m_accessKey->text().trimmed(), m_initiatorId->text().trimmed(),
            m_userCode->text().trimmed()};
}

void CredentialsWidget::setEnvironment(EkoEnvironment env)
{
    m_env = env;
    retranslate();
    setEnabled(env != EkoEnvironment::Training);
    for (QLabel* e : {m_developerKeyError, m_accessKeyError, m_initiatorError, m_userCodeError}) {
        FormKit::showMessage(e, {});
    }
    for (QLineEdit* e : {m_developerKey, m_accessKey, m_initiatorId, m_userCode}) {
        e->clear();
    }
    setStatus({}, false);
    if (env == EkoEnvironment::Training) {
        Q_EMIT loaded(env, true);
        return;
    }
    setBusy(true);
    m_store.load(env, this, [this, env](Result<EkoCredentials> result, bool found) {
        setBusy(false);
        if (env != m_env) {
            return; // the agent chose another environment meanwhile
        }
        if (!result) {
            setStatus(result.error().userMessage, true);
            Q_EMIT loaded(env, false);
            return;
        }
        if (found) {
            const EkoCredentials& c = result.value();
            m_developerKey->setText(c.developerKey);
            m_accessKey->setText(c.accessKey);
            m_initiatorId->setText(c.initiatorId);
            m_userCode->setText(c.userCode);
            setStatus(tr("Saved in the system keychain."), false);
        }
        Q_EMIT loaded(env, found);
    });
}

bool CredentialsWidget::checkFields()
{
    const EkoCredentials c = credentials();
    FormKit::showMessage(m_developerKeyError,
                         c.developerKey.isEmpty() ? tr("Enter the developer key Eko gave you.") : QString());
    FormKit::showMessage(m_accessKeyError,
                         c.accessKey.isEmpty() ? tr("Enter the access key Eko gave you.") : QString());
    FormKit::showMessage(m_initiatorError,
                         validate::mobile(c.initiatorId).valid
                             ? QString()
                             : tr("The initiator ID is the partner's registered 10-digit mobile number."));
    FormKit::showMessage(m_userCodeError,
                         c.userCode.isEmpty() ? tr("Enter the agent's user code (from onboarding).") : QString());
    for (auto [error, edit] :
         {std::pair {m_developerKeyError, m_developerKey}, std::pair {m_accessKeyError, m_accessKey},
          std::pair {m_initiatorError, m_initiatorId}, std::pair {m_userCodeError, m_userCode}}) {
        if (!error->isHidden()) {
            edit->setFocus();
            return false;
        }
    }
    return true;
}

void CredentialsWidget::save()
{
    if (m_busy || m_env == EkoEnvironment::Training || !checkFields()) {
        return;
    }
    setBusy(true);
    setStatus(tr("Saving in the system keychain…"), false);
    const EkoEnvironment env = m_env;
    m_store.save(env, credentials(), this, [this, env](const Error& error) {
        setBusy(false);
        if (!error.isNull()) {
            // What was typed stays in the form; nothing went to disk.
            setStatus(error.userMessage, true);
            Q_EMIT saveFailed(env, error.userMessage);
            return;
        }
        setStatus(tr("Saved in the system keychain."), false);
        Q_EMIT saved(env);
    });
}

void CredentialsWidget::setBusy(bool busy)
{
    m_busy = busy;
    m_save->setEnabled(!busy);
}

void CredentialsWidget::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    Theme::setTone(m_status, error ? Tone::Error : Tone::Normal);
}

void CredentialsWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void CredentialsWidget::retranslate()
{
    m_heading->setText(m_env == EkoEnvironment::Training
                           ? tr("Training needs no credentials: it uses the built-in sandbox.")
                           : tr("Eko credentials for %1. They are kept only in the system keychain.")
                                 .arg(m_env == EkoEnvironment::Uat ? tr("Eko UAT") : tr("Eko production")));
    m_developerKeyLabel->setText(tr("&Developer key"));
    m_accessKeyLabel->setText(tr("&Access key"));
    m_initiatorLabel->setText(tr("&Initiator ID"));
    m_userCodeLabel->setText(tr("&User code"));
    m_save->setText(tr("Save credentials"));
}

} // namespace saathi::ui
