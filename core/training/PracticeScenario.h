// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/TransactionRecord.h"
#include "core/preflight/Preflight.h"
#include "core/training/TrainingGuide.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace saathi::training {

// The practice scenarios started from the home screen in training. The last five teach the pre-flight step's checks
// (issue #18): a bank that answered "not linked", a bank whose limit is used up today, the customer's 5 withdrawals
// a day, a capture too weak to send, and the agent's strike guard.
enum class Scenario {
    FingerMismatch,
    BankDown,
    PendingThenSuccess,
    DmtSplit,
    Refund,
    BankNotLinked,
    BankLimitToday,
    DailyLimit,
    WeakCapture,
    AgentStrikes,
};

// What the practice world must do before the scenario starts (the training environment does it in its sandbox).
enum class Setup {
    None, // the scenario's amount alone is enough (the practice bank's magic amounts)
    FingerMismatchOnce, // the next AePS request is refused as "the finger does not match"
    WeakCaptureOnce, // the practice device's next capture is too weak for the quality gate
    AgentFingerFailsTwice, // the bank asks for the daily login again, and the agent's finger then fails twice
};

// What the counter noticed that leaves no journal row (issue #18: a warning or stop before the capture journals
// nothing): the pre-flight step's verdicts, a capture the quality gate refused, the agent's own authentications and
// the device wizard's test capture. The counter reports them to Practice::note().
struct PracticeEvent
{
    enum class Kind {
        PreflightStop,
        PreflightWarning,
        CaptureTooWeak,
        AgentAuthFailed,
        AgentAuthPassed,
        DeviceTestPassed
    };
    Kind kind = Kind::PreflightStop;
    preflight::Check check = preflight::Check::AmountLimit; // which check spoke (the pre-flight kinds)
    QString bankCode; // the bank of the transaction the pre-flight step looked at, when it has one
    qint64 atMs = 0; // UTC milliseconds; Practice::note() stamps it when 0
};

// How a scenario went, from the journal's rows (and the counter's events, PracticeEvent).
struct Verdict
{
    enum class Status { InProgress, Right, NextTime };
    Status status = Status::InProgress;
    QString message; // translated: what went right, or what to do next time
    bool isFinal() const { return status != Status::InProgress; }
};

// A scenario's definition and its judge: testable without widgets (the home screen's practice panel renders them).
class PracticeScenario
{
    Q_DECLARE_TR_FUNCTIONS(PracticeScenario)
public:
    static QList<Scenario> all();
    static QString title(Scenario scenario);
    // One of the five that teach the pre-flight step's checks (issue #18).
    static bool teachesPreflight(Scenario scenario) { return int(scenario) >= int(Scenario::BankNotLinked); }
    // What the agent is asked to do, with the practice world's values (`samples`).
    static QString instructions(Scenario scenario, const Samples& samples);
    static Setup setup(Scenario scenario);
    // `rows`: the rows made since the scenario started, oldest first, each in its latest state; `events`: what the
    // counter noticed since then without a row (oldest first).
    static Verdict judge(Scenario scenario, const Samples& samples, const QList<journal::TransactionRecord>& rows,
                         const QList<PracticeEvent>& events = {});
    // Failed fingers in a row after which NPCI may block the customer's Aadhaar for the day.
    static constexpr int kFingerBlockAttempts = 3;

private:
    // The pre-flight scenarios (PreflightScenarios.cpp).
    static QString preflightTitle(Scenario scenario);
    static QString preflightInstructions(Scenario scenario, const Samples& samples);
    static Verdict judgePreflight(Scenario scenario, const Samples& samples,
                                  const QList<journal::TransactionRecord>& rows, const QList<PracticeEvent>& events);
};

} // namespace saathi::training
