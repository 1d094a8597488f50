// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/support/SupportBundle.h"

#include <QFutureWatcher>
#include <QObject>

namespace saathi::support {

// The support bundle for a screen: "Save a support file" in Settings. The settings are read here (their thread);
// opening the journals, reading the logs and writing the file run on a worker, and saved() comes back here.
class SupportFileWriter : public QObject
{
    Q_OBJECT
public:
    SupportFileWriter(QSettings& settings, QString journalBase, QString logDirectory, QObject* parent = nullptr);

    bool busy() const { return m_watcher.isRunning(); }
    // False while the last one is still being written.
    bool save(const QString& path);
    // A name to suggest: saathi-support-YYYYMMDD-HHMMSS.json
    static QString suggestedFileName();

Q_SIGNALS:
    void saved(const QString& path, const saathi::Error& error);

private:
    QSettings& m_settings;
    QString m_journalBase;
    QString m_logDirectory;
    QString m_path;
    QFutureWatcher<Error> m_watcher;
};

} // namespace saathi::support
