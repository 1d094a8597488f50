// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "MainWindow.h"

#include "ui/TrainingBanner.h"
#include "ui/form/Theme.h"
#include "ui/home/HomePage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace saathi::ui {

namespace {

void scaleFont(QWidget* widget, qreal factor, bool bold)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace

MainWindow::MainWindow(bool trainingMode, QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new TrainingBanner(central);
    m_banner->setVisible(trainingMode);
    layout->addWidget(m_banner);
    layout->addWidget(buildHeader(central));
    m_notice = new QLabel(central);
    m_notice->setObjectName(QStringLiteral("counterNoticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setContentsMargins(12, 4, 12, 4);
    Theme::setTone(m_notice, Tone::Notice);
    m_notice->setVisible(false);
    layout->addWidget(m_notice);

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pageStackedWidget"));
    layout->addWidget(m_stack, 1);

    m_status = new QLabel(central);
    m_status->setObjectName(QStringLiteral("serviceStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_status);
    setCentralWidget(central);

    // Window shortcuts, not button shortcuts: they work whatever has the focus inside the window, and only the
    // home page's tiles answer F1–F6.
    auto* back = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    back->setContext(Qt::WindowShortcut);
    connect(back, &QShortcut::activated, this, &MainWindow::goBack);
    for (int i = 0; i < 6; ++i) {
        auto* tileKey = new QShortcut(QKeySequence(Qt::Key_F1 + i), this);
        tileKey->setContext(Qt::WindowShortcut);
        tileKey->setObjectName(QStringLiteral("tileF%1Shortcut").arg(i + 1));
        connect(tileKey, &QShortcut::activated, this, [this, i] {
            if (m_home && m_stack->currentWidget() == m_home) {
                m_home->activateTile(HomePage::Tile(i));
            }
        });
    }
    auto* settings = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma), this);
    settings->setContext(Qt::WindowShortcut);
    connect(settings, &QShortcut::activated, this, &MainWindow::settingsRequested);
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] { Q_EMIT pageChanged(currentPageId()); });
    resize(1366, 768);
    retranslate();
}

QWidget* MainWindow::buildHeader(QWidget* parent)
{
    auto* header = new QWidget(parent);
    header->setObjectName(QStringLiteral("headerWidget"));
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(12, 8, 12, 8);
    auto* titles = new QVBoxLayout;
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("appTitleLabel"));
    scaleFont(m_title, 1.8, true);
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("appSubtitleLabel"));
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    row->addLayout(titles);
    row->addStretch(1);
    m_agent = new QLabel(header);
    m_agent->setObjectName(QStringLiteral("agentLabel"));
    m_agent->setTextFormat(Qt::PlainText);
    m_agent->setWordWrap(true); // a long shop name wraps instead of widening the window past 1366 px
    m_agent->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    scaleFont(m_agent, 1.2, false);
    row->addWidget(m_agent);
    row->addSpacing(24);
    m_balance = new QLabel(header);
    m_balance->setObjectName(QStringLiteral("balanceLabel"));
    scaleFont(m_balance, 1.2, true);
    row->addWidget(m_balance);
    row->addSpacing(24);
    m_badge = new QPushButton(header);
    m_badge->setObjectName(QStringLiteral("unresolvedBadgeButton"));
    m_badge->setVisible(false);
    m_badge->setStyleSheet(
        QStringLiteral("QPushButton { %1 font-weight: bold; border-radius: 6px; padding: 4px 10px; }")
            .arg(Theme::labelStyle(Tone::Alert)));
    connect(m_badge, &QPushButton::clicked, this, [this] {
        showHome();
        Q_EMIT unresolvedBadgeClicked();
    });
    row->addWidget(m_badge);
    row->addSpacing(12);
    m_deviceButton = new QPushButton(header);
    m_deviceButton->setObjectName(QStringLiteral("deviceButton"));
    m_deviceButton->setFocusPolicy(Qt::NoFocus);
    connect(m_deviceButton, &QPushButton::clicked, this, &MainWindow::deviceRequested);
    row->addWidget(m_deviceButton);
    m_settingsButton = new QPushButton(header);
    m_settingsButton->setObjectName(QStringLiteral("settingsButton"));
    m_settingsButton->setFocusPolicy(Qt::NoFocus); // Tab stays inside the page; Ctrl+, reaches it from anywhere
    connect(m_settingsButton, &QPushButton::clicked, this, &MainWindow::settingsRequested);
    row->addWidget(m_settingsButton);
    return header;
}

void MainWindow::setTrainingMode(bool training)
{
    m_banner->setVisible(training);
}

bool MainWindow::trainingMode() const
{
    return !m_banner->isHidden();
}

void MainWindow::setNotice(const Text& text)
{
    m_noticeText = text;
    const QString shown = text ? text() : QString();
    m_notice->setText(shown);
    m_notice->setVisible(!shown.isEmpty());
}

void MainWindow::setNotice(const QString& text)
{
    setNotice(text.isEmpty() ? Text() : Text([text] { return text; }));
}

void MainWindow::setServiceStatus(const Text& text)
{
    m_statusText = text;
    m_status->setText(text ? text() : QString());
}

void MainWindow::setServiceStatus(const QString& text)
{
    setServiceStatus(text.isEmpty() ? Text() : Text([text] { return text; }));
}

void MainWindow::setAgent(const QString& agentName, const QString& userCode, const QString& shopName)
{
    m_agentName = agentName;
    m_userCode = userCode;
    m_shopName = shopName;
    showAgent();
}

void MainWindow::showAgent()
{
    QString text = m_agentName.isEmpty() ? tr("Agent %1").arg(m_userCode) : tr("%1 (%2)").arg(m_agentName, m_userCode);
    if (!m_shopName.isEmpty()) {
        text += QStringLiteral(" · ") + m_shopName;
    }
    m_agent->setText(text);
}

void MainWindow::setBalanceText(const QString& text)
{
    m_balanceText = text;
    m_balance->setText(text.isEmpty() ? QString() : tr("E-value: %1").arg(text));
}

void MainWindow::setUnresolvedCount(int count)
{
    m_unresolved = count;
    m_badge->setVisible(count > 0);
    m_badge->setText(tr("%n unresolved", nullptr, count));
}

void MainWindow::setHomePage(HomePage* home)
{
    m_home = home;
    registerPage(pages::kHome, home);
    connect(home, &HomePage::tileActivated, this, [this](HomePage::Tile tile) { routeTile(int(tile)); });
    showHome();
}

void MainWindow::registerPage(const QString& id, QWidget* page)
{
    if (QWidget* old = m_pages.value(id); old && old != page) {
        m_stack->removeWidget(old);
        old->deleteLater();
    }
    page->setProperty("saathiPageId", id);
    m_pages.insert(id, page);
    if (m_stack->indexOf(page) < 0) {
        m_stack->addWidget(page);
    }
}

bool MainWindow::showPage(const QString& id)
{
    QWidget* page = m_pages.value(id);
    if (!page) {
        return false;
    }
    m_stack->setCurrentWidget(page);
    page->show();
    // A page that put the focus on its first field (in its showEvent) keeps it there.
    if (QWidget* focused = QApplication::focusWidget(); !focused || !page->isAncestorOf(focused)) {
        page->setFocus();
    }
    return true;
}

void MainWindow::showHome()
{
    showPage(pages::kHome);
}

QString MainWindow::currentPageId() const
{
    QWidget* current = m_stack->currentWidget();
    return current ? current->property("saathiPageId").toString() : QString();
}

void MainWindow::setBackHandler(const QString& id, std::function<void()> handler)
{
    m_backHandlers.insert(id, std::move(handler));
}

void MainWindow::goBack()
{
    const QString id = currentPageId();
    if (id == pages::kHome) {
        return;
    }
    if (const auto handler = m_backHandlers.value(id)) {
        handler();
        return;
    }
    showHome();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_closeGuard && !m_closeGuard(event)) {
        return; // the guard ignored the event and says why on screen
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::routeTile(int tile)
{
    const auto which = HomePage::Tile(tile);
    if (!showPage(HomePage::pageIdFor(which))) {
        m_home->showNotice(
            [which] { return tr("%1 is coming soon to this counter.").arg(HomePage::tileTitle(which)); });
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Saathi"));
    m_title->setText(tr("Saathi"));
    m_subtitle->setText(tr("Aadhaar banking and money transfer at your counter"));
    m_deviceButton->setText(tr("Fingerprint device"));
    m_deviceButton->setToolTip(tr("Find, test and choose the fingerprint scanner"));
    m_settingsButton->setText(tr("Settings"));
    m_settingsButton->setToolTip(
        tr("Settings (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText)));
    setUnresolvedCount(m_unresolved);
    showAgent();
    setBalanceText(m_balanceText);
    setNotice(m_noticeText);
    setServiceStatus(m_statusText);
}

} // namespace saathi::ui
