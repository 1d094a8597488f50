// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// CounterApp, continued: moving the counter from one environment to another. The next world is built and
// prepared beside the current one; once it is ready the pages that hold a client or a device are rebuilt on it, the
// journal reopens on its file, and the old world (with training's servers) is destroyed after its pages.
#include "app/CounterApp.h"
#include "app/CounterEnvironment.h"
#include "core/agent/AgentSession.h"
#include "core/eko/EkoClient.h"
#include "core/journal/JournalService.h"
#include "core/journal/JournalStore.h"
#include "core/logging/LogCategories.h"
#include "core/reconcile/EkoTransactionInquirer.h"
#include "core/settings/AppSettings.h"
#include "core/settings/EnvironmentProfile.h"
#include "ui/MainWindow.h"

namespace saathi {

namespace {

// Money rows the current world still owes an answer on: leaving would leave them without their Eko.
QList<journal::TransactionRecord> unresolvedMoney(const QList<journal::TransactionRecord>& rows)
{
    QList<journal::TransactionRecord> owed;
    for (const auto& row : rows) {
        if (journal::isMoneyMoving(row.kind)
            && (journal::isUnresolved(row.state) || row.state == journal::TxState::RefundPending)) {
            owed.append(row);
        }
    }
    return owed;
}

} // namespace

void CounterApp::requestEnvironment(EkoEnvironment env, bool supervisorOverride)
{
    if (!m_env || (env == m_env->kind() && !m_nextEnv)) {
        return;
    }
    if (m_journal->hasMoneyInFlight()) {
        m_deferredEnv = env; // after Eko's answer; the guard below runs then
        m_window->setServiceStatus(
            [] { return tr("The Eko environment changes as soon as the transaction in progress ends."); });
        return;
    }
    m_deferredEnv.reset();
    m_journal->run([](journal::JournalStore& store) { return store.openRows(); })
        .then(this, [this, env, supervisorOverride](const Result<QList<journal::TransactionRecord>>& rows) {
            if (!rows) {
                m_window->setServiceStatus(rows.error().userMessage);
                Q_EMIT environmentSwitchRefused(env, {});
                return;
            }
            const auto owed = unresolvedMoney(rows.value());
            if (!owed.isEmpty() && !supervisorOverride) {
                qCInfo(lcApp) << "environment switch refused:" << owed.size() << "unresolved money rows";
                Q_EMIT environmentSwitchRefused(env, owed);
                return;
            }
            if (!owed.isEmpty()) {
                qCWarning(lcApp) << "environment switch by supervisor override with" << owed.size()
                                 << "unresolved money rows; they are reconciled when their environment is back";
            }
            beginSwitch(env);
        });
}

void CounterApp::retryDeferredSwitch()
{
    if (m_deferredEnv && !m_journal->hasMoneyInFlight()) {
        requestEnvironment(*m_deferredEnv);
    }
}

void CounterApp::beginSwitch(EkoEnvironment env)
{
    m_nextEnv = CounterEnvironment::create(env, {m_settings, m_credentials.get(), m_options.clock, m_journalBase});
    m_window->setServiceStatus(
        [env] { return tr("Changing the Eko environment to %1…").arg(EnvironmentProfile::displayName(env)); });
    connect(m_nextEnv.get(), &CounterEnvironment::prepared, this, [this] { finishSwitch(); });
    m_nextEnv->prepare();
}

void CounterApp::finishSwitch()
{
    if (!m_nextEnv || !m_nextEnv->client() || !m_nextEnv->fingerprintDevice()) {
        const QString why = m_nextEnv ? m_nextEnv->problem().userMessage : QString();
        m_nextEnv.reset();
        m_window->setServiceStatus(tr("Still on the earlier Eko environment: %1").arg(why));
        return;
    }
    if (m_journal->hasMoneyInFlight()) { // a request started while the next world was getting ready
        m_deferredEnv = m_nextEnv->kind();
        m_nextEnv.reset();
        return;
    }
    // The old world's pages hold its client and device: they are deleted (later) by registerPage, and the old
    // world after them, so nothing they still touch is gone before them.
    std::unique_ptr<CounterEnvironment> old = std::move(m_env);
    m_env = std::move(m_nextEnv);
    m_appSettings->setEnvironment(m_env->kind());
    m_appSettings->sync();
    m_inquirer.reset(); // the reconciler stops asking the old Eko at once
    useEnvironment();
    buildEnvironmentPages();
    openJournal();
    old.release()->deleteLater();
    qCInfo(lcApp) << "environment now" << environmentName(m_env->kind());
    m_window->setServiceStatus(
        [kind = m_env->kind()] { return tr("Eko environment: %1.").arg(EnvironmentProfile::displayName(kind)); });
    Q_EMIT environmentSwitched(m_env->kind());
    onEnvironmentPrepared(m_env->problem().isNull());
    m_window->showHome();
    checkAgent();
}

} // namespace saathi
