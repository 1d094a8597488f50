// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/setup/AgentOnboarding.h"

#include "core/eko/AgentOperations.h"
#include "core/eko/EkoClient.h"
#include "core/secrets/EkoCredentialStore.h"
#include "core/settings/AgentProfile.h"
#include "core/setup/CredentialsCheck.h"
#include "core/setup/EkoAnswers.h"
#include "core/setup/SetupClient.h"
#include "core/setup/ShopDetails.h"
#include "core/validation/FieldValidators.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>

namespace saathi::setup {

namespace {

using Field = AgentOnboarding::Field;

// What onboarding typed becomes the shop details' prefill (the agent confirms it there).
AgentProfile draftOf(const OnboardingForm& f)
{
    AgentProfile p;
    p.agentName = QString(f.firstName.simplified() + QLatin1Char(' ') + f.lastName.simplified()).trimmed();
    p.shopName = f.shopName.simplified();
    const QString pin = validate::pinCode(f.pinCode).normalized;
    p.shopAddress = QStringList {f.addressLine.simplified(), f.city.simplified(), f.state.simplified(), pin}.join(
        QStringLiteral(", "));
    p.agentMobile = validate::mobile(f.mobile).normalized;
    return p;
}

} // namespace

eko::AgentProfile AgentOnboarding::toEko(const OnboardingForm& f)
{
    eko::AgentProfile p;
    p.firstName = f.firstName.simplified();
    p.lastName = f.lastName.simplified();
    p.mobile = validate::mobile(f.mobile).normalized;
    p.email = f.email.trimmed();
    p.dob = f.dob.toString(QStringLiteral("yyyy-MM-dd"));
    p.pan = validate::pan(f.pan).normalized;
    p.shopName = f.shopName.simplified();
    p.residence.line = f.addressLine.simplified();
    p.residence.city = f.city.simplified();
    p.residence.state = f.state.simplified();
    p.residence.pincode = validate::pinCode(f.pinCode).normalized;
    return p;
}

AgentOnboarding::AgentOnboarding(const GoLiveContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    qRegisterMetaType<Result>();
}

AgentOnboarding::~AgentOnboarding() = default;

bool AgentOnboarding::isPlausibleUserCode(const QString& userCode)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{8}$"));
    return digits.match(userCode.trimmed()).hasMatch();
}

QMap<Field, QString> AgentOnboarding::check(const OnboardingForm& f)
{
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    QMap<Field, QString> errors;
    if (f.firstName.simplified().isEmpty()) {
        errors.insert(Field::FirstName,
                      QCoreApplication::translate("Setup", "Enter the first name as on the PAN card."));
    }
    if (f.lastName.simplified().isEmpty() || f.lastName.simplified().contains(QLatin1Char(' '))) {
        errors.insert(Field::LastName,
                      QCoreApplication::translate("Setup", "Enter the surname only, as on the PAN card."));
    }
    if (const ValidationResult m = validate::mobile(f.mobile); !m.valid) {
        errors.insert(Field::Mobile, m.message);
    }
    if (!emailRe.match(f.email.trimmed()).hasMatch()) {
        errors.insert(Field::Email,
                      QCoreApplication::translate("Setup", "Enter an email address such as name@example.com."));
    }
    if (!f.dob.isValid() || f.dob > QDate::currentDate().addYears(-18)) {
        errors.insert(Field::Dob,
                      QCoreApplication::translate("Setup", "Enter the date of birth: the agent must be at least 18."));
    }
    if (const ValidationResult p = validate::pan(f.pan); !p.valid) {
        errors.insert(Field::Pan, p.message);
    }
    if (f.shopName.simplified().isEmpty()) {
        errors.insert(Field::ShopName, QCoreApplication::translate("Setup", "Enter the shop's name."));
    }
    if (f.addressLine.simplified().isEmpty()) {
        errors.insert(Field::AddressLine,
                      QCoreApplication::translate("Setup", "Enter the house or shop number and street."));
    }
    if (f.city.simplified().isEmpty()) {
        errors.insert(Field::City, QCoreApplication::translate("Setup", "Enter the city or town."));
    }
    if (f.state.simplified().isEmpty()) {
        errors.insert(Field::State, QCoreApplication::translate("Setup", "Enter the state."));
    }
    if (const ValidationResult pin = validate::pinCode(f.pinCode); !pin.valid) {
        errors.insert(Field::PinCode, pin.message);
    }
    return errors;
}

void AgentOnboarding::onboard(EkoEnvironment env, const OnboardingForm& form)
{
    if (m_busy) {
        return;
    }
    m_busy = true;
    m_env = env;
    m_form = form;
    if (QMap<Field, QString> errors = check(form); !errors.isEmpty()) {
        QTimer::singleShot(0, this, [this, errors] { finish(Result {{}, errors, {}}); });
        return;
    }
    m_context.credentials.load(env, this, [this](saathi::Result<EkoCredentials> c, bool found) {
        if (!c || !found) {
            finish(Result {c ? Error {QStringLiteral("setup.no_credentials"),
                                      QCoreApplication::translate("Setup", "Check and save the Eko credentials first."),
                                      {}}
                             : c.error(),
                           {},
                           {}});
            return;
        }
        m_credentials = c.value();
        m_credentials.userCode.clear(); // onboarding creates the code; an old one must not be sent
        send();
    });
}

void AgentOnboarding::send()
{
    Error error;
    m_client = SetupClient::create(m_context, EnvironmentProfile::fromSettings(m_context.settings, m_env),
                                   m_credentials, EnvironmentProfile::Purpose::CredentialsCheck, this, &error);
    if (!m_client) {
        finish(Result {error, {}, {}});
        return;
    }
    eko::AgentOperations ops(*m_client);
    connect(ops.onboard(toEko(m_form)), &eko::EkoJob::finished, this, &AgentOnboarding::answered);
}

void AgentOnboarding::answered(const eko::EkoResponse& response)
{
    if (m_client) {
        m_client->deleteLater();
    }
    const Result answer = answers::onboarded(response);
    if (!answer.ok()) {
        finish(answer);
        return;
    }
    const QString userCode = answer.userCode;
    m_credentials.userCode = userCode;
    m_context.credentials.save(m_env, m_credentials, this, [this, userCode](const Error& error) {
        if (!error.isNull()) {
            // The code exists at Eko now: say it, so it can be typed in as "I already have a user code".
            finish(Result {Error {error.code,
                                  QCoreApplication::translate(
                                      "Setup",
                                      "Eko created the user code %1, but the keychain did not save it: %2 Write the "
                                      "code down and enter it as “I already have a user code”.")
                                      .arg(userCode, error.userMessage),
                                  error.detail},
                           {},
                           userCode});
            return;
        }
        ShopDetails::rememberDraft(m_context.settings, m_env, draftOf(m_form));
        finish(Result {{}, {}, userCode});
    });
}

void AgentOnboarding::useExistingUserCode(EkoEnvironment env, const QString& userCode)
{
    if (m_busy) {
        return;
    }
    m_busy = true;
    m_env = env;
    if (!isPlausibleUserCode(userCode)) {
        QTimer::singleShot(0, this, [this] {
            finish(Result {
                {},
                {{Field::UserCode, QCoreApplication::translate("Setup", "The user code has 8 digits, e.g. 20810200.")}},
                {}});
        });
        return;
    }
    m_context.credentials.load(env, this, [this, userCode](saathi::Result<EkoCredentials> c, bool found) {
        if (!c || !found) {
            finish(Result {c ? Error {QStringLiteral("setup.no_credentials"),
                                      QCoreApplication::translate("Setup", "Check and save the Eko credentials first."),
                                      {}}
                             : c.error(),
                           {},
                           {}});
            return;
        }
        EkoCredentials withCode = c.value();
        withCode.userCode = userCode.trimmed();
        if (!m_check) {
            m_check = new CredentialsCheck(m_context, this);
            connect(m_check, &CredentialsCheck::finished, this, [this](const CredentialsCheck::Result& r) {
                Result out;
                out.userCode = r.accepted() ? r.userCode : QString();
                if (r.field == CredentialsCheck::Field::UserCode) {
                    out.fieldErrors.insert(Field::UserCode, r.error.userMessage);
                } else {
                    out.error = r.error;
                }
                finish(out);
            });
        }
        m_check->start(m_env, withCode);
    });
}

void AgentOnboarding::finish(Result result)
{
    m_busy = false;
    Q_EMIT finished(result);
}

} // namespace saathi::setup
