// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/till/TillFigures.h"

#include "core/journal/JournalTypes.h"
#include "core/util/Clock.h"
#include "ui/form/FormKit.h"
#include "ui/form/Theme.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace saathi::ui {

namespace {

QString signedRupees(Paise amount)
{
    return (amount.value > 0 ? QStringLiteral("+") : QString()) + FormKit::rupees(amount);
}

} // namespace

TillFigures::TillFigures(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("tillFiguresFrame"));
    setFrameShape(QFrame::StyledPanel);
    m_title = FormKit::textLabel(this, QStringLiteral("tillFiguresTitleLabel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_form = new QFormLayout;
    m_operator = addValue(QStringLiteral("tillOperatorValueLabel"));
    m_openedAt = addValue(QStringLiteral("openedAtValueLabel"));
    m_opening = addValue(QStringLiteral("openingCashValueLabel"));
    m_moves = addValue(QStringLiteral("movesTotalValueLabel"));
    m_kinds = addValue(QStringLiteral("kindCashValueLabel"));
    m_expected = addValue(QStringLiteral("expectedCashValueLabel"));
    QFont big = m_expected->font();
    big.setBold(true);
    big.setPointSize(big.pointSize() + 4);
    m_expected->setFont(big);
    m_openRows = FormKit::textLabel(this, QStringLiteral("tillOpenRowsLabel"));
    Theme::setTone(m_openRows, Tone::Notice);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(m_openRows);
    layout->addStretch(1);
    render();
}

QLabel* TillFigures::addValue(const QString& objectName)
{
    auto* value = FormKit::textLabel(this, objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(new QLabel(this), value); // the caption is set in render()
    return value;
}

void TillFigures::setReport(const till::ShiftReport& report)
{
    m_report = report;
    render();
}

void TillFigures::render()
{
    m_title->setText(tr("The drawer now"));
    const auto caption = [this](QLabel* value, const QString& text) {
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(value))) {
            label->setText(text);
        }
    };
    caption(m_operator, tr("Operator"));
    caption(m_openedAt, tr("Opened at"));
    caption(m_opening, tr("Opening cash"));
    caption(m_moves, tr("Added or taken out by hand"));
    caption(m_kinds, tr("Transactions"));
    caption(m_expected, tr("Expected cash in the drawer"));
    if (!m_report) {
        for (QLabel* value : {m_operator, m_openedAt, m_opening, m_moves, m_kinds, m_expected}) {
            value->setText(QStringLiteral("…")); // not read yet
        }
        m_openRows->hide();
        return;
    }
    const till::ShiftReport& r = *m_report;
    m_operator->setText(r.shift.operatorName);
    m_openedAt->setText(tr("%1 IST").arg(QDateTime::fromMSecsSinceEpoch(r.shift.openedAtMs, Clock::istZone())
                                             .toString(QStringLiteral("dd-MM-yyyy HH:mm"))));
    m_opening->setText(FormKit::rupees(r.shift.openingCash));
    m_moves->setText(tr("%1 in %n entry(s)", nullptr, int(r.moves.size())).arg(signedRupees(r.movesTotal)));
    QStringList kinds;
    for (const till::KindCash& kind : r.kinds) {
        QString way;
        switch (kind.direction) {
        case till::CashDirection::In:
            way = tr("cash in %1").arg(signedRupees(kind.cash));
            break;
        case till::CashDirection::Out:
            way = tr("cash out %1").arg(FormKit::rupees(kind.cash));
            break;
        case till::CashDirection::None:
            way = tr("no cash moves");
            break;
        }
        kinds << tr("%1: %2 · %3 · %4")
                     .arg(journal::displayName(kind.kind), QString::number(kind.count), FormKit::rupees(kind.amount),
                          way);
    }
    m_kinds->setText(kinds.isEmpty() ? tr("None yet") : kinds.join(QLatin1Char('\n')));
    m_expected->setText(FormKit::rupees(r.expectedCash));
    m_openRows->setText(tr("%n transaction(s) still wait for Eko's final answer; their cash counts once they succeed.",
                           nullptr, r.openRows));
    m_openRows->setVisible(r.openRows > 0);
}

QString TillFigures::text() const
{
    QStringList lines;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        auto* label = qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        auto* value = qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && value) {
            lines << label->text() + QStringLiteral(": ") + value->text();
        }
    }
    if (m_openRows->isVisibleTo(this)) {
        lines << m_openRows->text();
    }
    return lines.join(QLatin1Char('\n'));
}

void TillFigures::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        render();
    }
    QFrame::changeEvent(event);
}

} // namespace saathi::ui
