// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/dayclose/DayClosePage.h"

#include "core/counter/CounterServices.h"
#include "core/dayclose/DayCloseOutput.h"
#include "core/dayclose/DayCloseService.h"
#include "core/util/Clock.h"
#include "ui/form/PageKeys.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace saathi::ui {

namespace {

bool hasOpenShift(const dayclose::DayCloseReport& report)
{
    return std::any_of(report.shifts.begin(), report.shifts.end(), [](const till::Shift& s) { return s.isOpen(); });
}

} // namespace

DayClosePage::DayClosePage(CounterServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("dayClosePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("dayCloseTitleLabel"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);

    auto* dayRow = new QHBoxLayout;
    const QDate today = m_services.clock ? m_services.clock->istDate() : QDate::currentDate();
    m_day = new QDateEdit(today, this);
    m_day->setObjectName(QStringLiteral("dayDateEdit"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("dd/MM/yyyy")); // digits, as on the receipts
    m_day->setMaximumDate(today);
    m_dayLabel = new QLabel(this);
    m_dayLabel->setObjectName(QStringLiteral("dayLabel"));
    m_dayLabel->setBuddy(m_day);
    dayRow->addWidget(m_dayLabel);
    dayRow->addWidget(m_day);
    dayRow->addStretch(1);
    layout->addLayout(dayRow);

    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("reportView"));
    m_view->setOpenLinks(false);
    layout->addWidget(m_view, 1);

    m_confirmBox = new QWidget(this);
    m_confirmBox->setObjectName(QStringLiteral("confirmCloseBox"));
    auto* confirmRow = new QHBoxLayout(m_confirmBox);
    confirmRow->setContentsMargins(0, 0, 0, 0);
    m_confirmLabel = new QLabel(m_confirmBox);
    m_confirmLabel->setObjectName(QStringLiteral("confirmCloseLabel"));
    m_confirmLabel->setWordWrap(true);
    m_confirmYes = new QPushButton(m_confirmBox);
    m_confirmYes->setObjectName(QStringLiteral("confirmCloseButton"));
    m_confirmNo = new QPushButton(m_confirmBox);
    m_confirmNo->setObjectName(QStringLiteral("cancelCloseButton"));
    confirmRow->addWidget(m_confirmLabel, 1);
    confirmRow->addWidget(m_confirmYes);
    confirmRow->addWidget(m_confirmNo);
    m_confirmBox->hide();
    layout->addWidget(m_confirmBox);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dayCloseStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeDayButton"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("savePdfButton"));
    m_csv = new QPushButton(this);
    m_csv->setObjectName(QStringLiteral("exportCsvButton"));
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    for (QPushButton* b : {m_close, m_print, m_pdf, m_csv}) {
        b->setEnabled(false);
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);
    setTabOrder(m_day, m_close);
    setTabOrder(m_close, m_print);
    setTabOrder(m_print, m_pdf);
    setTabOrder(m_pdf, m_csv);
    setTabOrder(m_csv, m_back);

    connect(m_day, &QDateEdit::dateChanged, this, &DayClosePage::refresh);
    connect(m_back, &QPushButton::clicked, this, &DayClosePage::backRequested);
    connect(m_close, &QPushButton::clicked, this, &DayClosePage::askToClose);
    connect(m_confirmYes, &QPushButton::clicked, this, &DayClosePage::closeDay);
    connect(m_confirmNo, &QPushButton::clicked, this, [this] {
        hideConfirmation();
        m_close->setFocus();
    });
    connect(m_print, &QPushButton::clicked, this, &DayClosePage::printReport);
    connect(m_pdf, &QPushButton::clicked, this, &DayClosePage::savePdf);
    connect(m_csv, &QPushButton::clicked, this, &DayClosePage::exportCsv);
    PageKeys::install(this,
                      {[this] {
                           if (m_confirmBox->isVisible()) {
                               hideConfirmation();
                               m_close->setFocus();
                           } else {
                               Q_EMIT backRequested();
                           }
                       },
                       {},
                       [this] { return m_busy; },
                       {}});
    retranslate();
}

QDate DayClosePage::day() const
{
    return m_day->date();
}

void DayClosePage::setDay(const QDate& istDay)
{
    if (istDay == m_day->date()) {
        refresh();
    } else {
        m_day->setDate(istDay); // refreshes
    }
}

void DayClosePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The day may have turned while the counter stayed open.
    const QDate today = m_services.clock ? m_services.clock->istDate() : QDate::currentDate();
    if (m_day->maximumDate() != today) {
        m_day->setMaximumDate(today);
    }
    refresh();
    m_day->setFocus();
}

void DayClosePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void DayClosePage::retranslate()
{
    m_title->setText(tr("Close the day"));
    m_dayLabel->setText(tr("&Day (IST):"));
    m_close->setText(tr("&Close the day"));
    m_print->setText(tr("&Print"));
    m_pdf->setText(tr("Save as PD&F…"));
    m_csv->setText(tr("Export CS&V…"));
    m_back->setText(tr("Back"));
    m_confirmYes->setText(tr("&Yes, close it"));
    m_confirmNo->setText(tr("&No"));
    m_confirmLabel->setText(tr("Close %1 for good? The report gets the next number and cannot be changed. "
                               "Unresolved transactions are carried to the next day's report.")
                                .arg(m_day->date().toString(QStringLiteral("dd/MM/yyyy"))));
    if (m_report) {
        m_view->setHtml(dayclose::DayCloseOutput::html(*m_report, m_services.identity));
    }
    if (m_statusText) {
        m_status->setText(m_statusText());
    }
}

void DayClosePage::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
}

void DayClosePage::setBusy(bool busy)
{
    m_busy = busy;
    const bool shown = m_report.has_value() && !busy;
    m_close->setEnabled(shown && m_report->number == 0 && !hasOpenShift(*m_report));
    m_print->setEnabled(shown);
    m_pdf->setEnabled(shown);
    m_csv->setEnabled(shown);
}

void DayClosePage::hideConfirmation()
{
    m_confirmBox->hide();
}

void DayClosePage::refresh()
{
    hideConfirmation();
    const int generation = ++m_generation;
    m_report.reset();
    m_view->clear();
    setStatus([] { return tr("Reading the journal…"); });
    if (!m_services.dayClose) {
        setStatus([] { return tr("The journal is not open: the day cannot be closed now."); });
        setBusy(false);
        return;
    }
    setBusy(true);
    const QDate istDay = m_day->date();
    m_services.dayClose->recorded(istDay).then(
        this, [this, generation, istDay](const Result<std::optional<dayclose::DayCloseReport>>& recorded) {
            if (generation != m_generation) {
                return;
            }
            if (!recorded) {
                showError(recorded.error());
                return;
            }
            if (recorded.value()) {
                showReport(*recorded.value());
                return;
            }
            m_services.dayClose->preview(istDay).then(
                this, [this, generation](const Result<dayclose::DayCloseReport>& preview) {
                    if (generation != m_generation) {
                        return;
                    }
                    if (!preview) {
                        showError(preview.error());
                        return;
                    }
                    showReport(preview.value());
                });
        });
}

void DayClosePage::showReport(const dayclose::DayCloseReport& report)
{
    m_report = report;
    m_view->setHtml(dayclose::DayCloseOutput::html(report, m_services.identity));
    setBusy(false);
    const int number = report.number;
    if (number > 0) {
        setStatus([number] { return tr("This day is closed: report No. %1.").arg(number); });
    } else if (hasOpenShift(report)) {
        setStatus([] {
            return tr("A till shift of this day is still open. Count the cash and close the till first, then close "
                      "the day.");
        });
    } else {
        setStatus([] { return tr("Preview. Check the figures, then close the day."); });
    }
    Q_EMIT reportShown();
}

void DayClosePage::showError(const Error& error)
{
    m_report.reset();
    m_view->clear();
    setBusy(false);
    setStatus([message = error.userMessage] { return message; });
}

void DayClosePage::askToClose()
{
    if (!m_report || m_report->number > 0 || m_busy || hasOpenShift(*m_report)) {
        return;
    }
    retranslate(); // the question names the day
    m_confirmBox->show();
    m_confirmYes->setFocus();
}

void DayClosePage::closeDay()
{
    hideConfirmation();
    if (!m_report || m_report->number > 0 || m_busy || !m_services.dayClose) {
        return;
    }
    const int generation = ++m_generation;
    setBusy(true);
    m_day->setEnabled(false); // the report being closed stays the one on screen
    setStatus([] { return tr("Closing the day…"); });
    m_services.dayClose->close(m_day->date())
        .then(this, [this, generation](const Result<dayclose::DayCloseReport>& closed) {
            m_day->setEnabled(true);
            if (generation != m_generation) {
                return;
            }
            if (!closed) {
                setBusy(false);
                setStatus([message = closed.error().userMessage] { return message; });
                return;
            }
            showReport(closed.value());
            const int number = closed.value().number;
            if (closed.value().alreadyClosed) {
                setStatus([number] { return tr("This day was already closed: report No. %1.").arg(number); });
            } else {
                setStatus([number] { return tr("Day closed: report No. %1.").arg(number); });
            }
            m_print->setFocus();
            Q_EMIT dayClosed(number);
        });
}

} // namespace saathi::ui
