// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/form/Theme.h"

#include <QWidget>

namespace saathi::ui {

QColor Theme::foreground(Tone tone)
{
    switch (tone) {
    case Tone::Normal:
        return {};
    case Tone::Error:
        return QColor(0xb9, 0x1c, 0x1c);
    case Tone::Success:
        return QColor(0x1b, 0x5e, 0x20);
    case Tone::Pending:
        return QColor(0xe6, 0x51, 0x00);
    case Tone::Notice:
        return QColor(0x78, 0x35, 0x0f);
    case Tone::Training:
    case Tone::Alert:
    case Tone::Locked:
        return QColor(Qt::white);
    case Tone::LockedError:
        return QColor(0xfc, 0xa5, 0xa5);
    }
    return {};
}

QColor Theme::background(Tone tone)
{
    switch (tone) {
    case Tone::Notice:
        return QColor(0xfe, 0xf3, 0xc7);
    case Tone::Training:
        return QColor(0xb4, 0x53, 0x09);
    case Tone::Alert:
        return foreground(Tone::Error);
    case Tone::Locked:
        return QColor(0x1e, 0x29, 0x3b);
    default:
        return {};
    }
}

QString Theme::labelStyle(Tone tone)
{
    const QColor fg = foreground(tone);
    if (!fg.isValid()) {
        return {};
    }
    QString style = QStringLiteral("color: %1;").arg(fg.name());
    if (const QColor bg = background(tone); bg.isValid()) {
        style += QStringLiteral(" background: %1;").arg(bg.name());
    }
    return style;
}

void Theme::setTone(QWidget* widget, Tone tone)
{
    widget->setStyleSheet(labelStyle(tone));
}

} // namespace saathi::ui
