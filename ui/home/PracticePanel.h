// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/training/PracticeScenario.h"

#include <QGroupBox>
#include <QMap>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QToolButton;
class QPushButton;

namespace saathi {
struct CounterServices;
namespace training {
class Practice;
}
} // namespace saathi

namespace saathi::ui {

// The home screen's practice scenarios (training only: hidden when CounterServices carries no practice): one
// button per scenario, the one in progress with its instructions and a Stop, and the last one's verdict — done
// right, or what to do next time. Core sets the counter up and judges (training::Practice); this renders it.
class PracticePanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit PracticePanel(CounterServices& services, QWidget* parent = nullptr);

    // The money situations have a button each; the pre-flight checks' (issue #18) are the actions of a menu that a
    // link beside the status opens, so that the panel keeps its size.
    QPushButton* scenarioButton(training::Scenario scenario) const { return m_buttons.value(scenario); }
    QAction* scenarioAction(training::Scenario scenario) const { return m_actions.value(scenario); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // The world may have changed since the last look (the home page shows again after a switch).
    void follow();
    void render();

    CounterServices& m_services;
    QPointer<training::Practice> m_practice;
    QMap<training::Scenario, QPushButton*> m_buttons;
    QMap<training::Scenario, QAction*> m_actions;
    QToolButton* m_preflight = nullptr; // opens m_preflightMenu
    QMenu* m_preflightMenu = nullptr; // holds m_actions
    QLabel* m_status = nullptr;
    QPushButton* m_stop = nullptr;
};

} // namespace saathi::ui
