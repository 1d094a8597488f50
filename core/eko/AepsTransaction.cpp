// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/eko/AepsTransaction.h"

#include "core/util/Clock.h"
#include "core/validation/AadhaarNumber.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace saathi::eko {

namespace {

// A date, a time of day, or both, from one of Eko's fields; what is missing stays invalid.
void readDateTime(const QString& text, QDate* date, QTime* time)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(?:(\\d{2})[-/](\\d{2})[-/](\\d{2}|\\d{4}))|(?:(\\d{4})-(\\d{2})-(\\d{2})))?"
                       "(?:(?:^|[ T]+)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    const auto m = re.match(text.trimmed());
    if (text.trimmed().isEmpty() || !m.hasMatch()) {
        return;
    }
    if (!m.captured(1).isEmpty()) {
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2) {
            year += 2000;
        }
        *date = QDate(year, m.captured(2).toInt(), m.captured(1).toInt());
    } else if (!m.captured(4).isEmpty()) {
        *date = QDate(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    }
    if (!m.captured(7).isEmpty()) {
        *time = QTime(m.captured(7).toInt(), m.captured(8).toInt(), m.captured(9).toInt());
    }
}

} // namespace

QDateTime AepsTransaction::parseBankTime(const QString& date, const QString& time)
{
    QDate fromDate;
    QTime timeOfDate;
    readDateTime(date, &fromDate, &timeOfDate);
    QDate dateOfTime;
    QTime fromTime;
    readDateTime(time, &dateOfTime, &fromTime);
    // transaction_time holds the whole moment in Eko's samples; otherwise the date comes from transaction_date.
    const QDate day = dateOfTime.isValid() && fromTime.isValid() ? dateOfTime : fromDate;
    const QTime clock = fromTime.isValid() ? fromTime : timeOfDate;
    if (!day.isValid() || !clock.isValid()) {
        return {};
    }
    return QDateTime(day, clock, Clock::istZone());
}

AepsTransaction AepsTransaction::fromEnvelope(const EkoEnvelope& e)
{
    AepsTransaction t;
    t.txStatus = e.integer(QStringLiteral("tx_status"), -1);
    t.tid = e.text(QStringLiteral("tid"));
    t.clientRefId = e.text(QStringLiteral("client_ref_id"));
    t.rrn = e.text(QStringLiteral("bank_ref_num"));
    t.stan = e.text(QStringLiteral("stan"));
    t.bankName = e.text(QStringLiteral("bank"));
    const QString aadhar = e.text(QStringLiteral("aadhar"));
    // Never trust a server to mask: keep at most the last four digits whatever arrives.
    t.maskedAadhaar = aadhar.isEmpty() ? QString() : aadhaar::mask(aadhar);
    t.terminalId = e.text(QStringLiteral("terminal_id"));
    t.merchantName = e.text(QStringLiteral("merchantname"));
    t.shop = e.text(QStringLiteral("shop"));
    t.transactionDate = e.text(QStringLiteral("transaction_date"));
    t.transactionTime = e.text(QStringLiteral("transaction_time"));
    t.bankTime = parseBankTime(t.transactionDate, t.transactionTime);
    t.reason = e.reason();
    e.amount(QStringLiteral("amount"), &t.amount);
    e.amount(QStringLiteral("balance"), &t.agentBalance);
    t.hasCustomerBalance = e.amount(QStringLiteral("customer_balance"), &t.customerBalance);
    e.amount(QStringLiteral("commission"), &t.commission);
    if (!e.amount(QStringLiteral("totalfee"), &t.fee)) {
        e.amount(QStringLiteral("fee"), &t.fee);
    }
    e.amount(QStringLiteral("tds"), &t.tds);
    const QJsonArray list = e.data.value(QStringLiteral("mini_statement_list")).toArray();
    for (qsizetype i = 0; i < list.size() && i < 100; ++i) {
        const QJsonObject row = list.at(i).toObject();
        MiniStatementEntry entry;
        entry.date = EkoEnvelope::textOf(row, QStringLiteral("date"));
        entry.narration = EkoEnvelope::textOf(row, QStringLiteral("narration"));
        const QString type = EkoEnvelope::textOf(row, QStringLiteral("txnType"));
        entry.credit = type.startsWith(QLatin1String("Cr"), Qt::CaseInsensitive);
        EkoEnvelope wrapper;
        wrapper.data = row;
        wrapper.amount(QStringLiteral("amount"), &entry.amount);
        t.miniStatement.append(entry);
    }
    return t;
}

} // namespace saathi::eko
