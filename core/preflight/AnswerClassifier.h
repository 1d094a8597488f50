// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace saathi::eko {
struct EkoEnvelope;
}

namespace saathi::preflight {

// What an Eko answer to an AePS transaction says about the customer's bank or the finger. Eko reuses its codes
// (1467 is "not linked to this bank" in one answer and "do the daily login first" in another; 1528 covers a
// biometric mismatch and other failures), so the conclusion comes from the code AND the reason text, through the
// rules in resources/eko/answer-classes.json. An unknown wording is NoConclusion: it never marks anything.
enum class Conclusion {
    NoConclusion,
    BankWorked, // the transaction succeeded at this bank
    NotLinked, // the customer's Aadhaar is not linked to (seeded at) this bank
    LimitExhausted, // the bank's limit for this customer is used up (for the day)
    BiometricMismatch, // the customer's finger did not match: try another finger
    AgentLoginNeeded, // "do 2fa first": about the agent, never the customer's bank
};

struct Answer
{
    int status = -1; // Eko's `status` (or response_type_id when status is 0)
    int responseTypeId = -1;
    int txStatus = -1; // data.tx_status, -1 when absent
    QString reason; // data.reason, data.comment and message, joined with " | " (any order)
};

// The answer in Eko's envelope: its codes, data.tx_status, and data.reason, data.comment and the message joined.
Answer answerOf(const eko::EkoEnvelope& envelope);
// The same from a body as the journal keeps it (the sanitised raw_response); an unreadable body gives an Answer
// with only `extraReason` (a journal row's message), which the rules can still read.
Answer answerFromBody(const QByteArray& body, const QString& extraReason = QString());

class AnswerClassifier
{
public:
    // The built-in rules (:/saathi/eko/answer-classes.json).
    static const AnswerClassifier& builtIn();
    // The rules in use: an integrator's file (settings key `preflight/answer_classes`, installed with useFile() at
    // start-up, before any flow runs), else the built-in ones.
    static const AnswerClassifier& active();
    // Reads an integrator's rules file (the same format) and uses it from now on; an empty path goes back to the
    // built-in rules. A file that cannot be read or has no valid rules changes nothing and says why.
    static Error useFile(const QString& path);
    // Rules from a JSON document (the same format); an invalid document gives no rules and `error`.
    static AnswerClassifier fromJson(const QByteArray& json, QString* error = nullptr);

    Conclusion classify(const Answer& answer) const;
    int ruleCount() const { return int(m_rules.size()); }
    // The wire name of a conclusion in the data file ("bank_worked", …); empty for NoConclusion.
    static QString conclusionName(Conclusion conclusion);
    static Conclusion conclusionFromName(const QString& name); // NoConclusion for anything else

private:
    struct Rule
    {
        Conclusion conclusion = Conclusion::NoConclusion;
        QList<int> codes; // status or response_type_id; empty: any code
        QList<int> txStatuses; // data.tx_status; empty: any
        QStringList phrases; // lower case; one must occur in the reason
    };
    QList<Rule> m_rules; // first match wins; the file puts "do 2fa" rules first
};

} // namespace saathi::preflight
