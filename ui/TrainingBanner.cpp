// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "TrainingBanner.h"

#include "ui/form/Theme.h"

#include <QEvent>

namespace saathi::ui {

TrainingBanner::TrainingBanner(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("trainingBannerLabel"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setStyleSheet(
        QStringLiteral("QLabel { %1 font-weight: bold; padding: 6px; }").arg(Theme::labelStyle(Tone::Training)));
    retranslate();
}

void TrainingBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QLabel::changeEvent(event);
}

void TrainingBanner::retranslate()
{
    setText(tr("Training — practice mode with a built-in Eko sandbox and a simulated fingerprint device. "
               "No real money moves."));
}

} // namespace saathi::ui
