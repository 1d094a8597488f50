// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/journal/TransactionInquirer.h"

namespace saathi::journal {

void InquiryJob::finish(const InquiryResult& result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace saathi::journal
