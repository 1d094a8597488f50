// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/aeps/AepsTransaction.h"

#include <QAbstractTableModel>

namespace saathi::ui {

// The customer's mini statement rows: date, debit/credit, amount (Indian grouping), narration.
class MiniStatementModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, TypeColumn, AmountColumn, NarrationColumn, ColumnCount };

    explicit MiniStatementModel(QObject* parent = nullptr);
    void setEntries(const QList<aeps::MiniStatementEntry>& entries);
    // The language changed: headers and Credit/Debit are asked for again (the owning page calls this).
    void retranslate();
    const QList<aeps::MiniStatementEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<aeps::MiniStatementEntry> m_entries;
};

} // namespace saathi::ui
