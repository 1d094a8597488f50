// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/claims/StuckMoneyBox.h"

#include "core/claims/ClaimService.h"
#include "core/counter/CounterServices.h"
#include "core/journal/HistoryQuery.h"
#include "core/util/Clock.h"
#include "ui/form/FormKit.h"
#include "ui/home/RupeeText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace saathi::ui {

StuckMoneyBox::StuckMoneyBox(CounterServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("stuckMoneyBox"));
    m_title = FormKit::textLabel(this, QStringLiteral("stuckMoneyTitleLabel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("stuckMoneyListWidget"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 3);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 2); // scrolls rather than making home taller
    m_mobile = new QLineEdit(this);
    m_mobile->setObjectName(QStringLiteral("stuckMobileLineEdit"));
    m_mobile->setMaxLength(10);
    m_mobile->setInputMethodHints(Qt::ImhDigitsOnly);
    m_mobileLabel = FormKit::fieldLabel(m_mobile, QStringLiteral("stuckMobileLabel"));
    m_answer = FormKit::textLabel(this, QStringLiteral("stuckAnswerLabel"));
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* lookup = new QHBoxLayout;
    lookup->addWidget(m_mobileLabel);
    lookup->addWidget(m_mobile);
    lookup->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    layout->addLayout(lookup);
    layout->addWidget(m_answer);
    connect(m_mobile, &QLineEdit::textChanged, this, &StuckMoneyBox::lookUp);
    if (m_services.claims) {
        connect(m_services.claims, &claims::ClaimService::changed, this, &StuckMoneyBox::reload);
        connect(m_services.claims, &claims::ClaimService::changed, this, &StuckMoneyBox::lookUp);
    }
    setVisible(m_services.claims != nullptr);
    render();
    reload();
}

QString StuckMoneyBox::clockText(const journal::TransactionRecord& row) const
{
    if (!m_services.claims || !m_services.clock || !m_services.claims->rules().ruleFor(row)) {
        return {};
    }
    const auto stuck = claims::StuckMoney::fromRow(row, m_services.claims->rules(), m_services.clock->nowMs());
    return stuck ? claims::StuckMoney::clockText(*stuck) : QString();
}

void StuckMoneyBox::reload()
{
    if (!m_services.claims) {
        return;
    }
    m_services.claims->toChase().then(this, [this](const Result<QList<claims::StuckRow>>& rows) {
        m_rows.clear();
        for (const claims::StuckRow& row : rows.ok() ? rows.value() : QList<claims::StuckRow>()) {
            if (!journal::needsInquiry(row.row.state)) { // the open ones are in the open-rows box
                m_rows.append(row);
            }
        }
        render();
        Q_EMIT reloaded();
    });
}

void StuckMoneyBox::lookUp()
{
    const QString mobile = m_mobile->text().trimmed();
    const int lookup = ++m_lookup;
    m_looked = false;
    m_customerRows.clear();
    if (mobile.size() != 10 || !m_services.claims) {
        renderAnswer();
        return;
    }
    m_services.claims->forMobile(mobile).then(this, [this, lookup](const Result<QList<claims::StuckRow>>& rows) {
        if (lookup != m_lookup) {
            return;
        }
        m_looked = true;
        m_lookupError = rows.ok() ? Error() : rows.error();
        m_customerRows = rows.ok() ? rows.value() : QList<claims::StuckRow>();
        renderAnswer();
        Q_EMIT answered();
    });
}

void StuckMoneyBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        render();
    }
    QWidget::changeEvent(event);
}

void StuckMoneyBox::render()
{
    m_title->setText(
        tr("Failed transactions: the customer's bank must reverse any debit by the deadline: %1").arg(m_rows.size()));
    m_mobileLabel->setText(tr("Customer asking about their money? M&obile:"));
    m_mobile->setPlaceholderText(tr("10-digit mobile number"));
    m_list->clear();
    for (const claims::StuckRow& s : std::as_const(m_rows)) {
        m_list->addItem(journal::history::istDisplayTime(s.row.createdAtMs) + QStringLiteral("  ·  ")
                        + journal::displayName(s.row.kind) + QStringLiteral("  ") + rupeeText(s.row.amount)
                        + QStringLiteral("  ·  ") + s.row.clientRefId + QStringLiteral("  ·  ")
                        + claims::StuckMoney::clockText(s));
    }
    m_title->setVisible(!m_rows.isEmpty());
    m_list->setVisible(!m_rows.isEmpty());
    renderAnswer();
}

void StuckMoneyBox::renderAnswer()
{
    QStringList lines;
    if (m_looked && !m_lookupError.isNull()) {
        lines << m_lookupError.userMessage;
    } else if (m_looked && m_customerRows.isEmpty()) {
        lines << tr("Nothing of this customer's is stuck or was stuck in the last 60 days.");
    }
    for (const claims::StuckRow& s : std::as_const(m_customerRows)) {
        lines << claims::StuckMoney::tellCustomer(s); // in the counter's language, read out to the customer
    }
    m_answer->setText(lines.join(QLatin1Char('\n')));
    m_answer->setVisible(!lines.isEmpty());
}

} // namespace saathi::ui
