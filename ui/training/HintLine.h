// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/training/TrainingGuide.h"

#include <QLabel>
#include <QPointer>

namespace saathi {
struct CounterServices;
namespace training {
class Practice;
}
} // namespace saathi

namespace saathi::ui {

// Training's hint at the top of a step: what to type in the practice world (CounterServices::guide), and the
// instructions of a practice scenario in progress. Hidden when the services carry no guide (UAT, production), so
// a page puts one at the top of each step and never asks which world it is in. Screen text only: the sample
// numbers it shows are the practice bank's fixtures.
class HintLine : public QLabel
{
    Q_OBJECT
public:
    HintLine(const CounterServices& services, training::Step step, QWidget* parent = nullptr);

    // A page with several steps (money transfer) says which one shows.
    void setStep(training::Step step);
    training::Step step() const { return m_step; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    const CounterServices& m_services;
    training::Step m_step;
    QPointer<training::Practice> m_practice;
};

} // namespace saathi::ui
