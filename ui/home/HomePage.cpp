// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/home/HomePage.h"

#include "core/aeps/AepsCustomerFlow.h"
#include "core/counter/CounterServices.h"
#include "core/journal/DailySummary.h"
#include "core/journal/HistoryQuery.h"
#include "core/journal/JournalService.h"
#include "core/util/Clock.h"
#include "ui/PageIds.h"
#include "ui/claims/StuckMoneyBox.h"
#include "ui/form/PageKeys.h"
#include "ui/home/DayGlance.h"
#include "ui/home/OpenRowsBox.h"
#include "ui/home/PracticePanel.h"
#include "ui/home/TileCard.h"
#include "ui/home/TillStatus.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace saathi::ui {

namespace {

constexpr int kColumns = 3;
constexpr int kTileCount = 6;

bool isAeps(HomePage::Tile tile)
{
    return tile != HomePage::Tile::MoneyTransfer && tile != HomePage::Tile::History;
}

} // namespace

HomePage::HomePage(CounterServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("homePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);

    auto* lockRow = new QHBoxLayout;
    m_lockLabel = new QLabel(this);
    m_lockLabel->setObjectName(QStringLiteral("aepsLockLabel"));
    m_lockLabel->setWordWrap(true);
    m_lockButton = new QPushButton(this);
    m_lockButton->setObjectName(QStringLiteral("aepsUnlockButton"));
    connect(m_lockButton, &QPushButton::clicked, this, [this] {
        if (m_lock == Lock::NeedsEkyc) {
            Q_EMIT ekycRequested();
        } else if (m_lock == Lock::NeedsDailyLogin) {
            Q_EMIT dailyLoginRequested();
        }
    });
    lockRow->addWidget(m_lockLabel, 1);
    lockRow->addWidget(m_lockButton);
    m_till = new TillStatus(services, this); // beside the lock: the tiles keep their height
    lockRow->addWidget(m_till, 1);
    layout->addLayout(lockRow);
    m_glance = new DayGlance(this);
    connect(m_glance, &DayGlance::openRequested, this, [this] {
        if (const QDate since = m_openRows->oldestIstDay(); since.isValid()) {
            Q_EMIT openRowsRequested(since);
        }
    });
    m_dayCloseButton = new QPushButton(this);
    m_dayCloseButton->setObjectName(QStringLiteral("dayCloseButton"));
    connect(m_dayCloseButton, &QPushButton::clicked, this, &HomePage::dayCloseRequested);
    auto* glanceRow = new QHBoxLayout;
    glanceRow->addWidget(m_glance, 1);
    glanceRow->addWidget(m_dayCloseButton, 0, Qt::AlignBottom);
    layout->addLayout(glanceRow);

    layout->addWidget(buildTiles(), 3);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("homeNoticeLabel"));
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);
    m_openRows = new OpenRowsBox(this);
    connect(m_openRows, &OpenRowsBox::countChanged, m_glance, &DayGlance::setOpenCount);
    connect(m_openRows, &OpenRowsBox::checkAgainRequested, this, [this] {
        if (m_services.journal) {
            m_services.journal->reconcileNow(true);
            showNotice([] { return tr("Asking Eko about the unresolved transactions again…"); });
        }
    });
    // Issue #19: failed rows still to chase, the returning customer's lookup, and the open rows' clocks — beside the
    // open rows, so that neither list makes the home screen taller than a 768-pixel screen.
    auto* stuck = new StuckMoneyBox(services, this);
    m_openRows->setClockText([stuck](const journal::TransactionRecord& row) { return stuck->clockText(row); });
    auto* moneyRow = new QHBoxLayout;
    moneyRow->addWidget(m_openRows, 1);
    moneyRow->addWidget(stuck, 1);
    layout->addLayout(moneyRow, 1);
    layout->addWidget(new PracticePanel(services, this)); // training only

    if (m_services.journal) {
        connect(m_services.journal, &journal::JournalService::unresolvedChanged, this, &HomePage::reloadUnresolved);
        // A row that reached its answer changes today's figures.
        connect(m_services.journal, &journal::JournalService::rowChanged, this, &HomePage::reloadDay);
    }
    setLock(Lock::NeedsEkyc);
    PageKeys::install(this, {}); // Enter opens the focused tile; Esc is the window's
    retranslate();
}

void HomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void HomePage::retranslate()
{
    renderLock();
    m_dayCloseButton->setText(tr("Close the &day…"));
    if (m_noticeText) {
        m_notice->setText(m_noticeText());
    }
}

QWidget* HomePage::buildTiles()
{
    auto* box = new QWidget(this);
    auto* grid = new QGridLayout(box);
    grid->setSpacing(16);
    for (int i = 0; i < kTileCount; ++i) {
        const auto tile = Tile(i);
        auto* button = new QPushButton(box);
        button->setObjectName(pageIdFor(tile) + QStringLiteral("TileButton"));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        makeTileCard(button, tile);
        button->installEventFilter(this);
        connect(button, &QPushButton::clicked, this, [this, tile] { Q_EMIT tileActivated(tile); });
        grid->addWidget(button, i / kColumns, i % kColumns);
        m_tiles.append(button);
    }
    return box;
}

QString HomePage::pageIdFor(Tile tile)
{
    switch (tile) {
    case Tile::CashWithdrawal:
        return pages::kCashWithdrawal;
    case Tile::BalanceEnquiry:
        return pages::kBalanceEnquiry;
    case Tile::MiniStatement:
        return pages::kMiniStatement;
    case Tile::AadhaarPay:
        return pages::kAadhaarPay;
    case Tile::MoneyTransfer:
        return pages::kMoneyTransfer;
    case Tile::History:
        break;
    }
    return pages::kHistory;
}

QString HomePage::tileTitle(Tile tile)
{
    switch (tile) {
    case Tile::CashWithdrawal:
        return tr("Cash Withdrawal");
    case Tile::BalanceEnquiry:
        return tr("Balance Enquiry");
    case Tile::MiniStatement:
        return tr("Mini Statement");
    case Tile::AadhaarPay:
        return tr("Aadhaar Pay");
    case Tile::MoneyTransfer:
        return tr("Money Transfer");
    case Tile::History:
        break;
    }
    return tr("History");
}

void HomePage::setLock(Lock lock, const QString& lastLogin)
{
    m_lock = lock;
    m_lastLogin = lastLogin;
    renderLock();
}

void HomePage::renderLock()
{
    const QString last = m_lastLogin.isEmpty() ? QString() : tr(" Last daily login: %1.").arg(m_lastLogin);
    switch (m_lock) {
    case Lock::NeedsEkyc:
        m_lockLabel->setText(tr("AePS is locked: your one-time eKYC (OTP and fingerprint) is not done yet."));
        m_lockButton->setText(tr("Do eKYC now"));
        break;
    case Lock::NeedsDailyLogin:
        m_lockLabel->setText(tr("AePS is locked until today's biometric login succeeds.") + last);
        m_lockButton->setText(tr("Do daily login now"));
        break;
    case Lock::Unlocked:
        m_lockLabel->setText(tr("AePS is ready.") + last);
        break;
    }
    m_lockButton->setVisible(m_lock != Lock::Unlocked);
    updateTiles();
}

void HomePage::setMoneyTransferAvailable(bool available)
{
    m_moneyTransfer = available;
    updateTiles();
}

void HomePage::updateTiles()
{
    for (int i = 0; i < m_tiles.size(); ++i) {
        const auto tile = Tile(i);
        QString text
            = tileTitle(tile) + QStringLiteral("\n") + QKeySequence(Qt::Key_F1 + i).toString(QKeySequence::NativeText);
        bool enabled = true;
        // Aadhaar Pay can be off in this environment (the flow knows; the screen never reads the catalogue).
        const bool offered
            = tile != Tile::AadhaarPay || aeps::AepsCustomerFlow::isOffered(journal::TxKind::AadhaarPay, m_services);
        m_tiles[i]->setVisible(offered);
        if (!offered) {
            enabled = false;
        } else if (tile == Tile::MoneyTransfer && !m_moneyTransfer) {
            enabled = false;
            text += QStringLiteral("\n") + tr("Comes with the money-transfer update");
        } else if (isAeps(tile) && m_lock != Lock::Unlocked) {
            enabled = false;
            text += QStringLiteral("\n") + tr("Locked");
        }
        m_tiles[i]->setText(text);
        m_tiles[i]->setEnabled(enabled);
    }
}

void HomePage::showEvent(QShowEvent* event)
{
    reloadDay(); // the IST day may have turned since the page was last shown
    updateTiles(); // the environment (and with it what is offered) may have changed
    QWidget::showEvent(event);
}

void HomePage::activateTile(Tile tile)
{
    QPushButton* button = tileButton(tile);
    if (button && button->isEnabled()) {
        button->setFocus(Qt::ShortcutFocusReason);
        button->click();
    }
}

void HomePage::showNotice(const QString& text)
{
    m_noticeText = nullptr;
    m_notice->setText(text);
}

void HomePage::showNotice(std::function<QString()> text)
{
    m_noticeText = std::move(text);
    m_notice->setText(m_noticeText ? m_noticeText() : QString());
}

void HomePage::reloadUnresolved()
{
    if (!m_services.journal) {
        return;
    }
    reloadDay();
    m_services.journal->run([](journal::JournalStore& store) { return store.openRows(); })
        .then(this, [this](const Result<QList<journal::TransactionRecord>>& rows) {
            if (rows) {
                setUnresolvedRows(rows.value());
            }
        });
}

void HomePage::reloadDay()
{
    if (!m_services.journal) {
        return;
    }
    const Clock& clock = m_services.clock ? *m_services.clock : SystemClock::instance();
    const QDate today = clock.istDate();
    m_services.journal->dailySummary(today).then(this, [this](const Result<journal::DailySummary>& summary) {
        if (summary) {
            m_glance->setSummary(summary.value());
        }
    });
}

void HomePage::setWalletBalance(std::optional<Paise> balance)
{
    m_glance->setBalance(balance);
}

void HomePage::setUnresolvedRows(const QList<journal::TransactionRecord>& rows)
{
    m_openRows->setOpenRows(rows);
}

void HomePage::setRowsToSettleByHand(const QList<journal::TransactionRecord>& rows)
{
    m_openRows->setRowsToSettleByHand(rows);
}

bool HomePage::eventFilter(QObject* watched, QEvent* event)
{
    const int index = m_tiles.indexOf(qobject_cast<QPushButton*>(watched));
    if (index >= 0 && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Left:
            moveFocus(index, 0, -1);
            return true;
        case Qt::Key_Right:
            moveFocus(index, 0, 1);
            return true;
        case Qt::Key_Up:
            moveFocus(index, -1, 0);
            return true;
        case Qt::Key_Down:
            moveFocus(index, 1, 0);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HomePage::moveFocus(int from, int dRow, int dColumn)
{
    // Walk in the direction asked, skipping disabled tiles; stay put at the edge.
    int row = from / kColumns;
    int column = from % kColumns;
    while (true) {
        row += dRow;
        column += dColumn;
        if (row < 0 || column < 0 || column >= kColumns || row * kColumns + column >= kTileCount) {
            return;
        }
        QPushButton* next = m_tiles[row * kColumns + column];
        if (next->isEnabled()) {
            next->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

} // namespace saathi::ui
