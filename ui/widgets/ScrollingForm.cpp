// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/widgets/ScrollingForm.h"

#include "ui/form/FormKit.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QVBoxLayout>

namespace saathi::ui {

QFormLayout* scrollingForm(QWidget* page)
{
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("formScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields inside (a focused field scrolls into view)
    // The form is no wider than it needs to be (FormKit::kFormMaxWidth), left-aligned with the page's title.
    auto* holder = new QWidget(scroll);
    auto* row = new QHBoxLayout(holder);
    row->setContentsMargins(0, 0, 0, 0);
    auto* body = new QWidget(holder);
    body->setObjectName(QStringLiteral("formBodyWidget"));
    body->setMaximumWidth(FormKit::kFormMaxWidth);
    row->addWidget(body, 1);
    row->addStretch(0);
    scroll->setWidget(holder);
    outer->addWidget(scroll);
    return new QFormLayout(body);
}

} // namespace saathi::ui
