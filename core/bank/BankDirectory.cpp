// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/bank/BankDirectory.h"

#include "core/eko/AgentOperations.h"
#include "core/eko/EkoJob.h"

#include <QCoreApplication>

namespace saathi::bank {

BankDirectory::BankDirectory(eko::EkoClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

BankDirectory::~BankDirectory() = default;

void BankDirectory::load()
{
    if (m_status == Status::Loaded || m_job) {
        return;
    }
    m_status = Status::Loading;
    m_error = {};
    ++m_requests;
    m_job = eko::AgentOperations(m_client).banks();
    connect(m_job, &eko::EkoJob::finished, this, &BankDirectory::onAnswer);
}

void BankDirectory::onAnswer(const eko::EkoResponse& response)
{
    m_job = nullptr;
    const QList<Bank> banks = response.outcome == eko::Outcome::Success
        ? eko::AgentOperations::parseBanks(response.envelope)
        : QList<Bank>();
    if (banks.isEmpty()) {
        m_status = Status::Failed;
        m_error = response.error.isNull() ? Error {QStringLiteral("bank.empty_list"),
                                                   QCoreApplication::translate("BankDirectory", "Eko sent no banks."),
                                                   QStringLiteral("status %1").arg(response.envelope.status)}
                                          : response.error;
        Q_EMIT failed(m_error);
        return;
    }
    m_banks = banks;
    m_byCode.clear();
    for (qsizetype i = 0; i < m_banks.size(); ++i) {
        m_byCode.insert(m_banks.at(i).code.toUpper(), i);
    }
    m_status = Status::Loaded;
    Q_EMIT loaded(static_cast<int>(m_banks.size()));
}

Bank BankDirectory::find(const QString& code) const
{
    const qsizetype i = m_byCode.value(code.trimmed().toUpper(), -1);
    return i < 0 ? Bank {} : m_banks.at(i);
}

} // namespace saathi::bank
