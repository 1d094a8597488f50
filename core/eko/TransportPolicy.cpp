// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/eko/TransportPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace saathi::eko {

bool isLoopbackHost(const QUrl& url)
{
    QHostAddress address;
    return address.setAddress(url.host()) && address.isLoopback();
}

Error checkTransport(const QUrl& url, PlainHttp plain)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return Error {QStringLiteral("eko.bad_url"),
                      QCoreApplication::translate("Eko",
                                                  "The Eko address is not a valid URL, e.g. "
                                                  "https://staging.eko.in/ekoapi."),
                      url.toString()};
    }
    if (url.scheme() == QLatin1String("https")) {
        return {};
    }
    if (url.scheme() == QLatin1String("http") && plain == PlainHttp::Loopback && isLoopbackHost(url)) {
        return {};
    }
    return Error {QStringLiteral("eko.plain_http"),
                  QCoreApplication::translate("Eko",
                                              "The Eko address must start with https://. Over plain HTTP anyone on "
                                              "the way could read the customer's details and change the amount."),
                  url.toString()};
}

Error checkTransport(const EkoConfig& config, PlainHttp plain)
{
    if (Error e = checkTransport(config.baseUrl, plain); !e.isNull()) {
        return e;
    }
    for (const QUrl& url : config.familyBaseUrls) {
        if (Error e = checkTransport(url, plain); !e.isNull()) {
            return e;
        }
    }
    return {};
}

} // namespace saathi::eko
