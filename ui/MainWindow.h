// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "ui/PageIds.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

class QCloseEvent;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace saathi::ui {

class HomePage;
class TrainingBanner;

// The counter's one window: the training banner, a header (agent, E-value balance, unresolved-transaction badge),
// a stack of pages registered by id, and a status line for Eko and the device. Keyboard: F1–F6 open the home tiles
// while the home page shows, Esc goes back (through the page's back handler when it has one, else home), Ctrl+,
// (and the header's Settings button) asks for the settings page.
// Pages are plain widgets; the composition root (app/) registers them, e.g.
//   window.registerPage(QStringLiteral("cashWithdrawal"), new CashWithdrawalPage(services, &window));
// A home tile whose page is not registered yet says so inline on the home page.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(bool trainingMode, QWidget* parent = nullptr);
    // The training banner shows only while the counter talks to the embedded sandbox.
    void setTrainingMode(bool training);
    bool trainingMode() const;
    // A text on screen that is said again in the new language after a switch (a closure over tr() or a typed
    // Error's message).
    using Text = std::function<QString()>;
    // A standing one-line notice under the header (e.g. the keychain is missing); empty hides it.
    void setNotice(const Text& text);
    void setNotice(const QString& text);
    // One line per service the counter depends on (Eko, the fingerprint device), as the app learns them.
    void setServiceStatus(const Text& text);
    void setServiceStatus(const QString& text);
    void setAgent(const QString& agentName, const QString& userCode, const QString& shopName);
    // The E-value balance as text ("₹5,000.00"), or empty while unknown.
    void setBalanceText(const QString& text);
    void setUnresolvedCount(int count);

    // The home page (registered as pages::kHome); its tiles are routed to the pages registered for them.
    void setHomePage(HomePage* home);
    HomePage* homePage() const { return m_home; }
    // Takes ownership. Registering an id again replaces the earlier page.
    void registerPage(const QString& id, QWidget* page);
    bool hasPage(const QString& id) const { return m_pages.contains(id); }
    QWidget* page(const QString& id) const { return m_pages.value(id); }
    // False (and nothing changes) when no page has that id.
    bool showPage(const QString& id);
    void showHome();
    QString currentPageId() const;
    // What Esc does on the page `id` (e.g. cancel a capture first); without one, Esc shows the home page.
    void setBackHandler(const QString& id, std::function<void()> handler);
    // Esc: the current page's back handler, or home.
    void goBack();
    // Asked on every close (the window's button, Alt+F4, close()); false refuses it (kiosk mode).
    void setCloseGuard(std::function<bool(QCloseEvent*)> guard) { m_closeGuard = std::move(guard); }

Q_SIGNALS:
    void pageChanged(const QString& id);
    void unresolvedBadgeClicked();
    void settingsRequested();
    void deviceRequested(); // the fingerprint device wizard

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildHeader(QWidget* parent);
    void routeTile(int tile);
    void retranslate();

    TrainingBanner* m_banner = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_agent = nullptr;
    QLabel* m_balance = nullptr;
    QPushButton* m_badge = nullptr;
    QPushButton* m_settingsButton = nullptr;
    QPushButton* m_deviceButton = nullptr;
    QLabel* m_notice = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_status = nullptr;
    HomePage* m_home = nullptr;
    QHash<QString, QWidget*> m_pages;
    QHash<QString, std::function<void()>> m_backHandlers;
    std::function<bool(QCloseEvent*)> m_closeGuard;
    int m_unresolved = 0;
    Text m_noticeText;
    Text m_statusText;
    QString m_agentName;
    QString m_userCode;
    QString m_shopName;
    QString m_balanceText;
    void showAgent();
};

} // namespace saathi::ui
