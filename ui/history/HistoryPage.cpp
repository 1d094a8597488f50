// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "history/HistoryPage.h"

#include "counter/CounterServices.h"
#include "history/HistoryModel.h"
#include "home/RupeeText.h"
#include "journal/CsvExport.h"
#include "journal/JournalService.h"
#include "util/Clock.h"
#include "widgets/FileChooser.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace saathi::ui {

HistoryPage::HistoryPage(CounterServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new HistoryModel(this))
{
    setObjectName(QStringLiteral("historyPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFilters());
    auto* splitter = new QSplitter(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("historyTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details = new QPlainTextEdit(splitter);
    m_details->setObjectName(QStringLiteral("detailsPlainTextEdit"));
    m_details->setReadOnly(true);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto* buttons = new QHBoxLayout;
    auto* back = new QPushButton(tr("Back"), this);
    back->setObjectName(QStringLiteral("backButton"));
    m_more = new QPushButton(tr("Show older"), this);
    m_more->setObjectName(QStringLiteral("loadMoreButton"));
    m_more->setEnabled(false);
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatusLabel"));
    m_status->setWordWrap(true);
    buttons->addWidget(back);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_more);
    buttons->addWidget(exportButton);
    layout->addLayout(buttons);

    connect(back, &QPushButton::clicked, this, &HistoryPage::backRequested);
    connect(m_more, &QPushButton::clicked, this, &HistoryPage::loadMore);
    connect(exportButton, &QPushButton::clicked, this, &HistoryPage::exportCsv);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPage::showDetails);
}

QWidget* HistoryPage::buildFilters()
{
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    const QDate today = m_services.clock ? m_services.clock->istDate() : QDate::currentDate();
    auto* days = new QHBoxLayout;
    m_from = new QDateEdit(today.addDays(-7), box);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, box);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_to->setCalendarPopup(true);
    days->addWidget(m_from);
    days->addWidget(new QLabel(tr("to"), box));
    days->addWidget(m_to);
    form->addRow(tr("Days (IST)"), days);
    m_mobile = new QLineEdit(box);
    m_mobile->setObjectName(QStringLiteral("mobileLineEdit"));
    m_reference = new QLineEdit(box);
    m_reference->setObjectName(QStringLiteral("referenceLineEdit"));
    m_reference->setPlaceholderText(tr("Reference, Eko TID or bank RRN"));
    form->addRow(tr("Customer mobile"), m_mobile);
    form->addRow(tr("Reference"), m_reference);
    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_kind->addItem(tr("All transactions"), -1);
    for (auto kind : {journal::TxKind::AepsWithdrawal, journal::TxKind::BalanceEnquiry, journal::TxKind::MiniStatement,
                      journal::TxKind::AadhaarPay, journal::TxKind::DmtTransfer, journal::TxKind::Refund}) {
        m_kind->addItem(journal::displayName(kind), int(kind));
    }
    m_state = new QComboBox(box);
    m_state->setObjectName(QStringLiteral("stateComboBox"));
    m_state->addItem(tr("Any state"), -1);
    for (int s = int(journal::TxState::Prepared); s <= int(journal::TxState::Refunded); ++s) {
        m_state->addItem(journal::displayName(journal::TxState(s)), s);
    }
    auto* row = new QHBoxLayout;
    row->addWidget(m_kind);
    row->addWidget(m_state);
    auto* searchButton = new QPushButton(tr("Search"), box);
    searchButton->setObjectName(QStringLiteral("searchButton"));
    row->addWidget(searchButton);
    form->addRow(tr("Show"), row);
    connect(searchButton, &QPushButton::clicked, this, &HistoryPage::search);
    connect(m_mobile, &QLineEdit::returnPressed, this, &HistoryPage::search);
    connect(m_reference, &QLineEdit::returnPressed, this, &HistoryPage::search);
    return box;
}

journal::HistoryFilter HistoryPage::currentFilter() const
{
    auto filter = journal::HistoryFilter::istDays(m_from->date(), m_to->date());
    filter.customerMobile = m_mobile->text().trimmed();
    filter.reference = m_reference->text().trimmed();
    if (const int kind = m_kind->currentData().toInt(); kind >= 0) {
        filter.kind = journal::TxKind(kind);
    }
    if (const int state = m_state->currentData().toInt(); state >= 0) {
        filter.state = journal::TxState(state);
    }
    return filter;
}

void HistoryPage::showEvent(QShowEvent* event)
{
    search();
    QWidget::showEvent(event);
}

void HistoryPage::search()
{
    m_filter = currentFilter();
    m_next = {};
    load(false);
}

void HistoryPage::loadMore()
{
    load(true);
}

void HistoryPage::load(bool append)
{
    if (!m_services.journal) {
        return;
    }
    const int generation = append ? m_generation : ++m_generation;
    m_more->setEnabled(false);
    m_services.journal->history(m_filter, m_pageSize, append ? m_next : journal::HistoryCursor())
        .then(this, [this, append, generation](const Result<journal::HistoryPage>& page) {
            if (generation != m_generation) {
                return;
            }
            if (!page) {
                m_status->setText(page.error().userMessage);
                return;
            }
            if (append) {
                m_model->appendRows(page.value().rows);
            } else {
                m_model->setRows(page.value().rows);
                m_details->clear();
            }
            m_next = page.value().next;
            m_more->setEnabled(page.value().hasMore);
            m_status->setText(tr("%n transaction(s) shown", nullptr, m_model->rowCount()));
            Q_EMIT pageLoaded();
        });
}

void HistoryPage::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_services.journal) {
        return;
    }
    const journal::TransactionRecord record = m_model->record(current.row());
    QStringList lines = {
        tr("Reference: %1").arg(record.clientRefId),
        tr("Transaction: %1, %2").arg(journal::displayName(record.kind), journal::displayName(record.state)),
        tr("Amount: %1").arg(rupeeText(record.amount)),
        tr("Customer: %1 %2").arg(record.customerMobile, record.maskedAadhaar()),
        tr("Eko TID: %1  Bank RRN: %2").arg(record.tid, record.rrn),
        tr("Message: %1").arg(record.message),
    };
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    const QString ref = record.clientRefId;
    m_services.journal->run([ref](journal::JournalStore& store) { return store.events(ref); })
        .then(this, [this, ref, lines](const Result<QList<journal::JournalEvent>>& events) {
            const QModelIndex now = m_table->currentIndex();
            if (!events || !now.isValid() || m_model->record(now.row()).clientRefId != ref) {
                return;
            }
            QStringList all = lines;
            all << QString() << tr("Events:");
            for (const auto& e : events.value()) {
                all << journal::history::istDisplayTime(e.atMs) + QStringLiteral("  ") + journal::displayName(e.to)
                        + QStringLiteral("  ") + e.note;
            }
            m_details->setPlainText(all.join(QLatin1Char('\n')));
        });
}

void HistoryPage::exportCsv()
{
    if (!m_services.journal) {
        return;
    }
    const QString path = FileChooser::saveFile(this, tr("Export history"), QStringLiteral("saathi-history.csv"),
                                               tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const journal::HistoryFilter filter = currentFilter();
    m_services.journal
        ->run([path, filter](journal::JournalStore& store) -> Result<qint64> {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                return Error {QStringLiteral("history.export_open"),
                              QObject::tr("The file could not be written. Choose another folder."), file.errorString()};
            }
            auto written = journal::csv::write(store, filter, file);
            if (written && !file.commit()) {
                return Error {QStringLiteral("history.export_commit"),
                              QObject::tr("The file could not be saved. Check the free space."), file.errorString()};
            }
            return written;
        })
        .then(this, [this, path](const Result<qint64>& written) {
            if (!written) {
                m_status->setText(written.error().userMessage);
                return;
            }
            m_status->setText(tr("%n transaction(s) exported to %1", nullptr, int(written.value())).arg(path));
            Q_EMIT exported(path, written.value());
        });
}

} // namespace saathi::ui
