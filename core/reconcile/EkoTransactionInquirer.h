// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/TransactionInquirer.h"

namespace saathi::eko {
class EkoClient;
struct EkoResponse;
} // namespace saathi::eko

namespace saathi::reconcile {

// The journal's reconciliation asks Eko through this: transaction inquiry by client_ref_id (a GET, so the client
// may retry it; it never re-sends the money request itself).
class EkoTransactionInquirer final : public journal::TransactionInquirer
{
    Q_OBJECT
public:
    explicit EkoTransactionInquirer(eko::EkoClient& client, QObject* parent = nullptr);
    journal::InquiryJob* inquire(const QString& clientRefId) override;
    // The environment set by setEnvironment(), else what the client's base URL host shows (staging.eko.in → uat,
    // api.eko.in → production, loopback → training), else none.
    std::optional<EkoEnvironment> environment() const override;
    void setEnvironment(std::optional<EkoEnvironment> env) { m_environment = env; }

    // How an inquiry answer reads to the journal (exposed for tests).
    static journal::InquiryResult toInquiryResult(const eko::EkoResponse& response);

private:
    eko::EkoClient& m_client;
    std::optional<EkoEnvironment> m_environment;
};

} // namespace saathi::reconcile
