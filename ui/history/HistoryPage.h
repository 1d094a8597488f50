// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/HistoryQuery.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace saathi {
struct CounterServices;
}

namespace saathi::ui {

class ClaimSlipButton;
class ForgetCustomerButton;
class HistoryModel;
class ReceiptOutput;
class ReprintPanel;

// The journal's history: filters (IST days, customer mobile, reference = client_ref_id/tid/RRN, kind, state),
// pages of rows newest first (keyset cursor), the selected row's details and events, its receipt reprinted (marked
// DUPLICATE; ReprintPanel), and CSV export.
class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPage(CounterServices& services, QWidget* parent = nullptr);

    HistoryModel* model() const { return m_model; }
    void setPageSize(int rows) { m_pageSize = rows; }
    journal::HistoryFilter currentFilter() const;
    // Reprints go to the printer chosen in Settings (without one: the system print dialog).
    void setReceiptOutput(ReceiptOutput* output);
    ReprintPanel* reprintPanel() const { return m_reprintPanel; }
    ClaimSlipButton* claimSlipButton() const { return m_claim; }

public Q_SLOTS:
    void search();
    void loadMore();
    void exportCsv();
    // The rows still waiting for Eko's final answer, created from `since` (IST) to today.
    void showOpenRows(const QDate& since);
    // The selected row's receipt, marked DUPLICATE, shown beside the table and printed (Ctrl+P).
    void reprint();

Q_SIGNALS:
    void backRequested();
    void pageLoaded();
    void exported(const QString& path, qint64 rows);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setStatus(std::function<QString()> text);
    QWidget* buildFilters();
    void load(bool append);
    void showDetails();

    CounterServices& m_services;
    HistoryModel* m_model = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_mobile = nullptr;
    QLineEdit* m_reference = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_state = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_more = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QStackedWidget* m_side = nullptr; // the details, or the reprint
    ReprintPanel* m_reprintPanel = nullptr;
    QPushButton* m_reprint = nullptr;
    ForgetCustomerButton* m_forget = nullptr; // issue #18: the customer asked the counter to forget them
    ClaimSlipButton* m_claim = nullptr; // issue #19: the customer's claim slip for stuck money
    QLabel* m_status = nullptr;
    std::function<QString()> m_statusText;
    QPushButton* m_back = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_search = nullptr;
    QLabel* m_toLabel = nullptr;
    QLabel* m_daysLabel = nullptr;
    QLabel* m_mobileLabel = nullptr;
    QLabel* m_referenceLabel = nullptr;
    QLabel* m_showLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    journal::HistoryFilter m_filter;
    journal::HistoryCursor m_next;
    int m_pageSize = 50;
    int m_generation = 0; // answers to an older search are dropped
};

} // namespace saathi::ui
