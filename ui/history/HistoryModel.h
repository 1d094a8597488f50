// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/TransactionRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace saathi {
struct CounterServices;
}

namespace saathi::ui {

// Journal rows for the history table, newest first, one page appended after another. Read-only. With the counter's
// services, the Due column shows a stuck row's turnaround clock (issue #19: "Day 2 of 5 · due back by 8 Dec").
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Kind, Amount, Customer, State, Due, Reference, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    explicit HistoryModel(const CounterServices& services, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<journal::TransactionRecord>& rows);
    void appendRows(const QList<journal::TransactionRecord>& rows);
    const journal::TransactionRecord& record(int row) const { return m_rows.at(row); }
    // The language changed: headers and the kind/state names are asked for again (the page calls this).
    void retranslate();

private:
    // The row's turnaround clock, empty when no rule covers it (no claims service: always empty).
    QString clockText(const journal::TransactionRecord& row, bool* overdue = nullptr) const;

    const CounterServices* m_services = nullptr;
    QList<journal::TransactionRecord> m_rows;
};

} // namespace saathi::ui
