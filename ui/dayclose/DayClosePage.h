// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/dayclose/DayCloseReport.h"
#include "core/util/Error.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace saathi {
struct CounterServices;
}

namespace saathi::ui {

class ReceiptOutput;

// The day close (issue #19): a day (today in India by default), its report previewed at once, "Close the day"
// (asked once more) records it under the next number, then the numbered report. A day already closed shows its
// recorded report. Print goes where the receipts go (ReceiptOutput: thermal or system printer, or PDF); "Save as
// PDF…" and "Export CSV…" ask for a file (FileChooser) and write it off the UI thread. Unresolved rows are listed
// with their age; they never stop the close. An open till shift does: the status line says to close the till first.
// Everything goes through core's DayCloseService.
class DayClosePage : public QWidget
{
    Q_OBJECT
public:
    explicit DayClosePage(CounterServices& services, QWidget* parent = nullptr);

    void setReceiptOutput(ReceiptOutput* output) { m_output = output; }
    QDate day() const;
    // The report on screen: a preview (number 0) or a recorded one; nullopt while loading or after an error.
    const std::optional<dayclose::DayCloseReport>& report() const { return m_report; }

public Q_SLOTS:
    void setDay(const QDate& istDay);
    // Reads the day's recorded report, else its preview.
    void refresh();
    void askToClose();
    void closeDay();
    void printReport();
    void savePdf();
    void exportCsv();

Q_SIGNALS:
    void backRequested();
    // A report is on screen (after refresh() or a close).
    void reportShown();
    void dayClosed(int number);
    // A PDF or CSV file was written.
    void saved(const QString& path);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void showReport(const dayclose::DayCloseReport& report);
    void showError(const Error& error);
    void setStatus(std::function<QString()> text);
    void setBusy(bool busy);
    void hideConfirmation();
    QString baseName() const; // "day-close-3" or "day-close-preview-2026-12-01"

    CounterServices& m_services;
    ReceiptOutput* m_output = nullptr;
    std::optional<dayclose::DayCloseReport> m_report;
    int m_generation = 0; // answers for another day are dropped
    bool m_busy = false;
    QLabel* m_title = nullptr;
    QLabel* m_dayLabel = nullptr;
    QDateEdit* m_day = nullptr;
    QTextBrowser* m_view = nullptr;
    QLabel* m_status = nullptr;
    std::function<QString()> m_statusText;
    QWidget* m_confirmBox = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QPushButton* m_confirmYes = nullptr;
    QPushButton* m_confirmNo = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_csv = nullptr;
};

} // namespace saathi::ui
