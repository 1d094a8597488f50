// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/training/PracticeScenario.h"
#include "core/training/TrainingGuide.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace saathi {
class Clock;
namespace journal {
class JournalService;
}
} // namespace saathi

namespace saathi::training {

// Training's guide and its practice scenarios, owned by the training world (null in CounterServices elsewhere).
// Starting a scenario asks the world to set itself up (`arm`: the sandbox's fault), then judges the journal's rows
// made since the start each time a transaction ends or a row changes, until the verdict is final.
class Practice : public QObject
{
    Q_OBJECT
public:
    using Arm = std::function<void(Setup)>;
    Practice(Guide guide, const Clock& clock, Arm arm, QObject* parent = nullptr);

    const Guide& guide() const { return m_guide; }
    // The journal the rows are read from (the counter's, reopened on the training file); judged again on its
    // rowChanged (the reconciler's answers, "Check again").
    void setJournal(journal::JournalService* journal);

    void start(Scenario scenario);
    // Leaves the scenario without a verdict.
    void stop();
    std::optional<Scenario> current() const { return m_current; }
    // The last finished scenario and its verdict (until the next one starts).
    std::optional<Scenario> finishedScenario() const { return m_finished; }
    const Verdict& verdict() const { return m_verdict; }
    // What the hints say on every step while a scenario runs; empty when none does.
    QString activeInstructions() const;

public Q_SLOTS:
    // A transaction ended (or a row changed): read the rows since the start and judge them.
    void refresh();
    // The counter noticed something that leaves no row (issue #18): kept for the running scenario's judge, which
    // judges again. Reported by the AePS flow's pre-flight step (its stops and warnings), the capture's quality gate,
    // the daily login and merchant authentication (the agent's own finger) and the device wizard's test capture.
    void note(const saathi::training::PracticeEvent& event);

Q_SIGNALS:
    // A scenario started, stopped or finished.
    void changed();

private:
    void finish(const Verdict& verdict); // a final verdict ends the scenario; any other changes nothing

    Guide m_guide;
    const Clock& m_clock;
    Arm m_arm;
    QPointer<journal::JournalService> m_journal;
    std::optional<Scenario> m_current;
    std::optional<Scenario> m_finished;
    Verdict m_verdict;
    QList<PracticeEvent> m_events; // since the start, oldest first
    qint64 m_startMs = 0;
    int m_generation = 0; // answers for an earlier start are ignored
};

} // namespace saathi::training
