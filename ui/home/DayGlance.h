// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/DailySummary.h"
#include "core/util/Money.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

namespace saathi::ui {

// The home screen's "today" strip, read from the journal's daily summary: cash withdrawals, Aadhaar Pay and money
// transfers (how many went through and the money that moved), the E-value balance, today's commission, and the
// transactions still waiting for Eko's final answer with a button that lists them (openRequested).
class DayGlance : public QFrame
{
    Q_OBJECT
public:
    explicit DayGlance(QWidget* parent = nullptr);

    void setSummary(const journal::DailySummary& summary);
    void setBalance(std::optional<Paise> balance); // nullopt: not known yet
    void setOpenCount(int count);

    // What the strip says, one figure per line ("Cash withdrawals: 2 · ₹3,000.00"), for tests and screen readers.
    QString text() const;

Q_SIGNALS:
    void openRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Figure
    {
        QLabel* caption = nullptr;
        QLabel* value = nullptr;
    };
    Figure addFigure(const QString& name);
    void render();

    journal::DailySummary m_summary;
    std::optional<Paise> m_balance;
    int m_open = 0;
    Figure m_withdrawals;
    Figure m_aadhaarPay;
    Figure m_transfers;
    Figure m_balanceFigure;
    Figure m_commission;
    QLabel* m_title = nullptr;
    QPushButton* m_openButton = nullptr;
};

} // namespace saathi::ui
