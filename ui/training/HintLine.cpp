// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/training/HintLine.h"

#include "core/counter/CounterServices.h"
#include "core/training/Practice.h"
#include "ui/form/Theme.h"

#include <QEvent>

namespace saathi::ui {

HintLine::HintLine(const CounterServices& services, training::Step step, QWidget* parent)
    : QLabel(parent)
    , m_services(services)
    , m_step(step)
    , m_practice(services.practice)
{
    setObjectName(QStringLiteral("trainingHintLabel"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("QLabel { %1 padding: 6px; }").arg(Theme::labelStyle(Tone::Training)));
    if (m_practice) {
        connect(m_practice, &training::Practice::changed, this, &HintLine::render);
    }
    render();
}

void HintLine::setStep(training::Step step)
{
    m_step = step;
    render();
}

void HintLine::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        render();
    }
    QLabel::changeEvent(event);
}

void HintLine::render()
{
    // The pages of a world are rebuilt with it: the guide read here is this world's (null outside training).
    const training::Guide* guide = m_services.guide;
    QStringList lines;
    if (m_practice && !m_practice->activeInstructions().isEmpty()) {
        lines << m_practice->activeInstructions();
    }
    if (guide) {
        const QString hint = guide->hint(m_step);
        if (!hint.isEmpty()) {
            lines << hint;
        }
    }
    setText(guide ? lines.join(QLatin1Char('\n')) : QString());
    setVisible(guide && !lines.isEmpty());
}

} // namespace saathi::ui
