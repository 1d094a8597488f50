// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/home/OpenRowsBox.h"

#include "core/journal/HistoryQuery.h"
#include "ui/home/RupeeText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace saathi::ui {

OpenRowsBox::OpenRowsBox(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("unresolvedTitleLabel"));
    m_checkAgain = new QPushButton(this);
    m_checkAgain->setObjectName(QStringLiteral("checkAgainButton"));
    connect(m_checkAgain, &QPushButton::clicked, this, &OpenRowsBox::checkAgainRequested);
    row->addWidget(m_title, 1);
    row->addWidget(m_checkAgain);
    layout->addLayout(row);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("unresolvedListWidget"));
    // Scrolls rather than growing: with stuck money beside it, home still fits a 768-pixel screen.
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 2);
    layout->addWidget(m_list);
    render();
}

void OpenRowsBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        render();
    }
    QWidget::changeEvent(event);
}

void OpenRowsBox::setOpenRows(const QList<journal::TransactionRecord>& rows)
{
    m_openRows = rows;
    render();
    Q_EMIT countChanged(count());
}

void OpenRowsBox::setRowsToSettleByHand(const QList<journal::TransactionRecord>& rows)
{
    m_byHandRows = rows;
    render();
    Q_EMIT countChanged(count());
}

void OpenRowsBox::setClockText(std::function<QString(const journal::TransactionRecord&)> clockText)
{
    m_clockText = std::move(clockText);
    render();
}

QDate OpenRowsBox::oldestIstDay() const
{
    if (m_openRows.isEmpty()) {
        return {};
    }
    qint64 oldest = m_openRows.first().createdAtMs;
    for (const auto& row : m_openRows) {
        oldest = std::min(oldest, row.createdAtMs);
    }
    return journal::history::istDayOf(oldest);
}

void OpenRowsBox::render()
{
    m_checkAgain->setText(tr("Check again"));
    const auto describe = [this](const journal::TransactionRecord& row) {
        QString line = journal::history::istDisplayTime(row.createdAtMs) + QStringLiteral("  ·  ")
            + journal::displayName(row.kind);
        if (row.amount.value != 0) {
            line += QStringLiteral("  ") + rupeeText(row.amount);
        }
        line += QStringLiteral("  ·  ") + journal::displayName(row.state) + QStringLiteral("  ·  ") + row.clientRefId;
        if (!row.tid.isEmpty()) {
            line += QStringLiteral("  ·  TID ") + row.tid;
        }
        if (const QString clock = m_clockText ? m_clockText(row) : QString(); !clock.isEmpty()) {
            line += QStringLiteral("  ·  ") + clock;
        }
        return line;
    };
    m_list->clear();
    for (const auto& row : std::as_const(m_openRows)) {
        m_list->addItem(describe(row));
    }
    for (const auto& row : std::as_const(m_byHandRows)) {
        m_list->addItem(
            tr("Check with Eko by hand (sent before each environment had its own journal): %1").arg(describe(row)));
    }
    m_title->setText(tr("Transactions waiting for Eko's final answer: %1").arg(count()));
    setVisible(count() > 0);
}

} // namespace saathi::ui
