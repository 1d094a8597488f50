// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/preflight/AnswerClassifier.h"

#include "core/eko/EkoEnvelope.h"
#include "core/logging/LogCategories.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace saathi::preflight {

namespace {

constexpr std::array<std::pair<Conclusion, const char*>, 5> kNames {{
    {Conclusion::BankWorked, "bank_worked"},
    {Conclusion::NotLinked, "not_linked"},
    {Conclusion::LimitExhausted, "limit_exhausted"},
    {Conclusion::BiometricMismatch, "biometric_mismatch"},
    {Conclusion::AgentLoginNeeded, "agent_login_needed"},
}};

// A list of integers, or absent; false when it is there but is not a list of integers.
bool readInts(const QJsonObject& rule, const QString& key, QList<int>* out)
{
    const QJsonValue v = rule.value(key);
    if (v.isUndefined()) {
        return true;
    }
    if (!v.isArray()) {
        return false;
    }
    for (const QJsonValue& item : v.toArray()) {
        if (!item.isDouble()) {
            return false;
        }
        out->append(item.toInt());
    }
    return true;
}

} // namespace

Answer answerOf(const eko::EkoEnvelope& envelope)
{
    Answer a;
    if (envelope.hasStatus) {
        a.status = envelope.status;
        a.responseTypeId = envelope.responseTypeId;
    }
    a.txStatus = envelope.integer(QStringLiteral("tx_status"), -1);
    QStringList parts;
    for (const QString& part :
         {envelope.text(QStringLiteral("reason")), envelope.text(QStringLiteral("comment")), envelope.message}) {
        if (!part.trimmed().isEmpty()) {
            parts.append(part.trimmed());
        }
    }
    a.reason = parts.join(QStringLiteral(" | "));
    return a;
}

Answer answerFromBody(const QByteArray& body, const QString& extraReason)
{
    Answer a;
    if (const auto envelope = eko::parseEnvelope(body); envelope.ok()) {
        a = answerOf(envelope.value());
    }
    if (!extraReason.trimmed().isEmpty() && !a.reason.contains(extraReason.trimmed())) {
        a.reason
            = a.reason.isEmpty() ? extraReason.trimmed() : a.reason + QStringLiteral(" | ") + extraReason.trimmed();
    }
    return a;
}

QString AnswerClassifier::conclusionName(Conclusion conclusion)
{
    for (const auto& [c, name] : kNames) {
        if (c == conclusion) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

Conclusion AnswerClassifier::conclusionFromName(const QString& name)
{
    for (const auto& [c, wire] : kNames) {
        if (name == QLatin1String(wire)) {
            return c;
        }
    }
    return Conclusion::NoConclusion;
}

AnswerClassifier AnswerClassifier::fromJson(const QByteArray& json, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error) {
            *error = why;
        }
        return AnswerClassifier();
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(QStringLiteral("not a JSON object: %1").arg(parseError.errorString()));
    }
    const QJsonValue rules = doc.object().value(QStringLiteral("rules"));
    if (!rules.isArray()) {
        return fail(QStringLiteral("no \"rules\" list"));
    }
    AnswerClassifier classifier;
    int index = 0;
    for (const QJsonValue& value : rules.toArray()) {
        const QJsonObject object = value.toObject();
        Rule rule;
        rule.conclusion = conclusionFromName(object.value(QStringLiteral("conclusion")).toString());
        if (rule.conclusion == Conclusion::NoConclusion) {
            return fail(QStringLiteral("rule %1: unknown conclusion").arg(index));
        }
        if (!readInts(object, QStringLiteral("codes"), &rule.codes)
            || !readInts(object, QStringLiteral("tx_status"), &rule.txStatuses)) {
            return fail(QStringLiteral("rule %1: codes and tx_status must be lists of numbers").arg(index));
        }
        for (const QJsonValue& phrase : object.value(QStringLiteral("phrases")).toArray()) {
            if (!phrase.isString() || phrase.toString().trimmed().isEmpty()) {
                return fail(QStringLiteral("rule %1: a phrase is not a text").arg(index));
            }
            rule.phrases.append(phrase.toString().toLower());
        }
        if (rule.codes.isEmpty() && rule.phrases.isEmpty()) {
            return fail(QStringLiteral("rule %1: needs codes or phrases").arg(index)); // it would match everything
        }
        classifier.m_rules.append(rule);
        ++index;
    }
    if (error) {
        error->clear();
    }
    return classifier;
}

const AnswerClassifier& AnswerClassifier::builtIn()
{
    static const AnswerClassifier classifier = [] {
        QFile file(QStringLiteral(":/saathi/eko/answer-classes.json"));
        QString error;
        AnswerClassifier c = file.open(QIODevice::ReadOnly) ? fromJson(file.readAll(), &error) : AnswerClassifier();
        if (c.ruleCount() == 0) {
            qCWarning(lcJournal) << "answer classes not loaded:" << (error.isEmpty() ? file.errorString() : error);
        }
        return c;
    }();
    return classifier;
}

namespace {
std::optional<AnswerClassifier>& installed()
{
    static std::optional<AnswerClassifier> rules; // set at start-up only (useFile), before any flow runs
    return rules;
}
} // namespace

const AnswerClassifier& AnswerClassifier::active()
{
    return installed() ? *installed() : builtIn();
}

Error AnswerClassifier::useFile(const QString& path)
{
    if (path.isEmpty()) {
        installed().reset();
        return {};
    }
    QFile file(path);
    QString why;
    AnswerClassifier rules = file.open(QIODevice::ReadOnly) ? fromJson(file.readAll(), &why) : AnswerClassifier();
    if (rules.ruleCount() == 0) {
        return Error {QStringLiteral("preflight.answer_classes"),
                      QCoreApplication::translate("Preflight",
                                                  "The answer classes file could not be used; the built-in rules "
                                                  "stay in use. Check the file named in the settings."),
                      QStringLiteral("%1: %2").arg(path, why.isEmpty() ? file.errorString() : why)};
    }
    installed() = std::move(rules);
    return {};
}

Conclusion AnswerClassifier::classify(const Answer& answer) const
{
    const QString reason = answer.reason.toLower();
    for (const Rule& rule : m_rules) {
        if (!rule.codes.isEmpty() && !rule.codes.contains(answer.status)
            && !rule.codes.contains(answer.responseTypeId)) {
            continue;
        }
        if (!rule.txStatuses.isEmpty() && !rule.txStatuses.contains(answer.txStatus)) {
            continue;
        }
        if (!rule.phrases.isEmpty()
            && std::none_of(rule.phrases.cbegin(), rule.phrases.cend(),
                            [&reason](const QString& phrase) { return reason.contains(phrase); })) {
            continue;
        }
        return rule.conclusion;
    }
    return Conclusion::NoConclusion;
}

} // namespace saathi::preflight
