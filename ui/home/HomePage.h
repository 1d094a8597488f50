// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/TransactionRecord.h"
#include "core/util/Money.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace saathi {
struct CounterServices;
}

namespace saathi::ui {

class DayGlance;
class OpenRowsBox;
class TillStatus;

// The counter's start screen: big tiles (F1–F6, arrows/Tab to move, Enter to open), the AePS lock (until eKYC
// is done and today's login succeeded) with a button to do what is missing, and the journal's unresolved rows with
// a one-click "Check again", and the day at a glance (DayGlance) from the journal's summary of today. Tile activation
// is only reported (tileActivated); MainWindow routes it.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    enum class Tile { CashWithdrawal, BalanceEnquiry, MiniStatement, AadhaarPay, MoneyTransfer, History };
    Q_ENUM(Tile)
    enum class Lock { Unlocked, NeedsEkyc, NeedsDailyLogin };

    // `services.journal` may be null (no unresolved list then).
    explicit HomePage(CounterServices& services, QWidget* parent = nullptr);

    static QString pageIdFor(Tile tile); // "cashWithdrawal", "balanceEnquiry", … "history"
    static QString tileTitle(Tile tile);
    QPushButton* tileButton(Tile tile) const { return m_tiles.value(int(tile)); }
    // What F1–F6 do (MainWindow's window shortcuts): the tile's click when it is enabled, else nothing.
    void activateTile(Tile tile);

    // `lastLogin`: when the last daily login succeeded (shown with the lock), empty if never.
    void setLock(Lock lock, const QString& lastLogin = {});
    Lock lock() const { return m_lock; }
    // A one-line message on the page (e.g. "coming soon"); replaced by the next one.
    void showNotice(const QString& text);
    // The same, re-rendered in the new language on a language change.
    void showNotice(std::function<QString()> text);
    void setUnresolvedRows(const QList<journal::TransactionRecord>& rows);
    // Open rows of the journal from before each environment had its own whose origin is unknown: never checked
    // with Eko automatically; listed with their references for the agent to settle with Eko by hand.
    void setRowsToSettleByHand(const QList<journal::TransactionRecord>& rows);

    DayGlance* dayGlance() const { return m_glance; }
    // The till's line with its button (Alt+T); the composition root routes its openRequested().
    TillStatus* tillStatus() const { return m_till; }

public Q_SLOTS:
    // Reads the journal's open rows and today's summary again (also done on JournalService::unresolvedChanged
    // and rowChanged).
    void reloadUnresolved();
    // The agent's E-value, as the header shows it.
    void setWalletBalance(std::optional<saathi::Paise> balance); // nullopt: not known (yet)

    // The money-transfer page is there (the composition root registered it): its tile opens.
    void setMoneyTransferAvailable(bool available);

Q_SIGNALS:
    void tileActivated(saathi::ui::HomePage::Tile tile);
    void ekycRequested();
    void dailyLoginRequested();
    // The agent asked to see the open rows; `since` is the IST day of the oldest.
    void openRowsRequested(const QDate& since);
    // "Close the day…" (issue #19): the day close page.
    void dayCloseRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void renderLock();
    void reloadDay();
    QWidget* buildTiles();
    void updateTiles();
    bool m_moneyTransfer = false;
    void moveFocus(int from, int dRow, int dColumn);

    CounterServices& m_services;
    QList<QPushButton*> m_tiles;
    QLabel* m_lockLabel = nullptr;
    QPushButton* m_lockButton = nullptr;
    QLabel* m_notice = nullptr;
    DayGlance* m_glance = nullptr;
    QPushButton* m_dayCloseButton = nullptr;
    TillStatus* m_till = nullptr;
    OpenRowsBox* m_openRows = nullptr;
    Lock m_lock = Lock::NeedsEkyc;
    QString m_lastLogin;
    std::function<QString()> m_noticeText;
};

} // namespace saathi::ui
