// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>

// Every page of the main window, named once: the composition root registers and routes by these, the home tiles
// open them, and tests read them back from MainWindow::currentPageId().
namespace saathi::ui::pages {

inline const QString kHome = QStringLiteral("home");
inline const QString kCashWithdrawal = QStringLiteral("cashWithdrawal");
inline const QString kBalanceEnquiry = QStringLiteral("balanceEnquiry");
inline const QString kMiniStatement = QStringLiteral("miniStatement");
inline const QString kAadhaarPay = QStringLiteral("aadhaarPay");
inline const QString kMoneyTransfer = QStringLiteral("moneyTransfer");
inline const QString kHistory = QStringLiteral("history");
inline const QString kSettings = QStringLiteral("settings");
inline const QString kOnboarding = QStringLiteral("onboarding");
inline const QString kGoLive = QStringLiteral("goLive");
inline const QString kDailyLogin = QStringLiteral("dailyLogin");
inline const QString kEkyc = QStringLiteral("ekyc");
inline const QString kDevice = QStringLiteral("device");
inline const QString kDayClose = QStringLiteral("dayClose");
inline const QString kTill = QStringLiteral("till");

} // namespace saathi::ui::pages
