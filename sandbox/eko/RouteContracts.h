// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/eko/EndpointCatalogue.h"

#include <QList>
#include <QRegularExpression>

namespace saathi::sandbox {

// The catalogue's per-operation facts (resources/eko/endpoints.json), as the sandbox applies them: a request on an
// operation's catalogued method and path is held to the encodings it accepts, its required fields and its Aadhaar
// form. Paths the catalogue does not name (Eko's other spellings, §1.2) keep their route's own rules.
class RouteContracts
{
public:
    RouteContracts() = default;
    explicit RouteContracts(eko::EndpointCatalogue catalogue);

    // The operation whose method and "/vN/path" template match; the most specific one when several do.
    const eko::Endpoint* match(const QByteArray& method, const QString& path) const;
    const eko::EndpointCatalogue& catalogue() const { return m_catalogue; }

private:
    struct Compiled
    {
        eko::Endpoint endpoint;
        QRegularExpression pattern;
        qsizetype literalLength = 0;
    };
    eko::EndpointCatalogue m_catalogue;
    QList<Compiled> m_compiled;
};

} // namespace saathi::sandbox
