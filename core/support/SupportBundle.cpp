// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/support/SupportBundle.h"

#include "core/journal/JournalEnvironment.h"
#include "core/journal/JournalSchema.h"
#include "core/journal/JournalStore.h"
#include "core/journal/JournalTypes.h"
#include "core/logging/Redactor.h"
#include "core/util/Clock.h"
#include "saathi/Version.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSqlQuery>
#include <QSysInfo>

#include <openssl/crypto.h>

namespace saathi::support {

namespace {

QString isoUtc(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs) : QString();
}

QJsonObject versions()
{
    QJsonObject v;
    v[QStringLiteral("saathi")] = QStringLiteral(SAATHI_VERSION);
    v[QStringLiteral("qt_runtime")] = QString::fromLatin1(qVersion());
    v[QStringLiteral("qt_build")] = QStringLiteral(QT_VERSION_STR);
    v[QStringLiteral("openssl")] = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    v[QStringLiteral("os")] = QSysInfo::prettyProductName();
    v[QStringLiteral("kernel")] = QString(QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion());
    v[QStringLiteral("cpu")] = QSysInfo::currentCpuArchitecture();
    return v;
}

QJsonObject settingsMinusSecrets(const QList<std::pair<QString, QString>>& settings)
{
    QJsonObject out;
    for (const auto& [key, value] : settings) {
        out[key] = isSecretSettingsKey(key) ? QStringLiteral("[removed]") : redact::text(value);
    }
    return out;
}

QJsonObject openRow(const journal::TransactionRecord& r)
{
    QJsonObject o;
    o[QStringLiteral("client_ref_id")] = r.clientRefId;
    o[QStringLiteral("kind")] = journal::wireName(r.kind);
    o[QStringLiteral("state")] = journal::wireName(r.state);
    o[QStringLiteral("amount_paise")] = double(r.amount.value);
    o[QStringLiteral("created_at")] = isoUtc(r.createdAtMs);
    o[QStringLiteral("updated_at")] = isoUtc(r.updatedAtMs);
    o[QStringLiteral("tid")] = r.tid;
    o[QStringLiteral("rrn")] = r.rrn;
    o[QStringLiteral("inquiries")] = r.attempts;
    o[QStringLiteral("eko_host")] = r.ekoHost;
    return o;
}

QJsonObject journalSummary(const SupportBundleInputs::Journal& j, int openRowsLimit)
{
    QJsonObject out;
    out[QStringLiteral("environment")] = journal::wireName(j.environment);
    out[QStringLiteral("path")] = QDir::toNativeSeparators(j.path);
    const QFileInfo info(j.path);
    out[QStringLiteral("exists")] = info.exists();
    if (!info.exists()) {
        return out; // opening would create it
    }
    out[QStringLiteral("bytes")] = double(info.size());
    journal::JournalStore::Options options;
    options.environment = j.environment;
    auto store = journal::JournalStore::open(j.path, SystemClock::instance(), options);
    if (!store) {
        out[QStringLiteral("error")] = redact::text(store.error().code + QStringLiteral(": ") + store.error().detail);
        return out;
    }
    journal::JournalStore& s = *store.value();
    if (auto version = journal::schema::version(s.database())) {
        out[QStringLiteral("schema_version")] = version.value();
    }
    if (auto d = s.durability()) {
        out[QStringLiteral("journal_mode")] = d.value().journalMode;
        out[QStringLiteral("synchronous")] = d.value().synchronous;
    }
    QJsonObject counts;
    QSqlQuery q(s.database());
    if (q.exec(QStringLiteral("SELECT state, COUNT(*) FROM transactions GROUP BY state"))) {
        while (q.next()) {
            counts[q.value(0).toString()] = q.value(1).toInt();
        }
    }
    out[QStringLiteral("rows_by_state")] = counts;
    if (auto open = s.openRows(j.environment)) {
        QJsonArray rows;
        for (const journal::TransactionRecord& r : open.value()) {
            if (rows.size() >= openRowsLimit) {
                break;
            }
            rows.append(openRow(r));
        }
        out[QStringLiteral("open_rows")] = rows;
        out[QStringLiteral("open_rows_total")] = int(open.value().size());
    }
    if (auto unknown = s.originUnknownOpenRows()) {
        out[QStringLiteral("origin_unknown_open")] = int(unknown.value().size());
    }
    return out;
}

QJsonArray logTails(const QString& directory, qint64 tailBytes)
{
    QJsonArray logs;
    const QDir dir(directory);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.log"), QStringLiteral("*.log.*")}, QDir::Files,
                                                  QDir::Time | QDir::Reversed);
    for (const QFileInfo& info : files) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const qint64 start = qMax<qint64>(0, file.size() - tailBytes);
        file.seek(start);
        QByteArray bytes = file.read(tailBytes);
        if (start > 0) {
            const qsizetype newline = bytes.indexOf('\n');
            bytes = newline >= 0 ? bytes.mid(newline + 1) : QByteArray(); // a cut line would be half a line
        }
        QJsonArray lines;
        for (const QString& line : QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            lines.append(redact::text(line));
        }
        QJsonObject log;
        log[QStringLiteral("file")] = info.fileName();
        log[QStringLiteral("bytes")] = double(info.size());
        log[QStringLiteral("modified")] = info.lastModified().toUTC().toString(Qt::ISODate);
        log[QStringLiteral("truncated")] = start > 0;
        log[QStringLiteral("lines")] = lines;
        logs.append(log);
    }
    return logs;
}

} // namespace

bool isSecretSettingsKey(const QString& key)
{
    static const QRegularExpression secret(
        QStringLiteral("(pin|hash|secret|token|password|passwd|otp|credential|access_key|developer_key|private)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString leaf = key.section(QLatin1Char('/'), -1);
    if (leaf.endsWith(QLatin1String("_file")) || leaf.endsWith(QLatin1String("_path"))) {
        return false;
    }
    return secret.match(key).hasMatch() || leaf.contains(QLatin1String("key"), Qt::CaseInsensitive);
}

QList<std::pair<QString, QString>> snapshotSettings(QSettings& settings)
{
    QList<std::pair<QString, QString>> out;
    const QStringList keys = settings.allKeys();
    for (const QString& key : keys) {
        const QVariant value = settings.value(key);
        out.append({key,
                    value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(','))
                                                             : value.toString()});
    }
    return out;
}

Error writeSupportBundle(const SupportBundleInputs& inputs, const QString& path, qint64* bytesWritten)
{
    const QByteArray bytes = QJsonDocument(buildSupportBundle(inputs)).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return {QStringLiteral("support.not_saved"),
                QCoreApplication::translate("SupportBundle",
                                            "The support file could not be saved there. Choose another folder, or "
                                            "free some disk space."),
                file.errorString()};
    }
    if (bytesWritten) {
        *bytesWritten = bytes.size();
    }
    return {};
}

QJsonObject buildSupportBundle(const SupportBundleInputs& inputs)
{
    QJsonObject bundle;
    bundle[QStringLiteral("format")] = QStringLiteral("saathi-support-bundle/1");
    bundle[QStringLiteral("created")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    bundle[QStringLiteral("versions")] = versions();
    bundle[QStringLiteral("settings")] = settingsMinusSecrets(inputs.settings);
    QJsonArray journals;
    for (const auto& j : inputs.journals) {
        journals.append(journalSummary(j, inputs.openRowsLimit));
    }
    bundle[QStringLiteral("journals")] = journals;
    bundle[QStringLiteral("log_directory")] = QDir::toNativeSeparators(inputs.logDirectory);
    bundle[QStringLiteral("logs")] = logTails(inputs.logDirectory, inputs.logTailBytes);
    return bundle;
}

} // namespace saathi::support
