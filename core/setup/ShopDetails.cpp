// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/setup/ShopDetails.h"

#include "core/settings/AppSettings.h"
#include "core/validation/FieldValidators.h"

#include <QSettings>

namespace saathi::setup {

namespace {

QString draftKey(EkoEnvironment env, const char* name)
{
    return QStringLiteral("setup/%1/draft/%2").arg(environmentName(env), QLatin1String(name));
}

// AgentProfile::check() names the field in its error code.
ShopDetails::Field fieldOf(const Error& e)
{
    using Field = ShopDetails::Field;
    if (e.code == QLatin1String("profile.agent_name")) {
        return Field::AgentName;
    }
    if (e.code == QLatin1String("profile.shop_name")) {
        return Field::ShopName;
    }
    if (e.code == QLatin1String("profile.shop_address")) {
        return Field::ShopAddress;
    }
    if (e.code == QLatin1String("profile.agent_mobile")) {
        return Field::AgentMobile;
    }
    return Field::None;
}

} // namespace

ShopDetails ShopDetails::prefill(const QSettings& settings, const AppSettings& appSettings, EkoEnvironment env)
{
    ShopDetails d;
    d.profile = AgentProfile::load(settings, env);
    if (d.profile.agentName.isEmpty() && d.profile.shopName.isEmpty()) {
        d.profile.agentName = settings.value(draftKey(env, "agent_name")).toString();
        d.profile.shopName = settings.value(draftKey(env, "shop_name")).toString();
        d.profile.shopAddress = settings.value(draftKey(env, "shop_address")).toString();
        d.profile.agentMobile = settings.value(draftKey(env, "agent_mobile")).toString();
    }
    d.latLong = appSettings.latLong();
    return d;
}

void ShopDetails::rememberDraft(QSettings& settings, EkoEnvironment env, const AgentProfile& draft)
{
    settings.setValue(draftKey(env, "agent_name"), draft.agentName);
    settings.setValue(draftKey(env, "shop_name"), draft.shopName);
    settings.setValue(draftKey(env, "shop_address"), draft.shopAddress);
    settings.setValue(draftKey(env, "agent_mobile"), draft.agentMobile);
    settings.sync();
}

ShopDetails::SaveResult ShopDetails::check() const
{
    if (Error e = profile.check(); !e.isNull()) {
        return {fieldOf(e), e};
    }
    if (const ValidationResult location = validate::latLong(latLong); !location.valid) {
        return {Field::LatLong, Error {QStringLiteral("settings.bad_latlong"), location.message, {}}};
    }
    return {};
}

ShopDetails::SaveResult ShopDetails::save(QSettings& settings, AppSettings& appSettings, EkoEnvironment env) const
{
    if (SaveResult invalid = check(); !invalid.ok()) {
        return invalid; // nothing stored
    }
    if (Error e = profile.save(settings, env); !e.isNull()) {
        return {fieldOf(e), e};
    }
    if (Error e = appSettings.setLatLong(latLong); !e.isNull()) {
        return {Field::LatLong, e};
    }
    settings.remove(QStringLiteral("setup/%1/draft").arg(environmentName(env)));
    appSettings.sync();
    return {};
}

} // namespace saathi::setup
