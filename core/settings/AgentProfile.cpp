// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/settings/AgentProfile.h"

#include "core/validation/FieldValidators.h"

#include <QCoreApplication>
#include <QSettings>

namespace saathi {

namespace {

QString key(EkoEnvironment env, const char* name)
{
    return QStringLiteral("agent/%1/profile/%2").arg(environmentName(env), QLatin1String(name));
}

QString clean(const QString& text)
{
    return text.simplified();
}

// Printable text of a sensible length: it is printed on receipts, so no control characters.
bool plausible(const QString& text, int min, int max)
{
    if (text.size() < min || text.size() > max) {
        return false;
    }
    for (const QChar c : text) {
        if (!c.isPrint()) {
            return false;
        }
    }
    return true;
}

Error fieldError(const char* code, const char* text)
{
    return Error {QString::fromLatin1(code), QCoreApplication::translate("AgentProfile", text), {}};
}

} // namespace

AgentProfile AgentProfile::load(const QSettings& settings, EkoEnvironment env)
{
    AgentProfile p;
    p.agentName = settings.value(key(env, "agent_name")).toString();
    p.shopName = settings.value(key(env, "shop_name")).toString();
    p.shopAddress = settings.value(key(env, "shop_address")).toString();
    p.agentMobile = settings.value(key(env, "agent_mobile")).toString();
    return p;
}

Error AgentProfile::check() const
{
    if (!plausible(clean(agentName), 2, 60)) {
        return fieldError("profile.agent_name",
                          QT_TRANSLATE_NOOP("AgentProfile",
                                            "Enter the agent's name as it should appear on receipts (2–60 letters)."));
    }
    if (!plausible(clean(shopName), 2, 60)) {
        return fieldError(
            "profile.shop_name",
            QT_TRANSLATE_NOOP("AgentProfile", "Enter the shop's name as it should appear on receipts (2–60 letters)."));
    }
    if (!plausible(clean(shopAddress), 5, 160)) {
        return fieldError("profile.shop_address",
                          QT_TRANSLATE_NOOP("AgentProfile", "Enter the shop's address (5–160 characters)."));
    }
    if (!agentMobile.isEmpty() && !validate::mobile(agentMobile).valid) {
        return fieldError(
            "profile.agent_mobile",
            QT_TRANSLATE_NOOP("AgentProfile", "The agent's mobile number has 10 digits and starts with 6, 7, 8 or 9."));
    }
    return {};
}

Error AgentProfile::save(QSettings& settings, EkoEnvironment env) const
{
    if (Error e = check(); !e.isNull()) {
        return e;
    }
    settings.setValue(key(env, "agent_name"), clean(agentName));
    settings.setValue(key(env, "shop_name"), clean(shopName));
    settings.setValue(key(env, "shop_address"), clean(shopAddress));
    settings.setValue(key(env, "agent_mobile"),
                      agentMobile.isEmpty() ? QString() : validate::mobile(agentMobile).normalized);
    settings.sync();
    return {};
}

} // namespace saathi
