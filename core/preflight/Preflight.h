// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/device/Finger.h"
#include "core/journal/JournalTypes.h"
#include "core/util/Money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace saathi::journal {
class JournalStore;
}

namespace saathi::preflight {

// Issue #18: every check that can stop a transaction before the finger, in one step that the counter's flows and
// saathi-cli run the same way, after the typed fields are valid and before anything is captured, journaled or sent.
//
// A reason's severity says what the caller does: a Stop always stops; a Warn stops saathi-cli (exit 5) unless
// --despite-warning is given, and on the counter asks the agent before the capture; a Note only informs (stderr on
// the command line, a line on the screen) and never stops.
enum class Severity { Note, Warn, Stop };
enum class Verdict { Go, Warn, Stop };

// Which check spoke. wireName() is a public interface (saathi-cli prints it on stderr: "preflight: <name>: …").
enum class Check {
    AmountLimit, // stop: over the kind's per-transaction limit (₹10,000 for a cash withdrawal)
    CustomerDailyCount, // stop: the customer's 5 cash withdrawals today (NPCI, per terminal per IST day)
    DmtMonthlyRoom, // stop: the DMT amount is over the sender's remaining monthly room
    Ekyc, // stop: the agent's one-time eKYC is not done
    DailyLogin, // stop: today's daily login (2FA) is not done
    AgentStrikes, // warn after 2 failed agent authentications; stop before a 3rd until the test capture passed
    BankNotLinked, // warn: this customer's Aadhaar was answered "not linked" at this bank
    BankLimitToday, // warn: this bank answered "limit exhausted" for this customer today (IST)
    CustomerChecksSkipped, // note: no customer token (no keychain, or a VID): the per-customer checks did not run
};
QString wireName(Check check);

struct Reason
{
    Check check = Check::AmountLimit;
    Severity severity = Severity::Stop;
    QString message; // translated: what is wrong and what to do
    // The form field it belongs to (AePS: "aadhaar", "bank", "amount"; DMT: "amount"; agent checks: empty).
    QString field;
};

// The agent's standing, read from agent::AgentSession (the app) or the same settings file (saathi-cli).
struct AgentState
{
    bool ekycDone = false;
    bool dailyLoginToday = false;
    int failedAuthStreak = 0; // consecutive failed agent authentications (daily login, merchant auth)
    bool testCapturePassed = false; // the device wizard's test capture passed the quality gate since the last failure
};

// What is about to happen.
struct Request
{
    journal::TxKind kind = journal::TxKind::AepsWithdrawal;
    Paise amount; // zero for balance enquiry and mini statement
    QString bankCode; // AePS: the bank picked
    // A2: the keyed token of the customer's Aadhaar (CustomerTokenizer); empty when there is none (no keychain or a
    // VID): the per-customer checks are skipped with a Note.
    QString customerToken;
    QDate istDay; // today, IST (Clock::istDate())
    AgentState agent;
    // The agent's own finger is asked for by this step (the daily login, or a withdrawal with merchant
    // authentication): the strike guard applies. Customer-only transactions still need the daily login.
    bool agentFinger = false;
    bool needsAgentLogin = true; // AePS customer transactions (false for the daily login itself and for DMT)
    std::optional<Paise> dmtMonthlyRoom; // DMT: the sender's remaining room this month, when Eko said it
};

struct Outcome
{
    QList<Reason> reasons; // stops first, then warnings, then notes
    // What the counter remembers for this customer (empty when nothing, or no token).
    QString suggestedBank; // the bank that last worked for this customer
    device::Finger suggestedFinger = device::Finger::Unknown; // the finger that last worked

    Verdict verdict() const;
    bool isGo() const { return verdict() == Verdict::Go; }
    QList<Reason> withSeverity(Severity severity) const;
};

class Preflight
{
public:
    // Runs every check on the calling thread: the journal reads are indexed lookups by customer token (the bench
    // keeps it under 1 ms on a journal of 1,000,000 rows). JournalService::run() calls it off the UI thread.
    static Outcome evaluate(journal::JournalStore& store, const Request& request);
    // The checks that need no journal (the agent's state, the amount): used by evaluate() and by callers that have
    // no journal open yet.
    static QList<Reason> localChecks(const Request& request);
    // The BankNotLinked warning (the form shows it under the bank field as soon as the customer is recalled);
    // `workedBank`: the bank that worked for this customer before, or empty.
    static Reason bankNotLinked(const QString& workedBank);
};

} // namespace saathi::preflight
