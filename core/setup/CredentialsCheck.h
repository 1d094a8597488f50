// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"
#include "core/secrets/EkoCredentials.h"
#include "core/settings/EnvironmentProfile.h"
#include "core/setup/GoLiveContext.h"
#include "core/util/Error.h"

#include <QObject>
#include <QPointer>

namespace saathi::eko {
class EkoClient;
struct EkoResponse;
} // namespace saathi::eko

namespace saathi::setup {

// Step 1 of going live: are these the partner's keys? One signed services enquiry (GET /v3/user/account/services)
// through a client built from the environment's profile answers it:
//   no user_code yet  → accepted when Eko's gateway let the request through (HTTP 200 with its JSON envelope),
//                       whatever the business status, except 319 "Invalid initiator";
//   with a user_code  → accepted when Eko lists the agent's services (1297/463: that user code is not known);
//   401 / 402 / 403   → refused, with Eko's own words and what to check (key, clock, IP whitelist);
//   transport / TLS   → refused, with what to check.
// Only accepted credentials are saved: the profile (EnvironmentProfile::save) and the keychain entry. A user_code
// already in the keychain is kept when the initiator is unchanged (the same partner re-checking its keys).
class CredentialsCheck : public QObject
{
    Q_OBJECT
public:
    // Where a refusal belongs on the screen.
    enum class Field { None, DeveloperKey, AccessKey, InitiatorId, UserCode, BaseUrl, CaFile, KeyFile, CatalogueFile };

    struct Result
    {
        Error error; // null when accepted and saved
        Field field = Field::None;
        QString userCode; // what the keychain now holds (may be empty before onboarding)
        bool accepted() const { return error.isNull(); }
    };

    CredentialsCheck(const GoLiveContext& context, QObject* parent = nullptr);
    ~CredentialsCheck() override;

    // `profile` is what the screen's Advanced part shows (EnvironmentProfile::fromSettings when untouched).
    void start(EkoEnvironment env, const EkoCredentials& credentials, const EnvironmentProfile& profile);
    void start(EkoEnvironment env, const EkoCredentials& credentials);
    bool isBusy() const { return m_busy; }

    // The first missing or implausible field, before anything is sent.
    static Result checkFields(const EkoCredentials& credentials, const EnvironmentProfile& profile);

Q_SIGNALS:
    void finished(const saathi::setup::CredentialsCheck::Result& result);

private:
    void answered(const eko::EkoResponse& response);
    void save();
    void finish(Result result);

    GoLiveContext m_context;
    EkoEnvironment m_env = EkoEnvironment::Uat;
    EkoCredentials m_credentials;
    EnvironmentProfile m_profile;
    QPointer<eko::EkoClient> m_client;
    bool m_busy = false;
};

} // namespace saathi::setup

Q_DECLARE_METATYPE(saathi::setup::CredentialsCheck::Result)
