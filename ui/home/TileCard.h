// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "ui/home/HomePage.h"

class QPushButton;

namespace saathi::ui {

// Makes a home tile a card: large bold type, the kind's SVG icon (crisp at any scale), and the style sheet's tile
// role with the kind's colour (resources/theme/saathi.qss). The text (title, F-key, why it is locked) stays
// HomePage's; the focus ring and the grey dashed locked look come from the style sheet.
void makeTileCard(QPushButton* button, HomePage::Tile tile);

} // namespace saathi::ui
