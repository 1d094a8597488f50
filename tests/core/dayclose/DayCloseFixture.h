// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

// A real journal file with rows made the way the counter makes them (prepare, markSent, recordOutcome) and till
// shifts written as the till writes them (till_shifts rows, frozen at their close).
#include "../journal/JournalTestData.h"
#include "core/journal/HistoryQuery.h"

#include <QSqlError>
#include <QSqlQuery>

namespace saathi::test {

class DayCloseFixture
{
public:
    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<journal::JournalStore> store;

    QString path() const { return dir.filePath(QStringLiteral("journal.sqlite")); }

    bool open()
    {
        auto s = journal::JournalStore::open(path(), clock, storeOptions());
        if (!s) {
            qWarning() << s.error().detail;
            return false;
        }
        store = std::move(s.value());
        return true;
    }

    // hh:mm IST on `day`.
    void at(const QDate& day, int hour, int minute = 0)
    {
        clock.setNowMs(journal::history::istDayStartMs(day) + (qint64(hour) * 60 + minute) * 60'000);
    }

    // A row made now: prepared, sent, then answered with `state` (Sent: never answered).
    bool row(const QString& ref, journal::TxKind kind, Paise amount, journal::TxState state,
             std::optional<Paise> fee = {}, std::optional<Paise> commission = {}, std::optional<Paise> balance = {})
    {
        journal::PrepareRequest r = withdrawal(QStringLiteral("key-") + ref, ref);
        r.kind = kind;
        r.amount = amount;
        if (!store->prepare(r) || !store->markSent(ref)) {
            return false;
        }
        if (state == journal::TxState::Sent) {
            return true;
        }
        journal::Outcome o = answer(state, journal::Source::Response, QStringLiteral("TID-") + ref);
        o.fee = fee;
        o.commission = commission;
        o.balance = balance;
        return store->recordOutcome(ref, o).ok();
    }

    bool resolve(const QString& ref, journal::TxState state)
    {
        return store->recordOutcome(ref, answer(state, journal::Source::Inquiry, QStringLiteral("TID-") + ref)).ok();
    }

    // A shift opened now, on today's IST day.
    qint64 openShift(const QString& operatorName, Paise openingCash, std::optional<Paise> evalueOpen = std::nullopt)
    {
        QSqlQuery q(store->database());
        q.prepare(QStringLiteral("INSERT INTO till_shifts (open_key, operator, opened_at_ms, ist_day, "
                                 "opening_cash_paise, evalue_open_paise) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(QStringLiteral("open-%1-%2").arg(operatorName).arg(clock.nowMs()));
        q.addBindValue(operatorName);
        q.addBindValue(clock.nowMs());
        q.addBindValue(clock.istDate().toString(Qt::ISODate));
        q.addBindValue(openingCash.value);
        q.addBindValue(evalueOpen ? QVariant(evalueOpen->value) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return 0;
        }
        return q.lastInsertId().toLongLong();
    }

    bool closeShift(qint64 id, Paise expected, Paise counted, const QString& handedTo = QString())
    {
        QSqlQuery q(store->database());
        q.prepare(QStringLiteral("UPDATE till_shifts SET closed_at_ms = ?, close_key = ?, expected_cash_paise = ?, "
                                 "counted_cash_paise = ?, difference_paise = ?, handed_to = ? WHERE id = ?"));
        q.addBindValue(clock.nowMs());
        q.addBindValue(QStringLiteral("close-%1").arg(id));
        q.addBindValue(expected.value);
        q.addBindValue(counted.value);
        q.addBindValue(counted.value - expected.value);
        q.addBindValue(handedTo.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(handedTo));
        q.addBindValue(id);
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return false;
        }
        return true;
    }

    int dayCloseRows()
    {
        QSqlQuery q(store->database());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM day_closes")) && q.next() ? q.value(0).toInt() : -1;
    }
};

} // namespace saathi::test
