// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/history/HistoryModel.h"

#include "core/claims/ClaimService.h"
#include "core/counter/CounterServices.h"
#include "core/journal/HistoryQuery.h"
#include "core/util/Clock.h"
#include "ui/form/Theme.h"
#include "ui/home/RupeeText.h"

#include <QDateTime>
#include <QFont>

namespace saathi::ui {

namespace {

// The state's colour; the column always says the state in words too.
Tone toneOf(journal::TxState state)
{
    switch (state) {
    case journal::TxState::Success:
    case journal::TxState::Refunded:
        return Tone::Success;
    case journal::TxState::Failed:
    case journal::TxState::NotSent:
        return Tone::Error;
    case journal::TxState::Pending:
    case journal::TxState::Unknown:
    case journal::TxState::Sent:
    case journal::TxState::RefundPending:
        return Tone::Pending;
    case journal::TxState::Prepared:
        break;
    }
    return Tone::Normal;
}

} // namespace

HistoryModel::HistoryModel(const CounterServices& services, QObject* parent)
    : QAbstractTableModel(parent)
    , m_services(&services)
{
}

QString HistoryModel::clockText(const journal::TransactionRecord& row, bool* overdue) const
{
    if (!m_services || !m_services->claims || !m_services->clock || !m_services->claims->rules().ruleFor(row)) {
        return {};
    }
    const auto stuck = claims::StuckMoney::fromRow(row, m_services->claims->rules(), m_services->clock->nowMs());
    if (overdue) {
        *overdue = stuck && stuck->clock.overdue();
    }
    return stuck ? claims::StuckMoney::clockText(*stuck) : QString();
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) {
        return {};
    }
    const auto& r = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Amount) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && index.column() == Due) {
        bool overdue = false;
        clockText(r, &overdue);
        return overdue ? QVariant(Theme::foreground(Tone::Error)) : QVariant();
    }
    if (role == Qt::ForegroundRole && index.column() == State) {
        const QColor colour = Theme::foreground(toneOf(r.state));
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    if (role == Qt::FontRole && (index.column() == Amount || index.column() == State)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == Time) {
        return journal::history::istDisplayTime(r.createdAtMs);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(index.column())) {
    case Time:
        // Short, in digits (the tooltip has the seconds and the full year).
        return QDateTime::fromMSecsSinceEpoch(r.createdAtMs, Clock::istZone())
            .toString(QStringLiteral("dd-MM-yy HH:mm"));
    case Kind:
        return journal::displayName(r.kind);
    case Amount:
        return r.amount.value == 0 ? QString() : rupeeText(r.amount);
    case Customer:
        return r.customerMobile;
    case State:
        return journal::displayName(r.state);
    case Due:
        return clockText(r);
    case Reference:
        return r.rrn.isEmpty() ? (r.tid.isEmpty() ? r.clientRefId : r.tid) : r.rrn;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Time:
        return tr("Time (IST)");
    case Kind:
        return tr("Transaction");
    case Amount:
        return tr("Amount");
    case Customer:
        return tr("Customer mobile");
    case State:
        return tr("State");
    case Due:
        return tr("Money due back");
    case Reference:
        return tr("Reference");
    case ColumnCount:
        break;
    }
    return {};
}

void HistoryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole});
    }
}

void HistoryModel::setRows(const QList<journal::TransactionRecord>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void HistoryModel::appendRows(const QList<journal::TransactionRecord>& rows)
{
    if (rows.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

} // namespace saathi::ui
