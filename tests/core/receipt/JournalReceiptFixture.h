// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// A real journal (SQLite file) holding one of every receipt kind, written through JournalStore as the flows write
// it: AePS success / failed / pending, a DMT plan of two parts whose second part was sent twice, and a refund.
// Shared by TestJournalReceipts and the CLI's receipt tests.
#pragma once

#include "core/journal/JournalStore.h"
#include "core/util/Clock.h"

#include <QString>

namespace saathi::test::journalreceipts {

inline const QString kTestAadhaar = QStringLiteral("999941057058"); // UIDAI's well-known test UID

inline journal::PrepareRequest request(const QString& ref, journal::TxKind kind, const QString& key, qint64 rupees)
{
    journal::PrepareRequest r;
    r.submissionKey = key;
    r.clientRefId = ref;
    r.kind = kind;
    r.amount = Paise::fromRupees(rupees);
    r.customerMobile = QStringLiteral("9876543210");
    r.agentUserCode = QStringLiteral("20810200");
    r.bankCode = QStringLiteral("SBIN");
    r.consentVersion = QStringLiteral("consent-v1");
    r.consentLanguage = QStringLiteral("hi");
    if (kind == journal::TxKind::AepsWithdrawal) {
        r.aadhaarLast4 = QStringLiteral("7058");
        r.channel = QStringLiteral("aeps-fingpay");
    } else {
        r.channel = QStringLiteral("imps");
    }
    return r;
}

inline journal::Outcome outcome(journal::TxState state, const QString& tid, const QString& rrn, const QString& body)
{
    journal::Outcome o;
    o.state = state;
    o.source = journal::Source::Response;
    o.tid = tid;
    o.rrn = rrn;
    o.rawBody = body;
    if (state == journal::TxState::Failed) {
        o.message = QStringLiteral("Customer Bank account is Frozen");
    }
    return o;
}

inline QString transferBody(const QString& tid, const QString& utr, int status)
{
    return QStringLiteral("{\"status\":0,\"message\":\"ok\",\"data\":{\"tx_status\":\"%1\",\"tid\":\"%2\","
                          "\"utr\":\"%3\",\"fee\":\"10.00\",\"recipient_name\":\"Mohan Lal\","
                          "\"account\":\"123456785678\",\"ifsc\":\"SBIN0001234\",\"bank\":\"State Bank of India\"}}")
        .arg(status)
        .arg(tid, utr);
}

// Writes the rows into a new journal at `path`; false (with a warning) on any store error.
inline bool write(const QString& path)
{
    auto opened = journal::JournalStore::open(path, SystemClock::instance());
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().detail));
        return false;
    }
    journal::JournalStore& s = *opened.value();
    using journal::TxKind;
    using journal::TxState;
    const auto send
        = [&s](const journal::PrepareRequest& r) { return s.prepare(r).ok() && s.markSent(r.clientRefId).ok(); };
    const auto answer = [&s](const QString& ref, const journal::Outcome& o) { return s.recordOutcome(ref, o).ok(); };
    // A careless server echoing the whole Aadhaar number: the journal sanitises it, no receipt may carry it.
    const QString aepsOk
        = QStringLiteral("{\"status\":0,\"message\":\"Transaction successful\",\"data\":{\"tid\":\"2883457721\","
                         "\"bank_ref_num\":\"632711345678\",\"stan\":\"345678\",\"bank\":\"State Bank of India\","
                         "\"terminal_id\":\"EKO00123\",\"aadhar\":\"%1\",\"customer_balance\":\"22500.50\"}}")
              .arg(kTestAadhaar);
    return send(request(QStringLiteral("AEPSOK1"), TxKind::AepsWithdrawal, QStringLiteral("k-aeps-ok"), 2500))
        && answer(QStringLiteral("AEPSOK1"),
                  outcome(TxState::Success, QStringLiteral("2883457721"), QStringLiteral("632711345678"), aepsOk))
        && send(request(QStringLiteral("AEPSFAIL1"), TxKind::AepsWithdrawal, QStringLiteral("k-aeps-fail"), 1500))
        && answer(QStringLiteral("AEPSFAIL1"), outcome(TxState::Failed, QStringLiteral("2883457722"), {}, {}))
        && send(request(QStringLiteral("AEPSWAIT1"), TxKind::AepsWithdrawal, QStringLiteral("k-aeps-wait"), 500))
        // The DMT plan "PLAN7": part 1, part 2 failed, part 2 again (attempt 2) succeeded.
        && send(request(QStringLiteral("DMTP1"), TxKind::DmtTransfer, QStringLiteral("PLAN7#1.1"), 5000))
        && answer(QStringLiteral("DMTP1"),
                  outcome(TxState::Success, QStringLiteral("3100000001"), QStringLiteral("UTR0001"),
                          transferBody(QStringLiteral("3100000001"), QStringLiteral("UTR0001"), 0)))
        && send(request(QStringLiteral("DMTP2A"), TxKind::DmtTransfer, QStringLiteral("PLAN7#2.1"), 3000))
        && answer(QStringLiteral("DMTP2A"), outcome(TxState::Failed, QStringLiteral("3100000002"), {}, {}))
        && send(request(QStringLiteral("DMTP2B"), TxKind::DmtTransfer, QStringLiteral("PLAN7#2.2"), 3000))
        && answer(QStringLiteral("DMTP2B"),
                  outcome(TxState::Success, QStringLiteral("3100000003"), QStringLiteral("UTR0003"),
                          transferBody(QStringLiteral("3100000003"), QStringLiteral("UTR0003"), 0)))
        // A transfer that failed after debit, and its refund.
        && send(request(QStringLiteral("DMTLONE"), TxKind::DmtTransfer, QStringLiteral("PLAN8#1.1"), 2000))
        && answer(QStringLiteral("DMTLONE"),
                  outcome(TxState::RefundPending, QStringLiteral("3100000009"), {},
                          transferBody(QStringLiteral("3100000009"), {}, 3)))
        &&
        [&] {
            journal::PrepareRequest r
                = request(QStringLiteral("REFUND1"), TxKind::Refund, QStringLiteral("k-refund"), 2000);
            r.relatedClientRefId = QStringLiteral("DMTLONE");
            return send(r);
        }()
        && answer(QStringLiteral("REFUND1"),
                  outcome(TxState::Success, QStringLiteral("3200000001"), {},
                          QStringLiteral("{\"status\":0,\"data\":{\"tx_status\":\"0\",\"refund_tid\":\"3200000001\","
                                         "\"refunded_amount\":\"2010.00\"}}")));
}

} // namespace saathi::test::journalreceipts
