// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QHash>
#include <QMainWindow>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace saathi::ui {

class HomePage;
class TrainingBanner;

// The counter's one window: the training banner, a header (agent, E-value balance, unresolved-transaction badge),
// a stack of pages registered by id, and a status line for Eko and the device. Esc goes back to the home page.
// Pages are plain widgets; the composition root (app/) registers them, e.g.
//   window.registerPage(QStringLiteral("cashWithdrawal"), new CashWithdrawalPage(services, &window));
// A home tile whose page is not registered yet says so inline on the home page.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    static inline const QString kHomePageId = QStringLiteral("home");

    explicit MainWindow(bool trainingMode, QWidget* parent = nullptr);
    // One line per service the counter depends on (Eko, the fingerprint device), as the app learns them.
    void setServiceStatus(const QString& text);
    void setAgent(const QString& agentName, const QString& userCode, const QString& shopName);
    // The E-value balance as text ("₹5,000.00"), or empty while unknown.
    void setBalanceText(const QString& text);
    void setUnresolvedCount(int count);

    // The home page (registered as kHomePageId); its tiles are routed to the pages registered for them.
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

Q_SIGNALS:
    void pageChanged(const QString& id);
    void unresolvedBadgeClicked();

protected:
    void changeEvent(QEvent* event) override;

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
    QStackedWidget* m_stack = nullptr;
    QLabel* m_status = nullptr;
    HomePage* m_home = nullptr;
    QHash<QString, QWidget*> m_pages;
    int m_unresolved = 0;
};

} // namespace saathi::ui
