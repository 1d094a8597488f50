// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

class QFormLayout;
class QWidget;

namespace saathi::ui {

// A form that scrolls inside `page` instead of growing it: long forms (onboarding's agent details, AePS
// activation) must fit the 1366×768 screens of shop PCs with large fonts, not push the window past the screen.
QFormLayout* scrollingForm(QWidget* page);

} // namespace saathi::ui
