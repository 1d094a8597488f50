// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/till/TillTypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace saathi {
struct CounterServices;
}

namespace saathi::ui {

class TillCloseForm;
class TillFigures;
class TillMoveForm;
class TillOpenForm;

// The cash till (issue #19), reached from home. With no shift open: who opens it and the opening cash
// (TillOpenForm). With a shift open: the drawer's figures (TillFigures, read again on TillService::figuresChanged),
// cash added or taken out by hand (TillMoveForm), and the close or the hand-over (TillCloseForm). What a close
// recorded stays on the page; after a hand-over it says that AePS waits for the new operator's own daily login and
// offers it (dailyLoginRequested). Talks to TillService and Operators only; every step is asynchronous.
class TillPage : public QWidget
{
    Q_OBJECT
public:
    explicit TillPage(CounterServices& services, QWidget* parent = nullptr);

    bool isBusy() const;
    TillFigures* figures() const { return m_figures; }

public Q_SLOTS:
    // The agent's E-value as last read (nullopt: not known): recorded with an opening and a close, for the day
    // close's E-value at open and close.
    void setWalletBalance(std::optional<saathi::Paise> balance);

Q_SIGNALS:
    void backRequested();
    void dailyLoginRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void render();
    void reloadFigures();
    void onClosed(const till::CloseResult& result);
    void renderNotice();
    void retranslate();
    void proceed();

    CounterServices& m_services;
    QLabel* m_title = nullptr;
    QPushButton* m_back = nullptr;
    QLabel* m_notice = nullptr;
    QPushButton* m_login = nullptr;
    QStackedWidget* m_stack = nullptr;
    TillOpenForm* m_openForm = nullptr;
    QWidget* m_shiftView = nullptr;
    TillFigures* m_figures = nullptr;
    TillMoveForm* m_move = nullptr;
    TillCloseForm* m_close = nullptr;
    std::optional<till::CloseResult> m_lastClose; // shown until the next close
    qint64 m_shownShiftId = -1;
};

} // namespace saathi::ui
