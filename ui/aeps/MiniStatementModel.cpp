// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/aeps/MiniStatementModel.h"

#include "core/receipt/Receipt.h"
#include "ui/form/Theme.h"

#include <QFont>

namespace saathi::ui {

MiniStatementModel::MiniStatementModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MiniStatementModel::setEntries(const QList<aeps::MiniStatementEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void MiniStatementModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_entries.size()) - 1, ColumnCount - 1),
                           {Qt::DisplayRole});
    }
}

int MiniStatementModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int MiniStatementModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MiniStatementModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || index.column() >= ColumnCount) {
        return {};
    }
    const aeps::MiniStatementEntry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return e.date;
        case TypeColumn:
            return e.credit ? tr("Credit") : tr("Debit");
        case AmountColumn:
            return receipt::Receipt::formatRupees(e.amount);
        case NarrationColumn:
            return e.narration;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    // Credit and debit by colour as well as by word (the Type column), amounts bold.
    if (role == Qt::ForegroundRole && (index.column() == TypeColumn || index.column() == AmountColumn)) {
        return Theme::foreground(e.credit ? Tone::Success : Tone::Error);
    }
    if (role == Qt::FontRole && index.column() == AmountColumn) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant MiniStatementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TypeColumn:
        return tr("Type");
    case AmountColumn:
        return tr("Amount");
    case NarrationColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace saathi::ui
