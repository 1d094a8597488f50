// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// CounterApp, continued: each environment's own journal file, opened on the journal's worker with the reconciler
// bound to that environment's Eko, after moving the rows of the journal all environments once shared.
#include "app/CounterApp.h"
#include "app/CounterEnvironment.h"
#include "app/TrainingEnvironment.h"
#include "core/journal/JournalService.h"
#include "core/logging/LogCategories.h"
#include "core/reconcile/EkoTransactionInquirer.h"
#include "core/secrets/EkoCredentialStore.h"
#include "core/till/TillService.h"
#include "ui/MainWindow.h"
#include "ui/home/HomePage.h"

#include <QDir>
#include <QFileInfo>

namespace saathi {

void CounterApp::openJournal()
{
    const QString path = m_env->journalPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    // The inquirer asks this environment's Eko only: a row is never inquired against another world.
    m_inquirer = std::make_unique<reconcile::EkoTransactionInquirer>(*m_services.eko);
    m_inquirer->setEnvironment(m_env->kind());
    if (!QFileInfo::exists(m_journalBase)) {
        openJournalFile(path, std::nullopt);
        return;
    }
    // The journal every environment shared before v5: its rows move to the environment that sent them, on the
    // evidence of the user_codes each environment is configured with (the keychain's, training's built-in one).
    const EkoEnvironment kind = m_env->kind();
    auto request = std::make_shared<journal::LegacyMigrationRequest>();
    request->legacyPath = m_journalBase;
    request->userCodesByEnvironment[EkoEnvironment::Training].insert(TrainingEnvironment::builtInUserCode());
    auto pending = std::make_shared<int>(2);
    for (EkoEnvironment live : {EkoEnvironment::Uat, EkoEnvironment::Production}) {
        m_credentials->load(live, this,
                            [this, live, kind, path, request, pending](Result<EkoCredentials> saved, bool found) {
                                if (saved && found && !saved.value().userCode.isEmpty()) {
                                    request->userCodesByEnvironment[live].insert(saved.value().userCode);
                                }
                                if (--*pending == 0 && m_env && m_env->kind() == kind) {
                                    openJournalFile(path, *request);
                                }
                            });
    }
}

void CounterApp::openJournalFile(const QString& path, const std::optional<journal::LegacyMigrationRequest>& migration)
{
    const EkoEnvironment kind = m_env->kind();
    journal::JournalStore::Options options;
    options.environment = kind; // a file of another environment is refused, never written
    m_journal->open(path, options, migration).then(this, [this, kind](const Result<bool>& opened) {
        if (!m_env || m_env->kind() != kind) {
            return; // switched again meanwhile; the newer open wins
        }
        if (!opened) {
            qCWarning(lcApp) << "journal did not open:" << opened.error().detail;
            m_window->setServiceStatus(opened.error().userMessage);
            Q_EMIT journalReady(false);
            return;
        }
        // Rows an earlier run left unresolved (a crash mid-transaction) are inquired at once.
        m_journal->startReconciler(m_inquirer.get());
        m_home->reloadUnresolved();
        m_services.till->refresh(); // this environment's drawer
        Q_EMIT journalReady(true);
    });
}

} // namespace saathi
