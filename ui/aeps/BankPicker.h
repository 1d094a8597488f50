// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Error.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace saathi::bank {
class BankDirectory;
}

namespace saathi::ui {

// The customer's bank: Eko's list from the counter's bank::BankDirectory, searchable by name or short code. Shows a
// loading state, and a clear error with a Retry button when the list cannot be loaded. Typing narrows the list and
// keeps the first match selected, so "sbi" then Tab picks State Bank of India.
class BankPicker : public QWidget
{
    Q_OBJECT
public:
    explicit BankPicker(bank::BankDirectory& banks, QWidget* parent = nullptr);

    void load();
    bool isLoaded() const { return m_loaded; }
    QString bankCode() const; // empty when nothing is selected
    QString bankName() const;
    bool selectCode(const QString& code);
    QLineEdit* searchEdit() const { return m_search; }
    QListView* listView() const { return m_list; }
    void clearSelection();

Q_SIGNALS:
    void bankChanged(const QString& code);
    void loaded(int count);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setStatus(std::function<QString()> text);
    void fill();
    void onFailed(const Error& error);
    void onSearch(const QString& text);
    void selectFirstIfNeeded();

    bank::BankDirectory& m_banks;
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_retry = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    bool m_loaded = false;
    std::function<QString()> m_statusText;
};

} // namespace saathi::ui
