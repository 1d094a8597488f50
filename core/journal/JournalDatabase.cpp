// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/journal/JournalDatabase.h"

#include "core/journal/JournalErrors.h"
#include "core/journal/SqliteFailure.h"
#include "core/logging/LogCategories.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace saathi::journal {

namespace {

QAtomicInteger<quint64> g_connectionCounter;

Error openError(const QString& code, const QString& path, const QString& detail)
{
    if (code == QLatin1String(kDiskFullCode)) {
        return diskFullError(detail);
    }
    if (code == QLatin1String("journal.corrupt")) {
        return Error {code,
                      QCoreApplication::translate("Journal",
                                                  "The transaction journal %1 is damaged. Do not delete it: copy "
                                                  "it for support and contact your distributor before starting "
                                                  "transactions.")
                          .arg(QDir::toNativeSeparators(path)),
                      detail};
    }
    if (code == QLatin1String("journal.not_durable")) {
        return Error {code,
                      QCoreApplication::translate("Journal",
                                                  "The transaction journal cannot be stored safely on this drive. "
                                                  "Move Saathi's data folder to the computer's internal disk."),
                      detail};
    }
    return Error {code,
                  QCoreApplication::translate("Journal",
                                              "The transaction journal %1 cannot be opened. Check that the disk "
                                              "is not full and the folder is writable, then restart Saathi.")
                      .arg(QDir::toNativeSeparators(path)),
                  detail};
}

} // namespace

JournalDatabase::~JournalDatabase()
{
    close();
}

QString JournalDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.sqlite");
}

Error JournalDatabase::open(const QString& path, const Options& options)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return openError(QStringLiteral("journal.open_failed"), path, QStringLiteral("cannot create the folder"));
    }
    m_connectionName = QStringLiteral("saathi.journal.%1").arg(++g_connectionCounter);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        const bool full = sqlite::classify(error, m_db.driver(), path) == sqlite::Failure::DiskFull;
        close();
        return openError(full ? QString::fromLatin1(kDiskFullCode) : QStringLiteral("journal.open_failed"), path,
                         error.text());
    }
    // Only the agent's account may read the journal (it holds customers' mobiles).
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    Error e;
    for (const char* pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA secure_delete=ON"}) {
        e = exec(QString::fromLatin1(pragma));
        if (!e.isNull()) {
            // "file is not a database" lands here for a damaged header; a full disk (the -shm index cannot grow)
            // or an unreadable file is not damage.
            const QString detail = e.detail;
            const QString code
                = e.code == QLatin1String("journal.sql") ? QStringLiteral("journal.open_failed") : e.code;
            close();
            return openError(code, path, detail);
        }
    }
    auto settings = readDurability();
    if (!settings || settings.value().journalMode != QLatin1String("wal") || settings.value().synchronous != 2
        || !settings.value().foreignKeys || settings.value().secureDelete != 1) {
        const QString detail = settings ? QStringLiteral("journal_mode=%1 synchronous=%2 foreign_keys=%3 "
                                                         "secure_delete=%4")
                                              .arg(settings.value().journalMode)
                                              .arg(settings.value().synchronous)
                                              .arg(settings.value().foreignKeys)
                                              .arg(settings.value().secureDelete)
                                        : settings.error().detail;
        close();
        return openError(QStringLiteral("journal.not_durable"), path, detail);
    }
    if (options.integrityCheck) {
        QSqlQuery q(m_db);
        QString result;
        if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()) {
            result = q.value(0).toString();
        } else if (const auto failure = sqlite::classify(q.lastError(), m_db.driver(), path);
                   failure != sqlite::Failure::Corrupt) {
            const QString detail = q.lastError().text();
            close();
            return openError(failure == sqlite::Failure::DiskFull ? QString::fromLatin1(kDiskFullCode)
                                                                  : QStringLiteral("journal.open_failed"),
                             path, detail);
        } else {
            result = q.lastError().text();
        }
        if (result != QLatin1String("ok")) {
            close();
            return openError(QStringLiteral("journal.corrupt"), path, QStringLiteral("integrity_check: ") + result);
        }
    }
    return Error();
}

void JournalDatabase::close()
{
    if (m_connectionName.isEmpty()) {
        return;
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

Result<DurabilitySettings> JournalDatabase::readDurability()
{
    DurabilitySettings s;
    QSqlQuery q(m_db);
    auto read = [&](const char* pragma) -> QVariant {
        if (q.exec(QString::fromLatin1(pragma)) && q.next()) {
            return q.value(0);
        }
        return QVariant();
    };
    const QVariant mode = read("PRAGMA journal_mode");
    if (!mode.isValid()) {
        return openError(QStringLiteral("journal.open_failed"), m_path, q.lastError().text());
    }
    s.journalMode = mode.toString().toLower();
    s.synchronous = read("PRAGMA synchronous").toInt();
    s.foreignKeys = read("PRAGMA foreign_keys").toInt() == 1;
    s.secureDelete = read("PRAGMA secure_delete").toInt();
    return s;
}

Error JournalDatabase::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        qCWarning(lcJournal) << "journal statement failed:" << q.lastError().text();
        switch (sqlite::classify(q.lastError(), m_db.driver(), m_path)) {
        case sqlite::Failure::DiskFull:
            return diskFullError(q.lastError().text());
        case sqlite::Failure::Corrupt:
            return Error {QStringLiteral("journal.corrupt"), QString(), q.lastError().text()};
        case sqlite::Failure::Other:
            break;
        }
        return Error {QStringLiteral("journal.sql"), QString(), q.lastError().text()};
    }
    return Error();
}

} // namespace saathi::journal
