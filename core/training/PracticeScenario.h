// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/TransactionRecord.h"
#include "core/training/TrainingGuide.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace saathi::training {

// The practice scenarios started from the home screen in training.
enum class Scenario { FingerMismatch, BankDown, PendingThenSuccess, DmtSplit, Refund };

// What the practice world must do before the scenario starts (the training environment does it in its sandbox).
enum class Setup {
    None, // the scenario's amount alone is enough (the practice bank's magic amounts)
    FingerMismatchOnce, // the next AePS request is refused as "the finger does not match"
};

// How a scenario went, from the journal's rows alone.
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
    // What the agent is asked to do, with the practice world's values (`samples`).
    static QString instructions(Scenario scenario, const Samples& samples);
    static Setup setup(Scenario scenario);
    // `rows`: the rows made since the scenario started, oldest first, each in its latest state.
    static Verdict judge(Scenario scenario, const Samples& samples, const QList<journal::TransactionRecord>& rows);
    // Failed fingers in a row after which NPCI may block the customer's Aadhaar for the day.
    static constexpr int kFingerBlockAttempts = 3;
};

} // namespace saathi::training
