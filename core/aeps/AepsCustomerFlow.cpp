// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/aeps/AepsCustomerFlow.h"

#include "core/aeps/AadhaarPayFlow.h"
#include "core/aeps/AepsFormValidator.h"
#include "core/aeps/BalanceEnquiryFlow.h"
#include "core/aeps/CashWithdrawalFlow.h"
#include "core/aeps/MiniStatementFlow.h"
#include "core/agent/AgentSession.h"
#include "core/counter/CounterServices.h"
#include "core/crypto/CustomerToken.h"
#include "core/device/FingerCapture.h"
#include "core/eko/AepsOperations.h"
#include "core/eko/AepsTransaction.h"
#include "core/eko/EkoClient.h"
#include "core/eko/EkoJob.h"
#include "core/eko/EkoResponse.h"
#include "core/journal/JournalEnvironment.h"
#include "core/journal/JournalErrors.h"
#include "core/journal/JournalService.h"
#include "core/journal/JournalStore.h"
#include "core/preflight/AnswerClassifier.h"
#include "core/preflight/CustomerMemory.h"
#include "core/preflight/CustomerMemoryService.h"
#include "core/reconcile/EkoJournalOutcome.h"
#include "core/training/Practice.h"
#include "core/util/ClientRefId.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QUuid>

#include <optional>
#include <utility>

namespace saathi::aeps {

using journal::JournalStore;
using journal::TransactionRecord;
using journal::TxState;

namespace {

Error flowError(const char* code, const char* text, const QString& detail = {})
{
    return Error {QString::fromLatin1(code), QCoreApplication::translate("AepsFlow", text), detail};
}

} // namespace

AepsCustomerFlow::AepsCustomerFlow(CounterServices& services, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_capture(new device::FingerCapture(*services.device, this))
{
    m_capture->keepDevice();
    connect(m_capture, &device::FingerCapture::capturing, this, [this] {
        if (m_state == State::FindingDevice) {
            setState(State::Capturing);
        }
    });
    connect(m_capture, &device::FingerCapture::finished, this, [this](const device::CaptureResult& result) {
        if (const CaptureDone done = std::exchange(m_captureDone, nullptr)) {
            (this->*done)(result);
        }
    });
    connect(m_services.journal, &journal::JournalService::rowResolved, this, &AepsCustomerFlow::onRowResolved);
}

AepsCustomerFlow::~AepsCustomerFlow()
{
    m_capture->cancel();
    wipeSecrets();
}

AepsCustomerFlow* AepsCustomerFlow::create(journal::TxKind kind, CounterServices& services, QObject* parent)
{
    switch (kind) {
    case journal::TxKind::AadhaarPay:
        return new AadhaarPayFlow(services, parent);
    case journal::TxKind::BalanceEnquiry:
        return new BalanceEnquiryFlow(services, parent);
    case journal::TxKind::MiniStatement:
        return new MiniStatementFlow(services, parent);
    default:
        return new CashWithdrawalFlow(services, parent);
    }
}

QList<FieldError> AepsCustomerFlow::validate(const AepsForm& form) const
{
    return AepsFormValidator::check(form, needsAmount(), amountRule()) + agentFieldErrors(form);
}

bool AepsCustomerFlow::isBusy() const
{
    return m_state != State::Editing && m_state != State::AwaitingConfirmation
        && m_state != State::AwaitingPreflightConfirmation;
}

bool AepsCustomerFlow::submit(const AepsForm& form)
{
    if (m_state != State::Editing) {
        return false; // the same form again (double click, Enter held down): one row, one request
    }
    if (const Error off = offerRefusal(kind(), m_services); !off.isNull()) {
        stop(off); // not offered in this environment: nothing journaled, nothing sent
        return false;
    }
    if (const Error setup = agentSetupProblem(); !setup.isNull()) {
        stop(setup);
        return false;
    }
    ValidatedForm valid;
    const QList<FieldError> errors
        = AepsFormValidator::check(form, needsAmount(), amountRule(), &valid) + agentFieldErrors(form);
    if (!errors.isEmpty()) {
        Q_EMIT fieldErrorsFound(errors);
        return false;
    }
    // After a failed agent step the customer's capture is kept for the same customer and amount only.
    const bool sameCustomer = m_customerCaptureKept && !m_pid.isEmpty() && valid.aadhaar == m_aadhaar
        && valid.customerMobile == m_mobile && valid.bankCode == m_bankCode
        && (!needsAmount() || valid.amount == m_amount) && needsMerchantAuth();
    m_customerCaptureKept = false;
    if (!sameCustomer) {
        m_pid.clear();
    }
    m_merchantAuthId.clear();
    m_agentAadhaar = needsMerchantAuth() ? form.agentAadhaar : SecureBytes();
    m_agentBankCode = form.agentBankCode;
    m_mobile = valid.customerMobile;
    m_bankCode = valid.bankCode;
    m_bankName = form.bankName;
    m_aadhaar = std::move(valid.aadhaar);
    m_aadhaarLast4 = valid.aadhaarLast4;
    m_maskedAadhaar = valid.maskedAadhaar;
    m_amount = needsAmount() ? valid.amount : Paise {};
    m_consent = form.consent;
    // Every customer kind: the memory of banks and fingers (issue #18) learns from enquiries too; the daily count
    // reads withdrawals only.
    m_customerToken = m_services.customerTokens ? m_services.customerTokens->token(m_aadhaar) : QString();
    m_finger = form.finger;
    m_despiteWarning = form.despiteWarning;
    coachCustomer();
    if (m_submissionKey.isEmpty()) {
        m_submissionKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_clientRefId = m_services.refIds->next();
    }
    m_cancelRequested = false;
    m_error = {};
    if (sameCustomer) {
        captureAgent(); // the duplicate check and the customer's finger were done for this attempt
        return true;
    }
    checkDuplicates();
    return true;
}

void AepsCustomerFlow::confirmNewTransaction()
{
    if (m_state == State::AwaitingConfirmation) {
        findDevice();
    }
}

void AepsCustomerFlow::findDevice()
{
    startCapture(m_capture->hasDevice() ? State::Capturing : State::FindingDevice, &AepsCustomerFlow::onCaptured);
}

void AepsCustomerFlow::startCapture(State state, CaptureDone onDone)
{
    m_lastQuality = -1;
    setState(state);
    m_captureDone = onDone;
    device::CaptureOptions options;
    if (state != State::CapturingAgent) {
        options.posh = device::poshName(m_finger); // the customer's finger, as the coach suggested or the agent chose
    }
    m_capture->start(options);
}

void AepsCustomerFlow::onCaptured(const device::CaptureResult& result)
{
    if (m_state != State::FindingDevice && m_state != State::Capturing) {
        return;
    }
    m_lastQuality = result.pid.qScore();
    if (!result.quality.isNull() && m_services.practice) {
        m_services.practice->note({training::PracticeEvent::Kind::CaptureTooWeak, {}, m_bankCode, 0});
    }
    const Error coached = coachCapture(result);
    if (!result.ok()) {
        stop(coached); // no device, a capture error, or the quality too low to send (with the coach's advice)
        return;
    }
    m_pid = result.pid.pidXml;
    if (needsMerchantAuth()) {
        captureAgent();
        return;
    }
    prepareRow();
}

void AepsCustomerFlow::prepareRow()
{
    setState(State::Journaling);
    m_services.journal->prepare(prepareRequest()).then(this, [this](const Result<JournalStore::PrepareResult>& r) {
        if (!r.ok()) {
            stop(r.error());
            return;
        }
        if (!r.value().mustSend()) {
            // This form was journaled before: the row is never sent again; it is reconciled instead.
            m_pid.clear();
            adoptRecord(r.value().record);
            return;
        }
        m_record = r.value().record;
        if (m_cancelRequested) {
            closeUnsentRow();
            return;
        }
        m_services.journal->markSent(m_clientRefId).then(this, [this](const Result<TransactionRecord>& sent) {
            if (!sent.ok()) {
                // Someone else claimed the row (journal.already_sent): never a second request.
                m_pid.clear();
                stop(sent.error());
                return;
            }
            m_record = sent.value();
            sendRequest();
        });
    });
}

void AepsCustomerFlow::sendRequest()
{
    setState(State::Sending);
    eko::EkoJob* job = nullptr;
    {
        const eko::AepsCustomerRequest request {m_mobile, m_bankCode, m_aadhaar, m_pid, m_amount};
        m_pid.clear(); // the PID is used for exactly one request
        job = send(request);
    }
    m_aadhaar.clear();
    m_ekoJob = job;
    connect(job, &eko::EkoJob::finished, this, &AepsCustomerFlow::onResponse);
}

eko::AepsOperations AepsCustomerFlow::operations() const
{
    return eko::AepsOperations(*m_services.eko);
}

eko::EkoJob* AepsCustomerFlow::send(const eko::AepsCustomerRequest& request)
{
    switch (kind()) {
    case journal::TxKind::AadhaarPay:
        return operations().aadhaarPay(request, m_clientRefId);
    case journal::TxKind::BalanceEnquiry:
        return operations().balanceEnquiry(request, m_clientRefId);
    case journal::TxKind::MiniStatement:
        return operations().miniStatement(request, m_clientRefId);
    default:
        return operations().cashWithdrawal(request, m_clientRefId, m_merchantAuthId);
    }
}

void AepsCustomerFlow::onResponse(const eko::EkoResponse& response)
{
    m_ekoJob = nullptr;
    m_transaction = eko::AepsTransaction::fromEnvelope(response.envelope);
    m_error = response.error;
    if (response.hasEnvelope && response.outcome != eko::Outcome::Unknown) {
        learn(preflight::answerOf(response.envelope), response.outcome == eko::Outcome::Success);
    }
    coachAnswer(response.error);
    const journal::Outcome outcome = reconcile::journalOutcome(response);
    m_services.journal->recordOutcome(m_clientRefId, outcome).then(this, [this](const Result<TransactionRecord>& r) {
        if (r.ok()) {
            adoptRecord(r.value());
            return;
        }
        if (journal::isDiskFull(r.error())) {
            m_error = journal::outcomeNotSavedError(r.error()); // the row stays sent: pending, reconciled later
        }
        // Refused as stale: the reconciler got there first. The row as it is now is the truth.
        const QString ref = m_clientRefId;
        m_services.journal->run([ref](JournalStore& store) { return store.find(ref); })
            .then(this, [this](const Result<std::optional<TransactionRecord>>& found) {
                if (found.ok() && found.value()) {
                    adoptRecord(*found.value());
                } else {
                    m_record.state = TxState::Unknown;
                    adoptRecord(m_record);
                }
            });
    });
}

void AepsCustomerFlow::adoptRecord(const TransactionRecord& record)
{
    m_record = record;
    if (m_clientRefId.isEmpty() || record.clientRefId != m_clientRefId) {
        m_clientRefId = record.clientRefId;
    }
    if (m_maskedAadhaar.isEmpty()) {
        m_maskedAadhaar = record.maskedAadhaar();
    }
    const bool wasPending = m_state == State::Pending;
    switch (record.state) {
    case TxState::Success:
        m_error = {};
        setState(State::Success);
        break;
    case TxState::Failed:
    case TxState::NotSent:
    case TxState::RefundPending:
    case TxState::Refunded:
        if (m_error.isNull()) {
            m_error = flowError(
                "aeps.failed",
                QT_TRANSLATE_NOOP(
                    "AepsFlow", "The bank did not complete the transaction. Give no cash; the customer may try again."),
                record.message);
            // The bank's own words, marked as Eko's answer, under our advice.
            m_error.userMessage = Error::withEkoLine(m_error.userMessage, record.message);
            m_error.ekoText = record.message;
        }
        setState(State::Failed);
        break;
    default:
        if (m_error.isNull()) {
            m_error = flowError(
                "aeps.pending",
                QT_TRANSLATE_NOOP("AepsFlow", "Pending — we are checking with the bank. Do not repeat it."));
        }
        setState(State::Pending);
        Q_EMIT outcomeReady();
        return;
    }
    if (wasPending) {
        Q_EMIT resolved();
    } else {
        Q_EMIT outcomeReady();
    }
}

void AepsCustomerFlow::onRowResolved(const TransactionRecord& record)
{
    if (m_state != State::Pending || record.clientRefId != m_clientRefId) {
        return;
    }
    if (record.state == TxState::Failed) {
        m_error = {};
    }
    if (record.state == TxState::Success || record.state == TxState::Failed) {
        learn(preflight::answerFromBody(record.rawResponse.toUtf8(), record.message), record.state == TxState::Success);
    }
    adoptRecord(record);
}

void AepsCustomerFlow::cancel()
{
    switch (m_state) {
    case State::CheckingDuplicates:
    case State::Journaling:
        m_cancelRequested = true; // takes effect when the journal answers
        break;
    case State::AwaitingConfirmation:
    case State::AwaitingPreflightConfirmation:
        stop(cancelledError());
        break;
    case State::FindingDevice:
    case State::Capturing:
    case State::CapturingAgent:
        m_capture->cancel(); // finishes with rd.cancelled → stop()
        break;
    case State::Sending:
        if (m_ekoJob) {
            m_ekoJob->cancel(); // the answer becomes unknown: journaled, then reconciled
        }
        break;
    case State::AuthorisingAgent:
        if (m_ekoJob) {
            m_ekoJob->disconnect(this); // no money moves in this step: stop without waiting for its answer
            m_ekoJob->cancel();
            m_ekoJob = nullptr;
        }
        m_agentAadhaar.clear();
        stop(cancelledError());
        break;
    default:
        break;
    }
}

Error AepsCustomerFlow::cancelledError()
{
    return flowError("aeps.cancelled", QT_TRANSLATE_NOOP("AepsFlow", "Cancelled. Nothing was sent."));
}

void AepsCustomerFlow::closeUnsentRow()
{
    m_pid.clear();
    journal::Outcome outcome;
    outcome.state = TxState::NotSent;
    outcome.source = journal::Source::Local;
    outcome.note = QStringLiteral("cancelled at the counter before sending");
    m_services.journal->recordOutcome(m_clientRefId, outcome);
    // The key is spent on a not_sent row; a new attempt needs a new key.
    m_submissionKey.clear();
    m_clientRefId.clear();
    stop(cancelledError());
}

void AepsCustomerFlow::startNewTransaction()
{
    m_capture->cancel();
    wipeSecrets();
    m_submissionKey.clear();
    m_clientRefId.clear();
    m_record = {};
    m_transaction = {};
    m_error = {};
    m_cancelRequested = false;
    m_lastQuality = -1;
    m_maskedAadhaar.clear();
    m_preflight = {};
    m_similar.clear();
    m_despiteWarning = false;
    forgetCoach();
    m_coachCustomer.clear();
    setState(State::Editing);
}

void AepsCustomerFlow::stop(const Error& error)
{
    if (!m_customerCaptureKept) {
        m_pid.clear();
    }
    m_error = error;
    m_cancelRequested = false;
    setState(State::Editing);
    Q_EMIT stopped(error);
}

journal::PrepareRequest AepsCustomerFlow::prepareRequest() const
{
    journal::PrepareRequest r;
    r.submissionKey = m_submissionKey;
    r.clientRefId = m_clientRefId;
    r.kind = kind();
    r.amount = m_amount;
    r.customerMobile = m_mobile;
    r.aadhaarLast4 = m_aadhaarLast4;
    r.agentUserCode = m_services.identity.userCode;
    r.bankCode = m_bankCode;
    r.channel = QStringLiteral("aeps-fingpay");
    r.consentVersion = m_consent.version;
    r.consentLanguage = m_consent.language;
    r.customerToken = m_customerToken;
    r.ekoHost = m_services.eko ? journal::ekoHost(m_services.eko->config().baseUrl) : QString();
    return r;
}

void AepsCustomerFlow::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void AepsCustomerFlow::wipeSecrets()
{
    m_pid.clear();
    m_aadhaar.clear();
    m_agentAadhaar.clear();
    m_merchantAuthId.clear();
    m_customerCaptureKept = false;
}

} // namespace saathi::aeps
