// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/aeps/BankPicker.h"

#include "core/bank/BankDirectory.h"

#include <QEvent>
#include <QHBoxLayout>
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
} // namespace

BankPicker::BankPicker(bank::BankDirectory& banks, QWidget* parent)
    : QWidget(parent)
    , m_banks(banks)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("bankSearchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("bankListView"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumHeight(110);
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
    m_list->setModel(m_filter);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addLayout(statusRow);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, &BankPicker::onSearch);
    connect(m_retry, &QPushButton::clicked, this, &BankPicker::load);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this]() { Q_EMIT bankChanged(bankCode()); });
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
    const QString keep = bankCode();
    m_model->clear();
    for (const bank::Bank& b : m_banks.banks()) {
        auto* item = new QStandardItem(QStringLiteral("%1 (%2)").arg(b.name, b.code));
        item->setData(b.code, kCodeRole);
        item->setData(QString(b.name + QLatin1Char(' ') + b.code), kSearchRole);
        m_model->appendRow(item);
    }
    m_loaded = true;
    m_retry->hide();
    setStatus(nullptr);
    if (!keep.isEmpty()) {
        selectCode(keep);
    }
    onSearch(m_search->text());
    Q_EMIT loaded(static_cast<int>(m_banks.banks().size()));
}

void BankPicker::onSearch(const QString& text)
{
    m_filter->setFilterFixedString(text.trimmed());
    if (!text.trimmed().isEmpty()) {
        selectFirstIfNeeded();
    }
}

void BankPicker::selectFirstIfNeeded()
{
    if (m_filter->rowCount() == 0) {
        return;
    }
    // An exact short code wins over the first name that contains the text.
    const QString typed = m_search->text().trimmed();
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(kCodeRole).toString().compare(typed, Qt::CaseInsensitive) == 0) {
            m_list->setCurrentIndex(index);
            return;
        }
    }
    m_list->setCurrentIndex(m_filter->index(0, 0));
}

QString BankPicker::bankCode() const
{
    return m_list->currentIndex().data(kCodeRole).toString();
}

QString BankPicker::bankName() const
{
    const QString search = m_list->currentIndex().data(kSearchRole).toString();
    const QString code = bankCode();
    return search.left(qMax<qsizetype>(0, search.size() - code.size() - 1));
}

bool BankPicker::selectCode(const QString& code)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(kCodeRole).toString() == code) {
            m_list->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void BankPicker::clearSelection()
{
    m_search->clear();
    m_list->setCurrentIndex(QModelIndex());
}

} // namespace saathi::ui
