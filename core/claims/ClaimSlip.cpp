// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/claims/ClaimSlip.h"

#include "core/eko/AepsTransaction.h"
#include "core/eko/EkoEnvelope.h"
#include "core/receipt/Receipt.h"
#include "core/receipt/ReceiptHeader.h"
#include "core/settings/Catalogue.h"

#include <QCoreApplication>
#include <QTranslator>

namespace saathi::claims {

namespace {

using journal::TxKind;
using journal::TxState;
using receipt::Receipt;

// The Hindi catalogue, loaded once and never installed: the slip speaks the customer's language whatever the
// counter's. Read-only after loading, so any thread may ask it.
const QTranslator* hindi()
{
    static const QTranslator* catalogue = [] {
        auto* t = new QTranslator; // lives as long as the process
        if (!t->load(settings::catalogue::pathFor(QStringLiteral("hi")))) {
            delete t;
            return static_cast<QTranslator*>(nullptr);
        }
        return t;
    }();
    return catalogue;
}

// `source` (marked with QT_TRANSLATE_NOOP) in `language`; English when the catalogue has no Hindi for it.
QString say(const QString& language, const char* context, const char* source)
{
    if (language == QLatin1String("hi") && hindi()) {
        const QString t = hindi()->translate(context, source);
        if (!t.isEmpty()) {
            return t;
        }
    }
    return QString::fromUtf8(source);
}

QString say(const QString& language, const char* source)
{
    return say(language, "ClaimSlip", source);
}

const char* kindText(TxKind kind)
{
    switch (kind) {
    case TxKind::AadhaarPay:
        return QT_TRANSLATE_NOOP("ClaimSlip", "Aadhaar Pay");
    case TxKind::DmtTransfer:
        return QT_TRANSLATE_NOOP("ClaimSlip", "Money transfer");
    default:
        return QT_TRANSLATE_NOOP("ClaimSlip", "Cash withdrawal");
    }
}

const char* stateText(TxState state)
{
    switch (state) {
    case TxState::Failed:
        return QT_TRANSLATE_NOOP("ClaimSlip", "Failed");
    case TxState::RefundPending:
        return QT_TRANSLATE_NOOP("ClaimSlip", "Refund pending");
    default:
        return QT_TRANSLATE_NOOP("ClaimSlip", "Not final: being checked");
    }
}

bool isAeps(TxKind kind)
{
    return kind == TxKind::AepsWithdrawal || kind == TxKind::AadhaarPay;
}

// The extras only Eko's stored answer has (STAN, the bank's name); empty when there was no readable answer.
eko::AepsTransaction answerOf(const journal::TransactionRecord& row)
{
    if (row.rawResponse.isEmpty() || !isAeps(row.kind)) {
        return {};
    }
    const auto envelope = eko::parseEnvelope(row.rawResponse.toUtf8());
    return envelope ? eko::AepsTransaction::fromEnvelope(envelope.value()) : eko::AepsTransaction {};
}

QString dayText(const QDate& day)
{
    return day.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

ClaimSlip ClaimSlip::build(const journal::TransactionRecord& row, const ClaimRule& rule,
                           const CounterIdentity& identity, const QString& language, qint64 nowMs,
                           const QString& bankName)
{
    ClaimSlip s;
    const QString lang = language == QLatin1String("hi") ? QStringLiteral("hi") : QStringLiteral("en");
    s.m_language = lang;
    s.m_clientRefId = row.clientRefId;
    s.m_shop = identity.shopName;
    s.m_shopAddress = identity.shopAddress;
    s.m_title = say(lang, QT_TRANSLATE_NOOP("ClaimSlip", "CLAIM SLIP: MONEY NOT RECEIVED"));
    s.m_clock = ClaimRules::clock(rule, row.createdAtMs, nowMs);
    const eko::AepsTransaction answer = answerOf(row);
    const auto add = [&s](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty()) {
            s.m_fields.append({label, value.trimmed()});
        }
    };
    add(say(lang, QT_TRANSLATE_NOOP("ClaimSlip", "Transaction")), say(lang, kindText(row.kind)));
    add(say(lang, QT_TRANSLATE_NOOP("ClaimSlip", "Status")), say(lang, stateText(row.state)));
    add(say(lang, QT_TRANSLATE_NOOP("ClaimSlip", "Amount")), Receipt::formatRupees(row.amount));
    add(say(lang, QT_TRANSLATE_NOOP("ClaimSlip", "Date & time")), Receipt::istDateTime(row.createdAtMs));
    add(say(lang, QT_TRANSLATE_NOOP("ClaimSlip", "Bank")),
        !answer.bankName.isEmpty() ? answer.bankName : (!bankName.isEmpty() ? bankName : row.bankCode));
    add(say(lang, QT_TRANSLATE_NOOP("ClaimSlip", "Aadhaar")),
        row.aadhaarLast4.isEmpty() ? QString() : row.maskedAadhaar());
    add(say(lang, QT_TRANSLATE_NOOP("ClaimSlip", "RRN")), !row.rrn.isEmpty() ? row.rrn : answer.rrn);
    add(say(lang, QT_TRANSLATE_NOOP("ClaimSlip", "STAN")), answer.stan);
    add(say(lang, QT_TRANSLATE_NOOP("ClaimSlip", "Eko TID")), !row.tid.isEmpty() ? row.tid : answer.tid);
    add(say(lang, QT_TRANSLATE_NOOP("ClaimSlip", "Reference")), row.clientRefId);
    add(say(lang, QT_TRANSLATE_NOOP("ClaimSlip", "Agent code")),
        identity.userCode.isEmpty() ? row.agentUserCode : identity.userCode);
    add(say(lang, QT_TRANSLATE_NOOP("ClaimSlip", "Due back by")), dayText(s.m_clock.deadline));
    if (s.m_clock.overdue()) {
        const int days = s.m_clock.compensationDays();
        add(say(lang, QT_TRANSLATE_NOOP("ClaimSlip", "Overdue")),
            say(lang, QT_TRANSLATE_NOOP("ClaimSlip", "%1 days")).arg(days));
        add(say(lang, QT_TRANSLATE_NOOP("ClaimSlip", "Compensation")),
            Receipt::formatRupees(Paise {rule.compensationPerDay.value * days}));
    } else {
        add(say(lang, QT_TRANSLATE_NOOP("ClaimSlip", "Days left")), QString::number(s.m_clock.daysLeft));
    }
    s.m_notes << rule.textIn(lang);
    s.m_notes << say(lang, QT_TRANSLATE_NOOP("ClaimSlip", "Source: %1")).arg(rule.source);
    s.m_notes << say(lang,
                     QT_TRANSLATE_NOOP("ClaimSlip",
                                       "What to do: contact your bank (branch or helpline) and quote the RRN, "
                                       "STAN, Eko TID, amount and date above."));
    s.m_notes << say(lang,
                     QT_TRANSLATE_NOOP("ClaimSlip",
                                       "If the money is not back by %1, complain to your bank in writing. If "
                                       "the bank does not answer within 30 days, complain to the RBI "
                                       "Ombudsman: cms.rbi.org.in"))
                     .arg(dayText(s.m_clock.deadline));
    return s;
}

QStringList ClaimSlip::lines(int width) const
{
    QStringList out = Receipt::shopHeader(m_shop, m_shopAddress, width);
    for (const QString& line : Receipt::wrap(m_title, width)) {
        out << receipt::centred(line, width);
    }
    if (m_training) {
        out << receipt::centred(
            say(m_language, "Receipt", QT_TRANSLATE_NOOP("Receipt", "TRAINING — NOT A REAL TRANSACTION")), width);
    }
    const QString rule(width, QLatin1Char('-'));
    out << rule;
    for (const Line& field : m_fields) {
        const QString line = Receipt::labelled(field.label, field.value);
        if (line.size() <= width) {
            out << line;
            continue;
        }
        out << field.label; // a long value (a bank's name) goes under its label, indented
        for (const QString& part : Receipt::wrap(field.value, width - 2)) {
            out << QStringLiteral("  ") + part;
        }
    }
    out << rule;
    for (const QString& note : m_notes) {
        out << Receipt::wrap(note, width);
    }
    out << rule;
    for (const QString& line : Receipt::wrap(
             say(m_language, QT_TRANSLATE_NOOP("ClaimSlip", "Keep this slip until the money is back.")), width)) {
        out << receipt::centred(line, width);
    }
    return out;
}

QString ClaimSlip::plainText(int width) const
{
    return lines(width).join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace saathi::claims
