// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/claims/ClaimRules.h"

#include "core/logging/LogCategories.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace saathi::claims {

namespace {

constexpr int kMaxReversalDays = 90;

Error badRules(const QString& detail)
{
    return Error {QStringLiteral("claims.bad_rules"),
                  QCoreApplication::translate("ClaimRules",
                                              "The turnaround rules file could not be used. Check the file named in "
                                              "the settings (claims/rules), or remove the setting to use the "
                                              "built-in rules."),
                  detail};
}

// A non-empty list of names that `parse` knows; false otherwise.
template<typename T, typename Parse>
bool readNames(const QJsonValue& value, Parse parse, QList<T>* out)
{
    if (!value.isArray() || value.toArray().isEmpty()) {
        return false;
    }
    for (const QJsonValue& item : value.toArray()) {
        T parsed {};
        if (!item.isString() || !parse(item.toString(), &parsed)) {
            return false;
        }
        out->append(parsed);
    }
    return true;
}

Result<ClaimRule> ruleFrom(const QJsonObject& object, int index)
{
    const auto fail
        = [index](const QString& why) { return badRules(QStringLiteral("rule %1: %2").arg(index).arg(why)); };
    ClaimRule rule;
    rule.id = object.value(QStringLiteral("id")).toString().trimmed();
    if (rule.id.isEmpty()) {
        return fail(QStringLiteral("no id"));
    }
    if (!readNames<journal::TxKind>(object.value(QStringLiteral("kinds")), journal::parseKind, &rule.kinds)) {
        return fail(QStringLiteral("\"kinds\" must be a list of journal kinds"));
    }
    if (!readNames<journal::TxState>(object.value(QStringLiteral("states")), journal::parseState, &rule.states)) {
        return fail(QStringLiteral("\"states\" must be a list of journal states"));
    }
    const QJsonValue days = object.value(QStringLiteral("reversal_days"));
    const QJsonValue perDay = object.value(QStringLiteral("compensation_per_day_paise"));
    if (!days.isDouble() || days.toDouble() != days.toInt() || days.toInt() < 0 || days.toInt() > kMaxReversalDays) {
        return fail(QStringLiteral("\"reversal_days\" must be a whole number from 0 to %1").arg(kMaxReversalDays));
    }
    if (!perDay.isDouble() || perDay.toDouble() != static_cast<double>(perDay.toInteger()) || perDay.toInteger() < 0) {
        return fail(QStringLiteral("\"compensation_per_day_paise\" must be a whole number of paise"));
    }
    rule.reversalDays = days.toInt();
    rule.compensationPerDay = Paise {perDay.toInteger()};
    rule.source = object.value(QStringLiteral("source")).toString().trimmed();
    const QJsonObject text = object.value(QStringLiteral("text")).toObject();
    for (auto it = text.begin(); it != text.end(); ++it) {
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
            return fail(QStringLiteral("text \"%1\" is not a text").arg(it.key()));
        }
        rule.text.insert(it.key(), it.value().toString().trimmed());
    }
    if (rule.source.isEmpty() || !rule.text.contains(QStringLiteral("en"))) {
        return fail(QStringLiteral("needs a \"source\" and an English \"text\""));
    }
    return rule;
}

} // namespace

Result<ClaimRules> ClaimRules::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return badRules(QStringLiteral("not a JSON object: %1").arg(parseError.errorString()));
    }
    const QJsonValue list = doc.object().value(QStringLiteral("rules"));
    if (!list.isArray() || list.toArray().isEmpty()) {
        return badRules(QStringLiteral("no \"rules\" list"));
    }
    ClaimRules rules;
    int index = 0;
    for (const QJsonValue& value : list.toArray()) {
        auto rule = ruleFrom(value.toObject(), index++);
        if (!rule) {
            return rule.error();
        }
        rules.m_rules.append(rule.value());
    }
    return rules;
}

Result<ClaimRules> ClaimRules::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return badRules(QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    auto rules = fromJson(file.read(1 << 20));
    if (!rules) {
        Error e = rules.error();
        e.detail = path + QStringLiteral(": ") + e.detail;
        return e;
    }
    return rules;
}

ClaimRules ClaimRules::builtIn()
{
    static const ClaimRules rules = [] {
        auto loaded = load(QStringLiteral(":/saathi/claims/turnaround-rules.json"));
        if (!loaded) {
            qCWarning(lcJournal) << "turnaround rules not loaded:" << loaded.error().detail;
            return ClaimRules();
        }
        return loaded.value();
    }();
    return rules;
}

const ClaimRule* ClaimRules::ruleFor(const journal::TransactionRecord& row) const
{
    for (const ClaimRule& rule : m_rules) {
        if (rule.kinds.contains(row.kind) && rule.states.contains(row.state)) {
            return &rule;
        }
    }
    return nullptr;
}

const ClaimRule* ClaimRules::ruleForKind(journal::TxKind kind) const
{
    for (const ClaimRule& rule : m_rules) {
        if (rule.kinds.contains(kind)) {
            return &rule;
        }
    }
    return nullptr;
}

ClaimClock ClaimRules::clock(const ClaimRule& rule, qint64 createdAtMs, qint64 nowMs)
{
    ClaimClock c;
    c.transactionDay = QDateTime::fromMSecsSinceEpoch(createdAtMs, Clock::istZone()).date();
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Clock::istZone()).date();
    c.deadline = c.transactionDay.addDays(rule.reversalDays);
    c.daysSince = static_cast<int>(c.transactionDay.daysTo(today));
    c.daysLeft = static_cast<int>(today.daysTo(c.deadline));
    return c;
}

} // namespace saathi::claims
