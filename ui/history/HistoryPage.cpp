// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/history/HistoryPage.h"

#include "core/counter/CounterServices.h"
#include "core/journal/CsvExport.h"
#include "core/journal/JournalService.h"
#include "core/util/Clock.h"
#include "ui/claims/ClaimSlipButton.h"
#include "ui/form/FormKit.h"
#include "ui/history/ForgetCustomerButton.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/ReprintPanel.h"
#include "ui/home/RupeeText.h"
#include "ui/widgets/FileChooser.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace saathi::ui {

namespace {
constexpr int kOpenStates = -2; // the state filter's "waiting for an answer" item
}

HistoryPage::HistoryPage(CounterServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new HistoryModel(services, this))
{
    setObjectName(QStringLiteral("historyPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFilters());
    auto* splitter = new QSplitter(this);
    m_table = new QTableView(splitter);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows choose the row
    m_table->setObjectName(QStringLiteral("historyTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Readable at a glance: tinted alternate rows, columns as wide as their contents, the reference takes the rest.
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryModel::Reference, QHeaderView::Stretch);
    m_side = new QStackedWidget(splitter);
    m_details = new QPlainTextEdit(m_side);
    m_details->setObjectName(QStringLiteral("detailsPlainTextEdit"));
    m_details->setFocusPolicy(Qt::ClickFocus); // read-only: Tab goes past it
    m_details->setReadOnly(true);
    m_reprintPanel = new ReprintPanel(services, m_side);
    m_side->addWidget(m_details);
    m_side->addWidget(m_reprintPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The table gets room for every column, the details the rest (sizes in the font's units, so they scale).
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    splitter->setSizes({em * 64, em * 28});
    layout->addWidget(splitter, 1);

    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_more = new QPushButton(this);
    m_more->setObjectName(QStringLiteral("loadMoreButton"));
    m_more->setEnabled(false);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_reprint = new QPushButton(this);
    m_reprint->setObjectName(QStringLiteral("reprintButton"));
    m_reprint->setEnabled(false);
    m_forget = new ForgetCustomerButton(services.journal, this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatusLabel"));
    m_status->setWordWrap(true);
    buttons->addWidget(m_back);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_more);
    buttons->addWidget(m_reprint);
    buttons->addWidget(m_claim = new ClaimSlipButton(services, this)); // issue #19
    buttons->addWidget(m_forget);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    setTabOrder(m_more, m_reprint); // the button row in reading order
    setTabOrder(m_reprint, m_claim);
    setTabOrder(m_claim, m_forget);
    setTabOrder(m_forget, m_export);

    connect(m_back, &QPushButton::clicked, this, &HistoryPage::backRequested);
    connect(m_more, &QPushButton::clicked, this, &HistoryPage::loadMore);
    connect(m_export, &QPushButton::clicked, this, &HistoryPage::exportCsv);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPage::showDetails);
    connect(m_reprint, &QPushButton::clicked, this, &HistoryPage::reprint);
    connect(m_forget, &ForgetCustomerButton::forgotten, this,
            [this] { setStatus([] { return tr("The counter forgot this customer's banks and finger."); }); });
    connect(m_forget, &ForgetCustomerButton::failed, this,
            [this](const QString& message) { setStatus([message] { return message; }); });
    auto* reprintKey = new QShortcut(QKeySequence::Print, this, this, &HistoryPage::reprint);
    reprintKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_reprintPanel, &ReprintPanel::closeRequested, this, [this] {
        m_side->setCurrentWidget(m_details);
        m_table->setFocus();
    });
    retranslate();
}

void HistoryPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void HistoryPage::retranslate()
{
    m_back->setText(tr("Back"));
    m_more->setText(tr("Show older"));
    m_export->setText(tr("Export CSV…"));
    m_reprint->setText(tr("&Reprint receipt"));
    m_reprint->setToolTip(tr("The selected transaction's receipt, marked DUPLICATE (Ctrl+P)"));
    m_search->setText(tr("Search"));
    m_toLabel->setText(tr("&to"));
    m_daysLabel->setText(tr("&Days (IST)"));
    m_mobileLabel->setText(tr("Customer &mobile"));
    m_referenceLabel->setText(tr("Re&ference"));
    m_showLabel->setText(tr("S&how"));
    m_stateLabel->setText(tr("in &state"));
    m_reference->setPlaceholderText(tr("Reference, Eko TID or bank RRN"));
    // Renamed in place, so the filters keep their selection.
    for (int i = 0; i < m_kind->count(); ++i) {
        const int kind = m_kind->itemData(i).toInt();
        m_kind->setItemText(i, kind < 0 ? tr("All transactions") : journal::displayName(journal::TxKind(kind)));
    }
    for (int i = 0; i < m_state->count(); ++i) {
        const int state = m_state->itemData(i).toInt();
        m_state->setItemText(i,
                             state == kOpenStates ? tr("Waiting for an answer")
                                 : state < 0      ? tr("Any state")
                                                  : journal::displayName(journal::TxState(state)));
    }
    m_model->retranslate();
    setStatus(m_statusText);
    if (m_table->currentIndex().isValid()) {
        showDetails();
    }
}

void HistoryPage::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
}

QWidget* HistoryPage::buildFilters()
{
    auto* box = new QWidget(this);
    box->setMaximumWidth(FormKit::kFormMaxWidth); // the filters in one readable column; the table takes the width
    auto* form = new QFormLayout(box);
    const QDate today = m_services.clock ? m_services.clock->istDate() : QDate::currentDate();
    auto* days = new QHBoxLayout;
    m_from = new QDateEdit(today.addDays(-7), box);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, box);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_to->setCalendarPopup(true);
    for (QDateEdit* edit : {m_from, m_to}) {
        // Digits, as on the receipts: the default format spells the month in English whatever the language.
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    days->addWidget(m_from);
    m_toLabel = FormKit::fieldLabel(m_to, QStringLiteral("toLabel"));
    days->addWidget(m_toLabel);
    days->addWidget(m_to);
    m_daysLabel = FormKit::fieldLabel(m_from, QStringLiteral("daysLabel"));
    form->addRow(m_daysLabel, days);
    m_mobile = new QLineEdit(box);
    m_mobile->setObjectName(QStringLiteral("mobileLineEdit"));
    m_reference = new QLineEdit(box);
    m_reference->setObjectName(QStringLiteral("referenceLineEdit"));
    m_mobileLabel = FormKit::fieldLabel(m_mobile, QStringLiteral("mobileLabel"));
    m_referenceLabel = FormKit::fieldLabel(m_reference, QStringLiteral("referenceLabel"));
    form->addRow(m_mobileLabel, m_mobile);
    form->addRow(m_referenceLabel, m_reference);
    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_kind->addItem(QString(), -1); // every item is named in retranslate()
    for (auto kind : {journal::TxKind::AepsWithdrawal, journal::TxKind::BalanceEnquiry, journal::TxKind::MiniStatement,
                      journal::TxKind::AadhaarPay, journal::TxKind::DmtTransfer, journal::TxKind::Refund}) {
        m_kind->addItem(QString(), int(kind));
    }
    m_state = new QComboBox(box);
    m_state->setObjectName(QStringLiteral("stateComboBox"));
    m_state->addItem(QString(), -1);
    m_state->addItem(QString(), kOpenStates);
    for (int s = int(journal::TxState::Prepared); s <= int(journal::TxState::Refunded); ++s) {
        m_state->addItem(QString(), s);
    }
    m_stateLabel = FormKit::fieldLabel(m_state, QStringLiteral("stateLabel"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_kind);
    row->addWidget(m_stateLabel);
    row->addWidget(m_state);
    m_search = new QPushButton(box);
    m_search->setObjectName(QStringLiteral("searchButton"));
    row->addWidget(m_search);
    m_showLabel = FormKit::fieldLabel(m_kind, QStringLiteral("showLabel"));
    form->addRow(m_showLabel, row);
    connect(m_search, &QPushButton::clicked, this, &HistoryPage::search);
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
    } else if (state == kOpenStates) {
        filter.openOnly = true;
    }
    return filter;
}

void HistoryPage::showOpenRows(const QDate& since)
{
    const QDate today = m_services.clock ? m_services.clock->istDate() : QDate::currentDate();
    m_from->setDate(std::min(since, today));
    m_to->setDate(today);
    m_mobile->clear();
    m_reference->clear();
    m_kind->setCurrentIndex(0);
    m_state->setCurrentIndex(m_state->findData(kOpenStates));
    search();
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
                setStatus([message = page.error().userMessage] { return message; });
                return;
            }
            if (append) {
                m_model->appendRows(page.value().rows);
            } else {
                m_model->setRows(page.value().rows);
                m_details->clear();
                m_reprint->setEnabled(false);
            }
            m_next = page.value().next;
            m_more->setEnabled(page.value().hasMore);
            setStatus([this] { return tr("%n transaction(s) shown", nullptr, m_model->rowCount()); });
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
    m_reprint->setEnabled(true);
    m_forget->setRow(record.clientRefId);
    m_claim->setRow(record);
    if (m_reprintPanel->reference() != record.clientRefId) {
        m_side->setCurrentWidget(m_details); // another row: its details, not the last reprint
    }
    QStringList lines = {
        tr("Reference: %1").arg(record.clientRefId),
        tr("Transaction: %1, %2").arg(journal::displayName(record.kind), journal::displayName(record.state)),
        tr("Amount: %1").arg(rupeeText(record.amount)),
        tr("Customer: %1 %2").arg(record.customerMobile, record.maskedAadhaar()),
        tr("Eko TID: %1  Bank RRN: %2").arg(record.tid, record.rrn),
        Error::ekoLine(record.message), // the answer's own words
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

void HistoryPage::setReceiptOutput(ReceiptOutput* output)
{
    m_reprintPanel->setReceiptOutput(output);
    m_claim->setReceiptOutput(output);
}

void HistoryPage::reprint()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;
    }
    m_side->setCurrentWidget(m_reprintPanel);
    m_reprintPanel->reprint(m_model->record(current.row()).clientRefId);
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
                setStatus([message = written.error().userMessage] { return message; });
                return;
            }
            setStatus([path, rows = int(written.value())] {
                return tr("%n transaction(s) exported to %1", nullptr, rows).arg(path);
            });
            Q_EMIT exported(path, written.value());
        });
}

} // namespace saathi::ui
