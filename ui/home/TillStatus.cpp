// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/home/TillStatus.h"

#include "core/counter/CounterServices.h"
#include "core/till/TillService.h"
#include "ui/form/FormKit.h"
#include "ui/form/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace saathi::ui {

TillStatus::TillStatus(CounterServices& services, QWidget* parent)
    : QFrame(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("tillStatusFrame"));
    m_label = FormKit::textLabel(this, QStringLiteral("tillStatusLabel"));
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("tillButton"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &TillStatus::openRequested);
    if (services.till) {
        connect(services.till, &till::TillService::shiftChanged, this, &TillStatus::reload);
        connect(services.till, &till::TillService::figuresChanged, this, &TillStatus::reload);
    }
    setVisible(services.till != nullptr);
    render();
}

void TillStatus::reload()
{
    if (!m_services.till || !m_services.till->currentShift()) {
        m_expected.reset();
        render();
        return;
    }
    render(); // the operator at once; the expected cash when the report is read
    m_services.till->report().then(this, [this](const Result<till::ShiftReport>& report) {
        if (report) {
            m_expected = report.value().expectedCash;
            render();
        }
    });
}

void TillStatus::render()
{
    const auto shift = m_services.till ? m_services.till->currentShift() : std::nullopt;
    if (!shift) {
        m_label->setText(tr("Till not open — open it before the first customer."));
        Theme::setTone(m_label, Tone::Notice);
    } else {
        m_label->setText(m_expected
                             ? tr("Till: %1 · expected %2").arg(shift->operatorName, FormKit::rupees(*m_expected))
                             : tr("Till: %1").arg(shift->operatorName));
        Theme::setTone(m_label, Tone::Normal);
    }
    m_button->setText(tr("Cash &till"));
}

QString TillStatus::text() const
{
    return m_label->text();
}

void TillStatus::showEvent(QShowEvent* event)
{
    reload(); // a transaction may have moved the drawer while home was hidden
    QFrame::showEvent(event);
}

void TillStatus::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        render();
    }
    QFrame::changeEvent(event);
}

} // namespace saathi::ui
