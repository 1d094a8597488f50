// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/dmt/DmtJob.h"

#include "core/eko/EkoJob.h"

namespace saathi::dmt {

DmtJob::DmtJob(DmtStep step, Rail rail, QString mobile, eko::EkoJob* job, QObject* parent)
    : QObject(parent)
    , m_step(step)
    , m_rail(rail)
    , m_mobile(std::move(mobile))
    , m_job(job)
{
    connect(job, &eko::EkoJob::finished, this, [this](const eko::EkoResponse& response) {
        m_job = nullptr;
        Q_EMIT finished(DmtReply::interpret(m_step, m_rail, m_mobile, response));
        deleteLater();
    });
}

void DmtJob::cancel()
{
    if (m_job) {
        m_job->cancel();
    }
}

} // namespace saathi::dmt
