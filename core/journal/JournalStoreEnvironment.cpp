// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// JournalStore, the environment rules (issue #12): one file per Eko environment, rows stamped with where they went.
#include "core/journal/JournalEnvironment.h"
#include "core/journal/JournalStore.h"
#include "core/journal/SqlUtil.h"
#include "core/logging/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>

namespace saathi::journal {

namespace {

Error wrongEnvironmentFile(const QString& path, EkoEnvironment tag, EkoEnvironment wanted)
{
    return Error {QStringLiteral("journal.wrong_environment"),
                  QCoreApplication::translate("Journal",
                                              "The transaction journal %1 belongs to the %2 environment, not to %3. "
                                              "Saathi keeps one journal per environment: switch back to %2, or "
                                              "open the %3 journal.")
                      .arg(QDir::toNativeSeparators(path), environmentName(tag), environmentName(wanted)),
                  QStringLiteral("file tagged %1, opened as %2").arg(wireName(tag), wireName(wanted))};
}

Error legacyFile(const QString& path, EkoEnvironment wanted, qint64 rows)
{
    return Error {QStringLiteral("journal.legacy_file"),
                  QCoreApplication::translate("Journal",
                                              "The transaction journal %1 holds transactions from before Saathi "
                                              "kept one journal per environment, so it cannot be used as the %2 "
                                              "journal. Saathi moves its transactions into each environment's "
                                              "journal when it starts (or run saathi-cli journal migrate); open "
                                              "the %2 journal instead.")
                      .arg(QDir::toNativeSeparators(path), environmentName(wanted)),
                  QStringLiteral("untagged file with %1 rows not stamped %2").arg(rows).arg(wireName(wanted))};
}

} // namespace

Error JournalStore::checkEnvironment()
{
    const auto readTag = [this](std::optional<EkoEnvironment>* tag) -> Error {
        QSqlQuery q(database());
        if (!q.exec(QStringLiteral("SELECT value FROM journal_meta WHERE key = 'environment'"))) {
            return sql::storeError(q);
        }
        if (q.next()) {
            *tag = environmentFromWireName(q.value(0).toString());
            if (!*tag) {
                return sql::storeError(QStringLiteral("unknown environment tag '%1'").arg(q.value(0).toString()));
            }
        }
        return Error();
    };
    std::optional<EkoEnvironment> tag;
    if (Error e = readTag(&tag); !e.isNull()) {
        return e;
    }
    const std::optional<EkoEnvironment> wanted = m_options.environment;
    if (!wanted || tag) {
        if (wanted && *tag != *wanted) {
            return wrongEnvironmentFile(path(), *tag, *wanted);
        }
        m_environment = tag;
        return Error();
    }
    // Untagged: claim it only if no row could belong elsewhere (a new file, or one whose rows all went to `wanted`).
    if (Error e = begin(); !e.isNull()) {
        return e;
    }
    if (Error e = readTag(&tag); !e.isNull() || tag) { // another process tagged it meanwhile
        rollback();
        if (!e.isNull()) {
            return e;
        }
        if (*tag != *wanted) {
            return wrongEnvironmentFile(path(), *tag, *wanted);
        }
        m_environment = tag;
        return Error();
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT count(*) FROM transactions WHERE environment IS NULL OR environment <> ?"));
    q.addBindValue(wireName(*wanted));
    if (!q.exec() || !q.next()) {
        rollback();
        return sql::storeError(q);
    }
    const qint64 foreign = q.value(0).toLongLong();
    q.finish();
    if (foreign > 0) {
        rollback();
        return legacyFile(path(), *wanted, foreign);
    }
    QSqlQuery tagIt(database());
    tagIt.prepare(QStringLiteral("INSERT INTO journal_meta (key, value) VALUES ('environment', ?)"));
    tagIt.addBindValue(wireName(*wanted));
    if (!tagIt.exec()) {
        rollback();
        return sql::storeError(tagIt);
    }
    if (Error e = commit(); !e.isNull()) {
        return e;
    }
    qCInfo(lcJournal) << "journal" << path() << "tagged" << wireName(*wanted);
    m_environment = wanted;
    return Error();
}

Result<std::optional<EkoEnvironment>> JournalStore::environmentFor(const PrepareRequest& r) const
{
    if (r.environment && m_environment && *r.environment != *m_environment) {
        return Error {QStringLiteral("journal.wrong_environment"),
                      QCoreApplication::translate("Journal",
                                                  "This transaction is for the %1 environment, but the open journal "
                                                  "belongs to %2. Nothing was sent. Restart Saathi in the %1 "
                                                  "environment.")
                          .arg(environmentName(*r.environment), environmentName(*m_environment)),
                      QStringLiteral("request %1, journal %2").arg(wireName(*r.environment), wireName(*m_environment))};
    }
    std::optional<EkoEnvironment> env = m_environment ? m_environment : r.environment;
    if (!env) {
        env = environmentForHost(r.ekoHost); // an untagged store without a caller's word: the host it goes to
    }
    const std::optional<EkoEnvironment> host = publicEkoEnvironment(r.ekoHost);
    if (env && host && *host != *env) {
        return Error {QStringLiteral("journal.wrong_environment"),
                      QCoreApplication::translate("Journal",
                                                  "This transaction would go to Eko's %1 server, but the open "
                                                  "journal belongs to %2. Nothing was sent. Check the environment "
                                                  "in Settings.")
                          .arg(environmentName(*host), environmentName(*env)),
                      QStringLiteral("host %1 is %2, journal %3").arg(r.ekoHost, wireName(*host), wireName(*env))};
    }
    return env;
}

} // namespace saathi::journal
