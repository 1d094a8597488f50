// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/reconcile/EkoTransactionInquirer.h"

#include "core/eko/AepsOperations.h"
#include "core/eko/AepsTransaction.h"
#include "core/eko/EkoClient.h"
#include "core/journal/JournalEnvironment.h"

namespace saathi::reconcile {

EkoTransactionInquirer::EkoTransactionInquirer(eko::EkoClient& client, QObject* parent)
    : journal::TransactionInquirer(parent)
    , m_client(client)
{
}

journal::InquiryJob* EkoTransactionInquirer::inquire(const QString& clientRefId)
{
    auto* job = new journal::InquiryJob(this);
    eko::AepsOperations aeps(m_client);
    eko::EkoJob* ekoJob = aeps.inquiryByClientRefId(clientRefId);
    // EkoJob never finishes synchronously, so finished() is never emitted from inside inquire().
    connect(ekoJob, &eko::EkoJob::finished, job, [job](const eko::EkoResponse& r) { job->finish(toInquiryResult(r)); });
    return job;
}

std::optional<EkoEnvironment> EkoTransactionInquirer::environment() const
{
    return m_environment ? m_environment : journal::environmentForHost(journal::ekoHost(m_client.config().baseUrl));
}

journal::InquiryResult EkoTransactionInquirer::toInquiryResult(const eko::EkoResponse& r)
{
    using journal::InquiryResult;
    if (!r.hasEnvelope || (r.httpStatus != 0 && (r.httpStatus < 200 || r.httpStatus >= 300))) {
        return InquiryResult::failed(r.error);
    }
    const eko::EkoEnvelope& e = r.envelope;
    if (e.hasStatus && e.status == 168) {
        return InquiryResult::notFound();
    }
    if (!e.isSuccess()) {
        return InquiryResult::failed(r.error);
    }
    const int txStatus = e.integer(QStringLiteral("tx_status"), -1);
    if (txStatus < 0) {
        return InquiryResult::failed(Error {QStringLiteral("eko.inquiry_without_status"), r.error.userMessage,
                                            QStringLiteral("inquiry answer has no tx_status")});
    }
    const eko::AepsTransaction t = eko::AepsTransaction::fromEnvelope(e);
    InquiryResult result = InquiryResult::known(txStatus);
    result.tid = t.tid;
    result.rrn = t.rrn;
    Paise p;
    if (e.amount(QStringLiteral("amount"), &p)) {
        result.amount = p;
    }
    if (e.amount(QStringLiteral("fee"), &p)) {
        result.fee = p;
    }
    if (e.amount(QStringLiteral("commission"), &p)) {
        result.commission = p;
    }
    if (e.amount(QStringLiteral("balance"), &p)) {
        result.balance = p;
    }
    result.message
        = e.text(QStringLiteral("txstatus_desc")).isEmpty() ? e.message : e.text(QStringLiteral("txstatus_desc"));
    result.rawBody = QString::fromUtf8(r.redactedBody);
    return result;
}

} // namespace saathi::reconcile
