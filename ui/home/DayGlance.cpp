// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/home/DayGlance.h"

#include "ui/home/RupeeText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace saathi::ui {

namespace {

const journal::KindSummary* kindSummary(const journal::DailySummary& summary, journal::TxKind kind)
{
    for (const auto& k : summary.kinds) {
        if (k.kind == kind) {
            return &k;
        }
    }
    return nullptr;
}

} // namespace

DayGlance::DayGlance(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("dayGlance"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("dayGlanceTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    auto* row = new QHBoxLayout;
    row->setSpacing(24);
    layout->addLayout(row);
    const auto add = [this, row](const QString& name) {
        Figure f = addFigure(name);
        auto* column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(f.caption);
        column->addWidget(f.value);
        row->addLayout(column);
        return f;
    };
    m_withdrawals = add(QStringLiteral("withdrawals"));
    m_aadhaarPay = add(QStringLiteral("aadhaarPay"));
    m_transfers = add(QStringLiteral("transfers"));
    m_balanceFigure = add(QStringLiteral("balance"));
    m_commission = add(QStringLiteral("commission"));
    row->addStretch(1);
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("dayGlanceOpenButton"));
    connect(m_openButton, &QPushButton::clicked, this, &DayGlance::openRequested);
    row->addWidget(m_openButton, 0, Qt::AlignVCenter);
    render();
}

DayGlance::Figure DayGlance::addFigure(const QString& name)
{
    Figure f;
    f.caption = new QLabel(this);
    f.caption->setObjectName(name + QStringLiteral("CaptionLabel"));
    f.value = new QLabel(this);
    f.value->setObjectName(name + QStringLiteral("ValueLabel"));
    f.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = f.value->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    f.value->setFont(font);
    return f;
}

void DayGlance::setSummary(const journal::DailySummary& summary)
{
    m_summary = summary;
    render();
}

void DayGlance::setBalance(std::optional<Paise> balance)
{
    m_balance = balance;
    render();
}

void DayGlance::setOpenCount(int count)
{
    m_open = count;
    render();
}

void DayGlance::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        render();
    }
    QFrame::changeEvent(event);
}

void DayGlance::render()
{
    m_title->setText(tr("Today at this counter"));
    // How many went through and the money that moved; failed and open attempts are in History.
    const auto moved = [this](Figure& figure, journal::TxKind kind, const QString& caption) {
        const journal::KindSummary* k = kindSummary(m_summary, kind);
        figure.caption->setText(caption);
        figure.value->setText(
            tr("%n done · %1", nullptr, k ? k->succeeded : 0).arg(rupeeText(k ? k->succeededAmount : Paise {})));
    };
    moved(m_withdrawals, journal::TxKind::AepsWithdrawal, tr("Cash withdrawals"));
    moved(m_aadhaarPay, journal::TxKind::AadhaarPay, tr("Aadhaar Pay"));
    moved(m_transfers, journal::TxKind::DmtTransfer, tr("Money transfers"));
    m_balanceFigure.caption->setText(tr("E-value balance"));
    m_balanceFigure.value->setText(m_balance ? rupeeText(*m_balance) : tr("not known yet"));
    m_commission.caption->setText(tr("Commission today"));
    m_commission.value->setText(rupeeText(m_summary.commission));
    m_openButton->setText(tr("&Unresolved: %1").arg(m_open));
    m_openButton->setToolTip(tr("List the transactions still waiting for Eko's final answer in History"));
    m_openButton->setEnabled(m_open > 0);
}

QString DayGlance::text() const
{
    QStringList lines;
    for (const Figure* f : {&m_withdrawals, &m_aadhaarPay, &m_transfers, &m_balanceFigure, &m_commission}) {
        lines << f->caption->text() + QStringLiteral(": ") + f->value->text();
    }
    lines << QString(m_openButton->text()).remove(QLatin1Char('&'));
    return lines.join(QLatin1Char('\n'));
}

} // namespace saathi::ui
