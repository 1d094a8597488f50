// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/aeps/BankPicker.h"

#include "core/bank/BankDirectory.h"

#include <QApplication>
#include <QCompleter>
#include <QEvent>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace saathi::ui {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;
constexpr int kNameRole = Qt::UserRole + 3;
constexpr int kVisibleRows = 8;
} // namespace

BankPicker::BankPicker(bank::BankDirectory& banks, QWidget* parent)
    : QWidget(parent)
    , m_banks(banks)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("bankSearchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("bankStatusLabel"));
    m_status->setWordWrap(true);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("bankRetryButton"));
    m_retry->hide();

    m_model = new QStandardItemModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(kSearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    // The completer only shows the popup and moves its highlight; the filter (substring, any case, name or code)
    // is ours, so the popup lists every row the filter keeps.
    m_completer = new QCompleter(m_filter, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(kVisibleRows);
    m_completer->setWidget(m_search);
    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("bankListView"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_completer->setPopup(m_list); // owns it; it never takes the focus (the line edit keeps it)
    // Installed after the completer's own filter, so it runs first: Tab, Enter and Esc are decided here.
    m_list->installEventFilter(this);
    m_search->installEventFilter(this);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(statusRow);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textEdited, this, &BankPicker::onSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) { // the clear button
            setCode({});
        }
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::highlighted), this,
            [this](const QModelIndex& index) { setCode(index.data(kCodeRole).toString()); });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { pick(index); });
    connect(m_retry, &QPushButton::clicked, this, &BankPicker::load);
    connect(&m_banks, &bank::BankDirectory::loaded, this, &BankPicker::fill);
    connect(&m_banks, &bank::BankDirectory::failed, this, &BankPicker::onFailed);
    retranslate();
}

void BankPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void BankPicker::retranslate()
{
    m_search->setPlaceholderText(tr("Type the bank's name or short code"));
    m_retry->setText(tr("&Retry"));
    if (m_statusText) {
        m_status->setText(m_statusText());
    }
}

void BankPicker::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
    m_status->setVisible(!m_status->text().isEmpty());
}

void BankPicker::load()
{
    if (m_banks.isLoaded()) {
        fill(); // another screen loaded the list already
        return;
    }
    m_retry->hide();
    setStatus([] { return tr("Loading the list of banks…"); });
    m_banks.load();
}

void BankPicker::onFailed(const Error& error)
{
    if (m_loaded) {
        return;
    }
    setStatus([message = error.userMessage] {
        const QString why = message.isEmpty() ? tr("Eko sent no banks.") : message;
        return tr("The list of banks could not be loaded. %1").arg(why);
    });
    m_retry->show();
}

void BankPicker::fill()
{
    const QString keep = m_code;
    m_model->clear();
    for (const bank::Bank& b : m_banks.banks()) {
        auto* item = new QStandardItem(QStringLiteral("%1 (%2)").arg(b.name, b.code));
        item->setData(b.code, kCodeRole);
        item->setData(b.name, kNameRole);
        item->setData(QString(b.name + QLatin1Char(' ') + b.code), kSearchRole);
        m_model->appendRow(item);
    }
    m_loaded = true;
    m_retry->hide();
    setStatus(nullptr);
    m_code.clear();
    if (!keep.isEmpty() && !selectCode(keep)) {
        Q_EMIT bankChanged({});
    }
    if (m_code.isEmpty() && !m_search->text().trimmed().isEmpty()) {
        onSearch(m_search->text()); // typed while the list was loading
        m_completer->popup()->hide();
    }
    Q_EMIT loaded(static_cast<int>(m_banks.banks().size()));
}

void BankPicker::onSearch(const QString& text)
{
    const QString typed = text.trimmed();
    m_filter->setFilterFixedString(typed);
    const int row = typed.isEmpty() ? -1 : bestRow();
    if (row < 0) {
        m_completer->popup()->hide();
        setCode({});
        return;
    }
    // Typing keeps the best match highlighted, so "sbi" then Tab picks State Bank of India.
    m_focusAfterPopup = m_search; // unless a key that closes the popup moves on
    m_completer->complete();
    const QModelIndex index = m_completer->completionModel()->index(row, 0);
    m_list->setCurrentIndex(index);
    setCode(index.data(kCodeRole).toString());
}

int BankPicker::bestRow() const
{
    if (m_filter->rowCount() == 0) {
        return -1;
    }
    // An exact short code wins over the first name that contains the text.
    const QString typed = m_search->text().trimmed();
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (m_filter->index(row, 0).data(kCodeRole).toString().compare(typed, Qt::CaseInsensitive) == 0) {
            return row;
        }
    }
    return 0;
}

void BankPicker::setCode(const QString& code)
{
    if (code == m_code) {
        return;
    }
    m_code = code;
    Q_EMIT bankChanged(m_code);
}

void BankPicker::pick(const QModelIndex& index)
{
    m_completer->popup()->hide();
    if (!index.isValid()) {
        return;
    }
    setCode(index.data(kCodeRole).toString());
    m_search->setText(index.data(Qt::DisplayRole).toString()); // "Name (CODE)": what was chosen, in one line
    m_filter->setFilterFixedString({});
}

bool BankPicker::isPopupVisible() const
{
    return m_list->isVisible();
}

bool BankPicker::eventFilter(QObject* watched, QEvent* event)
{
    // Leaving the field with a match highlighted (a click elsewhere, Tab after Esc): the field shows that bank.
    if (watched == m_search && event->type() == QEvent::FocusOut
        && static_cast<QFocusEvent*>(event)->reason() != Qt::PopupFocusReason && !m_code.isEmpty()) {
        selectCode(m_code);
    }
    // A platform that activates a popup late may make it the active window after it has closed (offscreen does):
    // the form's window gets its activation back, or the next Tab and F-key would go nowhere.
    if (watched == m_list && event->type() == QEvent::WindowActivate && !m_list->isVisible()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (QApplication::activeWindow() == m_list && isVisible()) {
                    QApplication::setActiveWindow(window());
                    // Only where the focus went nowhere: the page may have moved it on since (a late activation).
                    const QWidget* now = QApplication::focusWidget();
                    if (m_focusAfterPopup && (!now || now == m_search)) {
                        m_focusAfterPopup->setFocus(Qt::PopupFocusReason);
                    }
                }
            },
            Qt::QueuedConnection);
    }
    if ((watched == m_list || watched == m_search) && event->type() == QEvent::KeyPress && isPopupVisible()) {
        return handlePopupKey(static_cast<QKeyEvent*>(event));
    }
    return QWidget::eventFilter(watched, event);
}

// Keys while the popup shows, wherever they arrive (the popup in real use, the line edit from a test's keyClick).
bool BankPicker::handlePopupKey(QKeyEvent* key)
{
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
        return false;
    }
    const int rows = m_list->model() ? m_list->model()->rowCount() : 0;
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    switch (key->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
    case Qt::Key_PageDown:
    case Qt::Key_PageUp: {
        if (rows == 0) {
            return true;
        }
        const int step = (key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp) ? kVisibleRows : 1;
        const bool down = key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown;
        const int row = std::clamp(current < 0 ? 0 : current + (down ? step : -step), 0, rows - 1);
        m_list->setCurrentIndex(m_list->model()->index(row, 0));
        setCode(m_list->currentIndex().data(kCodeRole).toString());
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
    case Qt::Key_Backtab: {
        const QModelIndex index = current >= 0 ? m_list->currentIndex() : m_list->model()->index(0, 0);
        pick(index);
        // Enter moves on like Tab: the bank is chosen, the next field waits.
        if (key->key() == Qt::Key_Backtab || (key->modifiers() & Qt::ShiftModifier)) {
            focusPreviousChild();
        } else {
            focusNextChild();
        }
        m_focusAfterPopup = QApplication::focusWidget();
        return true;
    }
    case Qt::Key_Escape:
        // Only the popup closes; the typed text stays, and the page's Esc (back) is not triggered.
        m_completer->popup()->hide();
        m_focusAfterPopup = m_search;
        return true;
    default:
        return false; // typing goes on in the line edit
    }
}

QString BankPicker::bankCode() const
{
    return m_code;
}

QString BankPicker::bankName() const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(kCodeRole).toString() == m_code) {
            return index.data(kNameRole).toString();
        }
    }
    return {};
}

bool BankPicker::selectCode(const QString& code)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(kCodeRole).toString() == code) {
            pick(index);
            return true;
        }
    }
    return false;
}

void BankPicker::clearSelection()
{
    m_completer->popup()->hide();
    m_search->clear();
    m_filter->setFilterFixedString({});
    setCode({});
}

} // namespace saathi::ui
