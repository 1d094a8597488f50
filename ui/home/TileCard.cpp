// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/home/TileCard.h"

#include "ui/form/Theme.h"

#include <QPushButton>

namespace saathi::ui {

namespace {

Icon tileIcon(HomePage::Tile tile)
{
    switch (tile) {
    case HomePage::Tile::CashWithdrawal:
        return Icon::CashWithdrawal;
    case HomePage::Tile::BalanceEnquiry:
        return Icon::BalanceEnquiry;
    case HomePage::Tile::MiniStatement:
        return Icon::MiniStatement;
    case HomePage::Tile::AadhaarPay:
        return Icon::AadhaarPay;
    case HomePage::Tile::MoneyTransfer:
        return Icon::MoneyTransfer;
    case HomePage::Tile::History:
        break;
    }
    return Icon::History;
}

// The card's colour by kind (AePS, Aadhaar Pay, money transfer, history); the title says the kind in words.
QString tileAccent(HomePage::Tile tile)
{
    switch (tile) {
    case HomePage::Tile::AadhaarPay:
        return QStringLiteral("pay");
    case HomePage::Tile::MoneyTransfer:
        return QStringLiteral("transfer");
    case HomePage::Tile::History:
        return QStringLiteral("history");
    default:
        return QStringLiteral("aeps");
    }
}

} // namespace

void makeTileCard(QPushButton* button, HomePage::Tile tile)
{
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    button->setFont(font);
    // Sizes follow the font, so the card scales with the screen's scaling and the agent's font size.
    const int line = button->fontMetrics().height();
    button->setMinimumHeight(line * 4);
    button->setIcon(Theme::icon(tileIcon(tile)));
    button->setIconSize(QSize(line * 2, line * 2));
    Theme::setRole(button, Role::Tile);
    Theme::setStyleProperty(button, "accent", tileAccent(tile));
}

} // namespace saathi::ui
