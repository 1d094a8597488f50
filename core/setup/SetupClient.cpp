// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/setup/SetupClient.h"

#include "core/eko/EkoClient.h"
#include "core/settings/AppSettings.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace saathi::setup {

eko::EkoClient* SetupClient::create(const GoLiveContext& context, const EnvironmentProfile& profile,
                                    const EkoCredentials& credentials, EnvironmentProfile::Purpose purpose,
                                    QObject* parent, Error* error)
{
    auto catalogue = profile.catalogue();
    if (!catalogue) {
        *error = catalogue.error();
        return nullptr;
    }
    const QString latLong = purpose == EnvironmentProfile::Purpose::Counter ? context.appSettings.latLong() : QString();
    auto config = profile.buildConfig(credentials, latLong, purpose);
    if (!config) {
        *error = config.error();
        return nullptr;
    }
    config.value().timeoutMs = context.timeoutMs;
    return new eko::EkoClient(context.network, catalogue.value(), config.value(), context.clock, parent);
}

QString SetupClient::ekoText(const eko::EkoResponse& response)
{
    if (response.hasEnvelope) {
        return response.envelope.reason();
    }
    const QJsonObject json = QJsonDocument::fromJson(response.redactedBody).object();
    const QString message = json.value(QStringLiteral("message")).toString();
    if (!message.isEmpty()) {
        return message.simplified().left(200);
    }
    // A gateway answers 402/403 in plain text; an HTML error page is not worth showing.
    const QString text = QString::fromUtf8(response.redactedBody).simplified();
    return text.startsWith(QLatin1Char('<')) ? QString() : text.left(200);
}

} // namespace saathi::setup
