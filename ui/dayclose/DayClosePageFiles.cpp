// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// DayClosePage, continued: the report printed, saved as PDF and exported as CSV.
#include "core/counter/CounterServices.h"
#include "core/dayclose/DayCloseOutput.h"
#include "core/receipt/Receipt.h"
#include "ui/dayclose/DayCloseFiles.h"
#include "ui/dayclose/DayClosePage.h"
#include "ui/receipt/ReceiptOutput.h"
#include "ui/widgets/FileChooser.h"

#include <QDateEdit>
#include <QDir>

namespace saathi::ui {

QString DayClosePage::baseName() const
{
    if (m_report && m_report->number > 0) {
        return QStringLiteral("day-close-%1").arg(m_report->number);
    }
    return QStringLiteral("day-close-preview-") + m_day->date().toString(Qt::ISODate);
}

void DayClosePage::printReport()
{
    if (!m_report) {
        return;
    }
    if (!m_output) {
        setStatus([] { return tr("No printer is set up. Choose one in Settings (Ctrl+,)."); });
        return;
    }
    const ReceiptOutput::Document document {
        baseName(), tr("Day close"),
        dayclose::DayCloseOutput::lines(*m_report, m_services.identity, receipt::Receipt::kWidth)};
    setStatus([] { return tr("Printing…"); });
    m_output->print(document, this, [this](const ReceiptOutput::Outcome& outcome) { setStatus(outcome.message); });
}

void DayClosePage::savePdf()
{
    if (!m_report) {
        return;
    }
    const QString path
        = FileChooser::saveFile(this, tr("Save the day's report as PDF"),
                                QDir::home().filePath(baseName() + QStringLiteral(".pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    setStatus([] { return tr("Saving…"); });
    DayCloseFiles::savePdfLater(baseName(), dayclose::DayCloseOutput::html(*m_report, m_services.identity), path, this,
                                [this, path](const Error& error) {
                                    if (!error.isNull()) {
                                        setStatus([message = error.userMessage] { return message; });
                                        return;
                                    }
                                    setStatus([path] { return tr("Saved: %1").arg(QDir::toNativeSeparators(path)); });
                                    Q_EMIT saved(path);
                                });
}

void DayClosePage::exportCsv()
{
    if (!m_report) {
        return;
    }
    const QString path
        = FileChooser::saveFile(this, tr("Export the day's report as CSV"),
                                QDir::home().filePath(baseName() + QStringLiteral(".csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    setStatus([] { return tr("Saving…"); });
    DayCloseFiles::saveCsvLater(dayclose::DayCloseOutput::csv(*m_report, m_services.identity), path, this,
                                [this, path](const Error& error) {
                                    if (!error.isNull()) {
                                        setStatus([message = error.userMessage] { return message; });
                                        return;
                                    }
                                    setStatus([path] { return tr("Saved: %1").arg(QDir::toNativeSeparators(path)); });
                                    Q_EMIT saved(path);
                                });
}

} // namespace saathi::ui
