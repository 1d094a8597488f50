// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace saathi::ui {

// The one key policy of every page, installed as an event filter instead of a keyPressEvent pasted into each:
// - Esc cancels what is running (when the page can cancel), else goes back;
// - Enter presses the focused push button, else continues (the page's default action), as in a Qt dialog: on a
//   checkbox it continues, it does not untick it; while the page is busy it is swallowed, so a second Enter never
//   sends a second request. On a dialog (a wizard) the focused button is the dialog's business: Enter continues.
// Keys a child widget takes for itself (a list's Enter, an editor's Esc) never reach the page.
class PageKeys : public QObject
{
    Q_OBJECT

public:
    struct Actions
    {
        std::function<void()> back; // Esc when idle; empty: Esc is left to the parent
        std::function<void()> proceed; // Enter when no button has focus; empty: nothing
        std::function<bool()> busy; // empty: never busy
        std::function<void()> cancel; // Esc while busy; empty: Esc is swallowed while busy
    };

    // Owned by `page`.
    static PageKeys* install(QWidget* page, Actions actions);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    PageKeys(QWidget* page, Actions actions);
    bool isBusy() const;

    QWidget* m_page;
    Actions m_actions;
};

} // namespace saathi::ui
