// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/dayclose/DayCloser.h"

#include "core/dayclose/DayCloseData.h"
#include "core/journal/DailySummary.h"
#include "core/journal/HistoryQuery.h"
#include "core/journal/JournalStore.h"
#include "core/journal/SqlUtil.h"
#include "core/logging/LogCategories.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace saathi::dayclose {

namespace {

Error futureDayError(const QDate& istDay)
{
    return Error {QStringLiteral("dayclose.future_day"),
                  QCoreApplication::translate("DayClose", "%1 has not come yet. Choose today or an earlier day.")
                      .arg(istDay.toString(Qt::ISODate)),
                  istDay.toString(Qt::ISODate)};
}

Error shiftOpenError(const till::Shift& shift)
{
    return Error {QStringLiteral("dayclose.shift_open"),
                  QCoreApplication::translate("DayClose",
                                              "%1's shift is still open. Count the cash and close the till first, "
                                              "then close the day.")
                      .arg(shift.operatorName),
                  QStringLiteral("till_shifts %1 open").arg(shift.id)};
}

// One BEGIN IMMEDIATE … COMMIT on the store's connection (synchronous=FULL: durable when commit() returns); rolled
// back when it goes out of scope uncommitted.
class WriteTransaction
{
public:
    explicit WriteTransaction(journal::JournalStore& store)
        : m_store(store)
    {
    }
    ~WriteTransaction()
    {
        if (m_open) {
            QSqlQuery(m_store.database()).exec(QStringLiteral("ROLLBACK"));
        }
    }
    Error begin()
    {
        QSqlQuery q(m_store.database());
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            return journal::sql::storeError(q);
        }
        m_open = true;
        return {};
    }
    Error commit()
    {
        QSqlQuery q(m_store.database());
        if (!q.exec(QStringLiteral("COMMIT"))) {
            return journal::sql::storeError(q); // the destructor rolls back what SQLite has not already
        }
        m_open = false;
        return {};
    }

private:
    journal::JournalStore& m_store;
    bool m_open = false;
};

Result<DayCloseReport> build(journal::JournalStore& store, const QDate& istDay, std::optional<Paise> evalueClose)
{
    if (!istDay.isValid() || istDay > store.clock().istDate()) {
        return futureDayError(istDay);
    }
    DayCloseReport report;
    report.istDay = istDay;

    auto summary = journal::summary::forIstDay(store, istDay);
    if (!summary) {
        return summary.error();
    }
    for (const journal::KindSummary& k : summary.value().kinds) {
        KindLine line;
        line.kind = k.kind;
        line.count = k.succeeded;
        line.total = k.succeededAmount;
        line.attempted = k.count;
        line.failed = k.failed;
        line.open = k.open;
        line.fees = k.fees;
        line.commission = k.commission;
        report.kinds.append(line);
    }
    report.fees = summary.value().fees;
    report.commission = summary.value().commission;

    auto shifts = data::shiftsOn(store, istDay);
    if (!shifts) {
        return shifts.error();
    }
    report.shifts = shifts.value();
    for (const till::Shift& s : std::as_const(report.shifts)) {
        report.cashExpected = report.cashExpected + s.expectedCash.value_or(Paise {});
        report.cashCounted = report.cashCounted + s.countedCash.value_or(Paise {});
    }
    report.cashDifference = report.cashCounted - report.cashExpected;

    const qint64 dayStartMs = journal::history::istDayStartMs(istDay);
    const qint64 dayEndMs = journal::history::istDayStartMs(istDay.addDays(1));
    if (!report.shifts.isEmpty() && report.shifts.first().evalueOpen) {
        report.evalueOpen = report.shifts.first().evalueOpen;
    } else {
        auto before = data::lastBalance(store, 0, dayStartMs);
        if (!before) {
            return before.error();
        }
        report.evalueOpen = before.value();
    }
    if (evalueClose) {
        report.evalueClose = evalueClose;
    } else {
        auto last = data::lastBalance(store, dayStartMs, dayEndMs);
        if (!last) {
            return last.error();
        }
        report.evalueClose = last.value();
    }

    auto unresolved = data::unresolvedUpTo(store, istDay);
    if (!unresolved) {
        return unresolved.error();
    }
    report.unresolved = unresolved.value();

    auto previous = data::recordedBefore(store, istDay);
    if (!previous) {
        return previous.error();
    }
    if (previous.value()) {
        for (const UnresolvedLine& u : std::as_const(previous.value()->unresolved)) {
            auto row = store.find(u.clientRefId);
            if (!row) {
                return row.error();
            }
            if (row.value() && journal::isFinal(row.value()->state)) {
                report.clearedSinceLastClose.append(u.clientRefId);
            }
        }
    }
    return report;
}

} // namespace

DayCloser::DayCloser(journal::JournalStore& store)
    : m_store(store)
{
}

Result<DayCloseReport> DayCloser::preview(const QDate& istDay)
{
    return build(m_store, istDay, std::nullopt);
}

Result<DayCloseReport> DayCloser::close(const QDate& istDay, std::optional<Paise> evalueClose)
{
    WriteTransaction tx(m_store);
    if (Error e = tx.begin(); !e.isNull()) {
        return e;
    }
    // Inside the write lock: a second close (another process, a retry after a kill) finds the first one here.
    auto recorded = data::recordedOn(m_store, istDay);
    if (!recorded) {
        return recorded.error();
    }
    if (recorded.value()) {
        DayCloseReport first = *recorded.value();
        first.alreadyClosed = true;
        return first;
    }
    auto report = build(m_store, istDay, evalueClose);
    if (!report) {
        return report.error();
    }
    for (const till::Shift& s : std::as_const(report.value().shifts)) {
        if (s.isOpen()) {
            return shiftOpenError(s);
        }
    }
    auto number = data::nextNumber(m_store);
    if (!number) {
        return number.error();
    }
    DayCloseReport closed = report.value();
    closed.number = number.value();
    closed.closedAtMs = m_store.clock().nowMs();
    if (Error e = data::insert(m_store, closed); !e.isNull()) {
        return e;
    }
    if (Error e = tx.commit(); !e.isNull()) {
        return e;
    }
    qCInfo(lcJournal) << "day closed:" << closed.istDay.toString(Qt::ISODate) << "report" << closed.number
                      << "unresolved" << closed.unresolved.size();
    return closed;
}

Result<std::optional<DayCloseReport>> DayCloser::recorded(const QDate& istDay)
{
    return data::recordedOn(m_store, istDay);
}

Result<std::optional<DayCloseReport>> DayCloser::recordedNumber(int number)
{
    return data::recordedNumber(m_store, number);
}

} // namespace saathi::dayclose
