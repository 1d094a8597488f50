// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/training/Practice.h"

#include "core/journal/HistoryQuery.h"
#include "core/journal/JournalService.h"
#include "core/util/Clock.h"

#include <algorithm>

namespace saathi::training {

namespace {
constexpr int kRowsToJudge = 200; // far more than one scenario makes
}

Practice::Practice(Guide guide, const Clock& clock, Arm arm, QObject* parent)
    : QObject(parent)
    , m_guide(std::move(guide))
    , m_clock(clock)
    , m_arm(std::move(arm))
{
}

void Practice::setJournal(journal::JournalService* journal)
{
    if (m_journal) {
        disconnect(m_journal, nullptr, this, nullptr);
    }
    m_journal = journal;
    if (m_journal) {
        connect(m_journal, &journal::JournalService::rowChanged, this, &Practice::refresh);
    }
}

void Practice::start(Scenario scenario)
{
    ++m_generation;
    m_current = scenario;
    m_finished.reset();
    m_verdict = {};
    m_events.clear();
    m_startMs = m_clock.nowMs();
    if (m_arm) {
        m_arm(PracticeScenario::setup(scenario));
    }
    Q_EMIT changed();
}

void Practice::stop()
{
    if (!m_current) {
        return;
    }
    ++m_generation;
    m_current.reset();
    if (m_arm) {
        m_arm(Setup::None); // nothing armed for a scenario is left for the next customer
    }
    Q_EMIT changed();
}

QString Practice::activeInstructions() const
{
    return m_current ? PracticeScenario::instructions(*m_current, m_guide.samples()) : QString();
}

void Practice::note(const PracticeEvent& event)
{
    if (!m_current) {
        return;
    }
    m_events.append(event);
    if (m_events.last().atMs == 0) {
        m_events.last().atMs = m_clock.nowMs();
    }
    refresh();
}

void Practice::finish(const Verdict& verdict)
{
    if (!verdict.isFinal()) {
        return;
    }
    m_finished = m_current;
    m_current.reset();
    m_verdict = verdict;
    if (m_arm) {
        m_arm(Setup::None);
    }
    Q_EMIT changed();
}

void Practice::refresh()
{
    if (!m_current) {
        return;
    }
    if (!m_journal) {
        finish(PracticeScenario::judge(*m_current, m_guide.samples(), {}, m_events)); // the events alone
        return;
    }
    journal::HistoryFilter filter;
    filter.fromMs = m_startMs;
    const int generation = m_generation;
    m_journal->history(filter, kRowsToJudge).then(this, [this, generation](const Result<journal::HistoryPage>& page) {
        if (generation != m_generation || !m_current || !page) {
            return;
        }
        QList<journal::TransactionRecord> rows = page.value().rows;
        std::reverse(rows.begin(), rows.end()); // oldest first
        finish(PracticeScenario::judge(*m_current, m_guide.samples(), rows, m_events));
    });
}

} // namespace saathi::training
