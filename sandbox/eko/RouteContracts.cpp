// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "RouteContracts.h"

namespace saathi::sandbox {

RouteContracts::RouteContracts(eko::EndpointCatalogue catalogue)
    : m_catalogue(std::move(catalogue))
{
    static const QRegularExpression placeholder(QStringLiteral("\\{[a-z_]+\\}"));
    for (const QString& name : m_catalogue.operations()) {
        const eko::Endpoint* e = m_catalogue.find(name);
        const QString path = QLatin1Char('/') + e->version + e->pathTemplate;
        QString regex = QStringLiteral("^");
        qsizetype literal = 0;
        qsizetype at = 0;
        auto it = placeholder.globalMatch(path);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString text = path.mid(at, m.capturedStart() - at);
            regex += QRegularExpression::escape(text) + QStringLiteral("[^/]+");
            literal += text.size();
            at = m.capturedEnd();
        }
        regex += QRegularExpression::escape(path.mid(at)) + QLatin1Char('$');
        literal += path.size() - at;
        m_compiled.append({*e, QRegularExpression(regex), literal});
    }
}

const eko::Endpoint* RouteContracts::match(const QByteArray& method, const QString& path) const
{
    const Compiled* best = nullptr;
    for (const Compiled& c : m_compiled) {
        if (c.endpoint.method == method && c.pattern.match(path).hasMatch()
            && (!best || c.literalLength > best->literalLength)) {
            best = &c;
        }
    }
    return best ? &best->endpoint : nullptr;
}

} // namespace saathi::sandbox
