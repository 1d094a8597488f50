// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/eko/AgentOperations.h"
#include "core/eko/EkoResponse.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace saathi::ui {

// The customer's bank: Eko's list (AgentOperations::banks()), searchable by name or short code. Shows a loading
// state, and a clear error with a Retry button when the list cannot be loaded. Typing narrows the list and keeps
// the first match selected, so "sbi" then Tab picks State Bank of India.
class BankPicker : public QWidget
{
    Q_OBJECT
public:
    explicit BankPicker(eko::EkoClient& client, QWidget* parent = nullptr);

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
    void onLoaded(const eko::EkoResponse& response);
    void onSearch(const QString& text);
    void selectFirstIfNeeded();

    eko::AgentOperations m_operations;
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_retry = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QPointer<eko::EkoJob> m_job;
    bool m_loaded = false;
    std::function<QString()> m_statusText;
};

} // namespace saathi::ui
