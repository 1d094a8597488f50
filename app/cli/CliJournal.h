// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "eko/EkoResponse.h"
#include "journal/JournalStore.h"

#include <memory>

namespace saathi::cli {

// saathi-cli keeps the counter's rule: a customer transaction is journaled (committed) before it is sent, and its
// outcome is journaled when it returns, in the same file the app uses (or --db).
class CliJournal
{
public:
    // Opens the journal and records `request` as prepared and sent. False (after printing why) if it cannot, or if
    // this submission is already journaled — then nothing may be sent.
    bool begin(const QString& dbPath, const journal::PrepareRequest& request);
    // Records the response; returns the journal state's name for the JSON output.
    QString finish(const eko::EkoResponse& response);

private:
    std::unique_ptr<journal::JournalStore> m_store;
    QString m_clientRefId;
};

} // namespace saathi::cli
