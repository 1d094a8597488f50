// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/TransactionRecord.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace saathi::ui {

// The home screen's list of transactions still waiting for Eko's final answer, with a one-click "Check again"
// (checkAgainRequested), and the rows of an old single journal to settle with Eko by hand. Hidden while empty.
class OpenRowsBox : public QWidget
{
    Q_OBJECT
public:
    explicit OpenRowsBox(QWidget* parent = nullptr);

    void setOpenRows(const QList<journal::TransactionRecord>& rows);
    void setRowsToSettleByHand(const QList<journal::TransactionRecord>& rows);
    // Issue #19: each open row's turnaround clock ("Day 2 of 5 · due back by 8 Dec") at the end of its line.
    void setClockText(std::function<QString(const journal::TransactionRecord&)> clockText);
    int count() const { return int(m_openRows.size() + m_byHandRows.size()); }
    // The IST day of the oldest open row (invalid when there is none).
    QDate oldestIstDay() const;

Q_SIGNALS:
    void checkAgainRequested();
    void countChanged(int count);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QLabel* m_title = nullptr;
    QPushButton* m_checkAgain = nullptr;
    QListWidget* m_list = nullptr;
    QList<journal::TransactionRecord> m_openRows;
    QList<journal::TransactionRecord> m_byHandRows;
    std::function<QString(const journal::TransactionRecord&)> m_clockText;
};

} // namespace saathi::ui
