// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// AepsCustomerFlow before the finger (issue #18): the pre-flight step with the N5 duplicate check, the customer the
// counter remembers, and learning from each answer under the customer token.
#include "core/aeps/AepsCustomerFlow.h"
#include "core/agent/AgentSession.h"
#include "core/counter/CounterServices.h"
#include "core/crypto/CustomerToken.h"
#include "core/journal/JournalService.h"
#include "core/journal/JournalStore.h"
#include "core/preflight/AnswerClassifier.h"
#include "core/preflight/CustomerMemory.h"
#include "core/preflight/CustomerMemoryService.h"
#include "core/training/Practice.h"
#include "core/util/Clock.h"

#include <QCoreApplication>

#include <optional>

namespace saathi::aeps {

using journal::JournalStore;
using journal::TransactionRecord;
using journal::TxState;

namespace {

// The form field a pre-flight reason names ("aadhaar", "bank", "amount").
std::optional<AepsField> fieldOf(const QString& name)
{
    if (name == QLatin1String("aadhaar")) {
        return AepsField::Aadhaar;
    }
    if (name == QLatin1String("bank")) {
        return AepsField::Bank;
    }
    if (name == QLatin1String("amount")) {
        return AepsField::Amount;
    }
    return std::nullopt;
}

} // namespace

void AepsCustomerFlow::checkDuplicates()
{
    setState(State::CheckingDuplicates);
    const journal::PrepareRequest request = prepareRequest();
    const preflight::Request check = preflightRequest();
    const bool moneyMoving = journal::isMoneyMoving(kind());
    m_services.journal
        ->run([request, check, moneyMoving](JournalStore& store) -> Result<DuplicateCheck> {
            // Issue #18: every check before the finger in one step (N1's 5 withdrawals a day among them: the count
            // includes rows whose outcome may still turn out approved), then N5's identical recent rows.
            DuplicateCheck found;
            found.preflight = preflight::Preflight::evaluate(store, check);
            if (moneyMoving && found.preflight.verdict() != preflight::Verdict::Stop) {
                auto rows = store.similarRecent(request, kDuplicateWindowMs);
                if (!rows) {
                    return rows.error();
                }
                found.similar = rows.value();
            }
            return found;
        })
        .then(this, [this](const Result<DuplicateCheck>& found) {
            if (m_state != State::CheckingDuplicates) {
                return;
            }
            if (m_cancelRequested) {
                stop(cancelledError());
                return;
            }
            if (!found.ok()) {
                stop(found.error());
                return;
            }
            m_preflight = found.value().preflight;
            m_similar = found.value().similar;
            notePractice();
            switch (m_preflight.verdict()) {
            case preflight::Verdict::Stop:
                onPreflightStop();
                return;
            case preflight::Verdict::Warn:
                if (!m_despiteWarning) {
                    setState(State::AwaitingPreflightConfirmation);
                    Q_EMIT preflightWarning(m_preflight);
                    return;
                }
                break;
            case preflight::Verdict::Go:
                break;
            }
            checkSimilar();
        });
}

preflight::Request AepsCustomerFlow::preflightRequest() const
{
    preflight::Request r;
    r.kind = kind();
    r.amount = m_amount;
    r.bankCode = m_bankCode;
    r.customerToken = m_customerToken;
    r.istDay = m_services.clock->istDate();
    if (m_services.agent) {
        r.agent = m_services.agent->preflightState();
    } else {
        // No agent session (tests, tools): the counter's router already keeps AePS closed until both are done.
        r.agent.ekycDone = true;
        r.agent.dailyLoginToday = true;
    }
    r.agentFinger = needsMerchantAuth(); // the agent's finger authorises each withdrawal: the strike guard applies
    r.needsAgentLogin = true;
    return r;
}

void AepsCustomerFlow::notePractice() const
{
    // Training's judge sees the verdicts that leave no journal row (null outside training).
    if (!m_services.practice || m_preflight.verdict() == preflight::Verdict::Go) {
        return;
    }
    const bool stops = m_preflight.verdict() == preflight::Verdict::Stop;
    const auto kind
        = stops ? training::PracticeEvent::Kind::PreflightStop : training::PracticeEvent::Kind::PreflightWarning;
    for (const preflight::Reason& reason :
         m_preflight.withSeverity(stops ? preflight::Severity::Stop : preflight::Severity::Warn)) {
        m_services.practice->note({kind, reason.check, m_bankCode, 0});
    }
}

void AepsCustomerFlow::onPreflightStop()
{
    const QList<preflight::Reason> stops = m_preflight.withSeverity(preflight::Severity::Stop);
    QList<FieldError> errors;
    for (const preflight::Reason& reason : stops) {
        if (const auto field = fieldOf(reason.field)) {
            errors.append(FieldError {*field, reason.message});
        } else {
            // The agent's own standing (eKYC, daily login, strikes): no field of this form can fix it.
            stop(Error {QStringLiteral("preflight.") + preflight::wireName(reason.check), reason.message,
                        QStringLiteral("pre-flight stop")});
            return;
        }
    }
    setState(State::Editing);
    Q_EMIT fieldErrorsFound(errors);
}

void AepsCustomerFlow::checkSimilar()
{
    for (const TransactionRecord& row : std::as_const(m_similar)) {
        if (row.submissionKey != m_submissionKey) {
            setState(State::AwaitingConfirmation);
            Q_EMIT duplicateSuspected(row);
            return;
        }
    }
    findDevice();
}

void AepsCustomerFlow::goAheadDespiteWarning()
{
    if (m_state == State::AwaitingPreflightConfirmation) {
        m_despiteWarning = true; // for this form: submitting it again does not ask again
        checkSimilar();
    }
}

void AepsCustomerFlow::backToEditing()
{
    if (m_state == State::AwaitingPreflightConfirmation) {
        setState(State::Editing);
    }
}

void AepsCustomerFlow::lookupCustomer(const SecureBytes& aadhaar)
{
    const int serial = ++m_lookupSerial;
    m_recalledBank.clear();
    m_recalledNotLinked.clear();
    const QString token = m_services.customerTokens ? m_services.customerTokens->token(aadhaar) : QString();
    if (token.isEmpty() || !m_services.journal) {
        return; // a VID, an incomplete number, or no keychain: nothing to recall
    }
    preflight::CustomerMemoryService(*m_services.journal)
        .recall(token)
        .then(this, [this, serial](const Result<preflight::Recall>& recall) {
            if (serial != m_lookupSerial || !recall.ok() || recall.value().isEmpty()) {
                return;
            }
            m_recalledBank = recall.value().suggestedBank;
            m_recalledNotLinked = recall.value().notLinkedBanks;
            Q_EMIT customerRecalled(recall.value().suggestedBank, recall.value().finger, recall.value().notLinkedBanks);
        });
}

std::optional<preflight::Reason> AepsCustomerFlow::bankWarning(const QString& bankCode) const
{
    if (bankCode.isEmpty() || !m_recalledNotLinked.contains(bankCode)) {
        return std::nullopt;
    }
    return preflight::Preflight::bankNotLinked(m_recalledBank);
}

void AepsCustomerFlow::learn(const preflight::Answer& answer, bool succeeded)
{
    const preflight::Conclusion conclusion
        = succeeded ? preflight::Conclusion::BankWorked : preflight::AnswerClassifier::active().classify(answer);
    if (m_customerToken.isEmpty() || m_bankCode.isEmpty()
        || (conclusion != preflight::Conclusion::BankWorked && conclusion != preflight::Conclusion::NotLinked
            && conclusion != preflight::Conclusion::LimitExhausted)) {
        return; // "do 2fa first", a mismatch, an unknown wording: nothing about the customer's bank
    }
    const QString token = m_customerToken;
    const QString bank = m_bankCode;
    const device::Finger finger = conclusion == preflight::Conclusion::BankWorked ? m_finger : device::Finger::Unknown;
    const qint64 now = m_services.clock->nowMs();
    const QDate day = m_services.clock->istDate();
    m_services.journal->run([token, bank, conclusion, finger, now, day](JournalStore& store) -> Result<bool> {
        preflight::CustomerMemory memory(store.database());
        if (const Error e = memory.learnBank(token, bank, conclusion, now, day); !e.isNull()) {
            return e;
        }
        if (const Error e = memory.learnFinger(token, finger, now); !e.isNull()) {
            return e;
        }
        return true;
    });
}

} // namespace saathi::aeps
