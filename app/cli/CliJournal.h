// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/eko/EkoResponse.h"
#include "core/journal/JournalStore.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace saathi::cli {

// The journal file a customer transaction goes to (issue #12: one journal per Eko environment).
struct JournalTarget
{
    QString path; // --db PATH, else the environment's own file (JournalPaths::forEnvironment)
    std::optional<EkoEnvironment> environment; // EkoCli::journalEnvironment(); empty only with --db

    // False, with a usage message, when neither --db nor the Eko settings say which environment this is.
    static bool resolve(const QCommandLineParser& parser, JournalTarget* target, QString* error);
    // The environment's journal is opened as that environment's (a file of another one is refused).
    journal::JournalStore::Options options() const;
};

// saathi-cli keeps the counter's rule: a customer transaction is journaled (committed) before it is sent, and its
// outcome is journaled when it returns, in the environment's journal file the app uses (or --db).
class CliJournal
{
public:
    // Opens the journal and records `request` as prepared and sent, stamped with the target's environment. False
    // (after printing why) if it cannot, or if this submission is already journaled — then nothing may be sent.
    bool begin(const JournalTarget& target, journal::PrepareRequest request);
    // Opens the journal without writing a row, for the pre-flight step before the finger (issue #18); begin() then
    // uses it. Null (after printing why) if it cannot be opened.
    journal::JournalStore* open(const JournalTarget& target);
    // Records the response; returns the journal state's name for the JSON output, or "pending_disk_full" when a full
    // disk kept the answer from being saved (the row stays open and is reconciled), "unrecorded" on other failures.
    QString finish(const eko::EkoResponse& response);
    // The command's exit code given Eko's (`ekoExitCode`): ExitPendingDiskFull (6) when the answer could not be saved
    // for a full disk, 4 (unknown: do not repeat, inquire) when it could not be saved otherwise.
    int exitCode(int ekoExitCode) const;

private:
    std::unique_ptr<journal::JournalStore> m_store;
    QString m_clientRefId;
    QString m_unsaved; // set when the outcome write failed: "disk_full" or "other"
};

} // namespace saathi::cli
