// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"
#include "core/secrets/EkoCredentials.h"
#include "core/setup/GoLiveContext.h"
#include "core/util/Error.h"

#include <QDate>
#include <QMap>
#include <QObject>
#include <QPointer>

namespace saathi::eko {
struct AgentProfile;
}

namespace saathi::eko {
class EkoClient;
struct EkoResponse;
} // namespace saathi::eko

namespace saathi::setup {

class CredentialsCheck;

// What the agent types to be onboarded (reference §5.1), as on the PAN card.
struct OnboardingForm
{
    QString firstName;
    QString lastName; // surname only: Eko matches it against the PAN (1428 otherwise)
    QString mobile;
    QString email;
    QDate dob;
    QString pan;
    QString shopName;
    QString addressLine;
    QString city;
    QString state;
    QString pinCode;
};

// Step 2 of going live: the agent's user_code. Either Eko creates it (onboard, with the keychain's partner keys), or
// the agent already has one and the services enquiry confirms Eko knows it. Either way the code is saved into the
// keychain entry with the keys at once, and what was typed is kept as the shop details' prefill.
class AgentOnboarding : public QObject
{
    Q_OBJECT
public:
    enum class Field {
        None,
        FirstName,
        LastName,
        Mobile,
        Email,
        Dob,
        Pan,
        ShopName,
        AddressLine,
        City,
        State,
        PinCode,
        UserCode
    };

    struct Result
    {
        Error error; // null when the user_code is saved
        QMap<Field, QString> fieldErrors; // translated, or Eko's own words for its invalid_params
        QString userCode;
        bool ok() const { return error.isNull() && fieldErrors.isEmpty(); }
    };

    explicit AgentOnboarding(const GoLiveContext& context, QObject* parent = nullptr);
    ~AgentOnboarding() override;

    void onboard(EkoEnvironment env, const OnboardingForm& form);
    void useExistingUserCode(EkoEnvironment env, const QString& userCode);
    bool isBusy() const { return m_busy; }

    // Every field's problem, before anything is sent (empty when the form may go to Eko).
    static QMap<Field, QString> check(const OnboardingForm& form);
    // The checked form as Eko's onboarding profile (names and address tidied, numbers normalised).
    static eko::AgentProfile toEko(const OnboardingForm& form);
    static bool isPlausibleUserCode(const QString& userCode);

Q_SIGNALS:
    void finished(const saathi::setup::AgentOnboarding::Result& result);

private:
    void send();
    void answered(const eko::EkoResponse& response);
    void finish(Result result);

    GoLiveContext m_context;
    EkoEnvironment m_env = EkoEnvironment::Uat;
    OnboardingForm m_form;
    EkoCredentials m_credentials;
    QPointer<eko::EkoClient> m_client;
    CredentialsCheck* m_check = nullptr;
    bool m_busy = false;
};

} // namespace saathi::setup

Q_DECLARE_METATYPE(saathi::setup::AgentOnboarding::Result)
