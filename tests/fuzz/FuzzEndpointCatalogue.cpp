// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// fuzz_endpoint_catalogue: an integrator's catalogue file (settings eko/<env>/catalogue_file), then every
// operation it names resolved against its base URLs.
#include "core/eko/EndpointCatalogue.h"

#include <cstddef>
#include <cstdint>

using namespace saathi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto catalogue
        = eko::EndpointCatalogue::fromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!catalogue.ok()) {
        return 0;
    }
    const eko::EndpointCatalogue& c = catalogue.value();
    const QMap<QString, QString> params {{QStringLiteral("customer_id"), QStringLiteral("9876543210")},
                                         {QStringLiteral("client_ref_id"), QStringLiteral("SAATHI 1/2?")},
                                         {QStringLiteral("tid"), QStringLiteral("../x")}};
    for (const QString& operation : c.operations()) {
        const eko::Endpoint* endpoint = c.find(operation);
        for (const EkoEnvironment env : {EkoEnvironment::Training, EkoEnvironment::Uat, EkoEnvironment::Production}) {
            const QUrl base = c.familyBaseUrls(env).value(eko::EndpointCatalogue::familyOf(operation), c.baseUrl(env));
            (void)c.dmtRail(env);
            if (endpoint) {
                (void)eko::EndpointCatalogue::resolve(*endpoint, base, params, QStringLiteral("a=b"));
            }
        }
    }
    return 0;
}
