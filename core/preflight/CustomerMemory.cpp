// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/preflight/CustomerMemory.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace saathi::preflight {

namespace {

// The column customer_banks.conclusion ('worked', 'not_linked', 'limit_exhausted'); empty: not remembered.
QString columnName(Conclusion conclusion)
{
    switch (conclusion) {
    case Conclusion::BankWorked:
        return QStringLiteral("worked");
    case Conclusion::NotLinked:
        return QStringLiteral("not_linked");
    case Conclusion::LimitExhausted:
        return QStringLiteral("limit_exhausted");
    default:
        return {};
    }
}

Conclusion fromColumn(const QString& name)
{
    for (const Conclusion c : {Conclusion::BankWorked, Conclusion::NotLinked, Conclusion::LimitExhausted}) {
        if (columnName(c) == name) {
            return c;
        }
    }
    return Conclusion::NoConclusion;
}

Error memoryError(const QString& detail)
{
    return Error {QStringLiteral("journal.customer_memory"),
                  QCoreApplication::translate("CustomerMemory",
                                              "The counter's memory of customers could not be read or saved. The "
                                              "transaction is not affected; try again, or restart Saathi."),
                  detail};
}

} // namespace

CustomerMemory::CustomerMemory(QSqlDatabase& db)
    : m_db(db)
{
}

Error CustomerMemory::learnBank(const QString& token, const QString& bankCode, Conclusion conclusion, qint64 atMs,
                                const QDate& istDay)
{
    const QString column = columnName(conclusion);
    if (token.isEmpty() || bankCode.isEmpty() || column.isEmpty()) {
        return {};
    }
    // The newest answer wins: a late answer (a pending row resolved after a newer one) never overwrites it.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO customer_banks (customer_token, bank_code, conclusion, at_ms, ist_day) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (customer_token, bank_code) DO UPDATE SET conclusion = excluded.conclusion, "
        "at_ms = excluded.at_ms, ist_day = excluded.ist_day WHERE excluded.at_ms >= customer_banks.at_ms"));
    q.addBindValue(token);
    q.addBindValue(bankCode);
    q.addBindValue(column);
    q.addBindValue(atMs);
    q.addBindValue(istDay.toString(Qt::ISODate));
    if (!q.exec()) {
        return memoryError(q.lastError().text());
    }
    return {};
}

Error CustomerMemory::learnFinger(const QString& token, device::Finger finger, qint64 atMs)
{
    if (token.isEmpty() || finger == device::Finger::Unknown) {
        return {};
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO customer_fingers (customer_token, finger, at_ms) VALUES (?, ?, ?) "
                             "ON CONFLICT (customer_token) DO UPDATE SET finger = excluded.finger, "
                             "at_ms = excluded.at_ms WHERE excluded.at_ms >= customer_fingers.at_ms"));
    q.addBindValue(token);
    q.addBindValue(device::poshName(finger));
    q.addBindValue(atMs);
    if (!q.exec()) {
        return memoryError(q.lastError().text());
    }
    return {};
}

Result<QList<BankMemory>> CustomerMemory::banks(const QString& token)
{
    QList<BankMemory> out;
    if (token.isEmpty()) {
        return out;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT bank_code, conclusion, at_ms, ist_day FROM customer_banks "
                             "WHERE customer_token = ? ORDER BY at_ms DESC, bank_code"));
    q.addBindValue(token);
    if (!q.exec()) {
        return memoryError(q.lastError().text());
    }
    while (q.next()) {
        out.append(BankMemory {q.value(0).toString(), fromColumn(q.value(1).toString()), q.value(2).toLongLong(),
                               QDate::fromString(q.value(3).toString(), Qt::ISODate)});
    }
    return out;
}

Result<device::Finger> CustomerMemory::finger(const QString& token)
{
    if (token.isEmpty()) {
        return device::Finger::Unknown;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT finger FROM customer_fingers WHERE customer_token = ?"));
    q.addBindValue(token);
    if (!q.exec()) {
        return memoryError(q.lastError().text());
    }
    return q.next() ? device::fingerFromPosh(q.value(0).toString()) : device::Finger::Unknown;
}

Result<int> CustomerMemory::forget(const QString& token)
{
    return token.isEmpty() ? Result<int>(0) : deleteRows(token);
}

Result<int> CustomerMemory::forgetAll()
{
    return deleteRows({});
}

Result<int> CustomerMemory::deleteRows(const QString& token)
{
    if (!m_db.transaction()) {
        return memoryError(m_db.lastError().text());
    }
    int removed = 0;
    for (const QString& table : {QStringLiteral("customer_banks"), QStringLiteral("customer_fingers")}) {
        QSqlQuery q(m_db);
        // `table` is a constant; the token is bound.
        q.prepare(QStringLiteral("DELETE FROM %1").arg(table)
                  + (token.isEmpty() ? QString() : QStringLiteral(" WHERE customer_token = ?")));
        if (!token.isEmpty()) {
            q.addBindValue(token);
        }
        if (!q.exec()) {
            m_db.rollback();
            return memoryError(q.lastError().text());
        }
        removed += q.numRowsAffected();
    }
    if (!m_db.commit()) {
        m_db.rollback();
        return memoryError(m_db.lastError().text());
    }
    return removed;
}

} // namespace saathi::preflight
