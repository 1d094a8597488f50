// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/support/SupportFileWriter.h"

#include "core/journal/JournalPaths.h"

#include <QDateTime>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace saathi::support {

SupportFileWriter::SupportFileWriter(QSettings& settings, QString journalBase, QString logDirectory, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_journalBase(std::move(journalBase))
    , m_logDirectory(std::move(logDirectory))
{
    connect(&m_watcher, &QFutureWatcher<Error>::finished, this,
            [this] { Q_EMIT saved(m_path, m_watcher.future().resultCount() > 0 ? m_watcher.result() : Error {}); });
}

QString SupportFileWriter::suggestedFileName()
{
    return QStringLiteral("saathi-support-%1.json")
        .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

bool SupportFileWriter::save(const QString& path)
{
    if (busy()) {
        return false;
    }
    m_path = path;
    SupportBundleInputs inputs;
    inputs.settings = snapshotSettings(m_settings);
    inputs.logDirectory = m_logDirectory;
    for (EkoEnvironment env : {EkoEnvironment::Training, EkoEnvironment::Uat, EkoEnvironment::Production}) {
        inputs.journals.append({env, journal::JournalPaths::forEnvironment(m_journalBase, env)});
    }
    m_watcher.setFuture(QtConcurrent::run([inputs, path] { return writeSupportBundle(inputs, path); }));
    return true;
}

} // namespace saathi::support
