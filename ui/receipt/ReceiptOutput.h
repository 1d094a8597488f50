// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/receipt/JournalReceipts.h"
#include "core/settings/PrinterSettings.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>
#include <functional>
#include <map>
#include <memory>

class QWidget;

namespace saathi {
class AppSettings;
}
namespace saathi::print {
class ThermalReceiptPrinter;
}

namespace saathi::ui {

// Where every Print button goes (the AePS and DMT result pages, History's reprint): the printer chosen in Settings.
//   thermal  one long-lived print::ThermalReceiptPrinter, made at the first thermal print and kept, so its port
//            and queue outlive the pages; the settings' port, speed, paper, status query and mode reach it when
//            they change
//   system   ReceiptPrinter on its worker thread, straight to the chosen printer (no dialog)
//   PDF      a file in the chosen folder, or where the agent says each time
//   none     the system print dialog, and a line saying how to choose a printer: a customer is waiting, and
//            paper now serves them better than a trip to Settings
// Nothing waits on the UI thread. A receipt that did not print (offline, out of paper, no answer) is kept in
// waiting() until it prints, and the page offers "Print again". The app makes one (CounterApp) and hands it to
// the pages.
class ReceiptOutput : public QObject
{
    Q_OBJECT
public:
    using Message = std::function<QString()>;
    struct Outcome
    {
        bool ok = false;
        bool retry = false; // the printer failed or was not there: printing again may work
        Message message; // a function, so a page says it again after a language switch
    };
    using Done = std::function<void(const Outcome&)>;

    explicit ReceiptOutput(AppSettings& settings, QObject* parent = nullptr);
    ~ReceiptOutput() override;

    // Any other paper (the day's report, issue #19), on the same printer as the receipts.
    struct Document
    {
        QString reference; // the PDF's name ("day-close-3") and waiting()'s entry
        QString title;
        QStringList lines; // at most Receipt::kWidth wide
    };

    // Prints (or saves) `receipt`; `done` follows once on the UI thread, and not at all if `page` is gone by then.
    void print(const receipt::AnyReceipt& receipt, QWidget* page, Done done);
    void print(const Document& document, QWidget* page, Done done);
    // The references of receipts whose printing failed and that have not printed since.
    const QStringList& waiting() const { return m_waiting; }
    // How long a thermal printer has to answer the status query (tests shorten it).
    void setStatusTimeout(std::chrono::milliseconds timeout);
    print::ThermalReceiptPrinter* thermalPrinter() const { return m_thermal.get(); }
    // The printer chosen in Settings (the claim slip dialog prints on its system printer).
    PrinterSettings printer() const;

Q_SIGNALS:
    // A receipt printed, failed or was saved (the app's status line may follow it).
    void finished(const QString& clientRefId, bool ok);

private:
    // What every printer needs of a paper, a receipt's or a Document's.
    struct Paper
    {
        QString ref;
        QString title;
        QString plainText;
        QString qrPayload;
        QString pdfBaseName; // without ".pdf"
    };
    static Paper paperOf(const receipt::AnyReceipt& receipt);
    void applySettings();
    print::ThermalReceiptPrinter& thermal();
    void printThermal(const receipt::AnyReceipt& receipt, QWidget* page, Done done);
    void printSystem(const Paper& paper, const QString& printerName, QWidget* page, Done done);
    void savePdf(const Paper& paper, QWidget* page, Done done);
    void onThermalPrinted(quint64 job, const Error& error);
    void settle(const QString& ref, bool ok);

    struct Job
    {
        QPointer<QWidget> page;
        Done done;
        QString ref;
    };

    AppSettings& m_settings;
    std::unique_ptr<print::ThermalReceiptPrinter> m_thermal;
    std::map<quint64, Job> m_jobs;
    QStringList m_waiting;
    std::chrono::milliseconds m_statusTimeout {10000};
};

} // namespace saathi::ui
