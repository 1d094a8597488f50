// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/aeps/AepsForm.h"
#include "core/aeps/AepsTransaction.h"
#include "core/counter/CounterServices.h"
#include "core/device/DeviceTypes.h"
#include "core/device/Finger.h"
#include "core/journal/TransactionRecord.h"
#include "core/preflight/Preflight.h"
#include "core/util/Error.h"
#include "core/util/Money.h"
#include "core/validation/AmountRules.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace saathi::device {
class FingerCapture;
}

namespace saathi::eko {
class AepsOperations;
class EkoJob;
struct AepsCustomerRequest;
struct EkoResponse;
} // namespace saathi::eko

namespace saathi::preflight {
struct Answer;
}

namespace saathi::aeps {

// One AePS customer transaction at the counter, as a state machine (security.md R1, N3, N5, A8):
//
//   Editing ─submit─► (field errors: stay) ─► CheckingDuplicates (the pre-flight step, issue #18, and N5) ─►
//   [AwaitingPreflightConfirmation] ─► [AwaitingConfirmation] ─► FindingDevice ─►
//   Capturing ─► [CapturingAgent ─► AuthorisingAgent] ─► Journaling (prepare, committed, then markSent) ─►
//   Sending ─► Success / Failed / Pending
//   Pending ─(the reconciler resolves the row)─► Success / Failed
//
// The pre-flight step runs before the finger, before anything is journaled: a Stop returns to Editing (the reasons at
// their fields, or stopped() for the agent's own standing); a Warn waits for goAheadDespiteWarning() unless the form
// says despiteWarning. After the answer, what it says about the customer's bank and finger is remembered
// (preflight::CustomerMemory, under the customer token).
//
// Anything that stops before the request leaves (capture error, cancel, journal error) returns to Editing with
// stopped(error); the form's values are the page's and stay untouched. The submission key is made once per filled
// form: submitting the same form again — a double click, Enter held down — never makes a second row or request.
// startNewTransaction() is the only thing that makes a new key. The PID is used for exactly one request.
//
// When the environment's catalogue asks for a merchant authentication before every cash withdrawal (switch
// merchant_auth_per_withdrawal, reference §6.6), the agent's finger follows the customer's (CapturingAgent) and
// its id goes into the withdrawal. A failed agent step stops before the journal and keeps the customer's capture:
// submitting the same form again asks only for the agent's finger.
class AepsCustomerFlow : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Editing,
        CheckingDuplicates,
        AwaitingConfirmation, // N5: an identical transaction in the last 10 minutes; confirmNewTransaction()
        // Issue #18: the pre-flight step warned (preflightWarning); goAheadDespiteWarning() or backToEditing()
        AwaitingPreflightConfirmation,
        FindingDevice,
        Capturing,
        CapturingAgent, // the agent's finger authorises this withdrawal (needsMerchantAuth())
        AuthorisingAgent, // Eko checks the agent's finger (merchant authentication); nothing journaled yet
        Journaling,
        Sending,
        Pending, // "pending — we are checking": the reconciler will resolve it
        Success,
        Failed,
    };
    Q_ENUM(State)

    static constexpr qint64 kDuplicateWindowMs = 10 * 60 * 1000;
    static constexpr int kMaxWithdrawalsPerCustomerPerDay = kMaxAepsWithdrawalsPerCustomerPerDay; // NPCI (N1)

    AepsCustomerFlow(CounterServices& services, QObject* parent = nullptr);
    ~AepsCustomerFlow() override;

    // The one flow class for a kind (AepsWithdrawal, AadhaarPay, BalanceEnquiry, MiniStatement).
    static AepsCustomerFlow* create(journal::TxKind kind, CounterServices& services, QObject* parent = nullptr);

    virtual journal::TxKind kind() const = 0;
    virtual bool needsAmount() const { return false; }
    virtual AmountRule amountRule() const { return AmountRule::aepsCashWithdrawal(); }
    QString title() const { return journal::displayName(kind()); }
    // Whether each transaction of this flow needs the agent's finger too (and so the agent's Aadhaar and bank in
    // the form): cash withdrawals when the environment's catalogue says so.
    bool needsMerchantAuth() const;
    // Whether the counter offers `kind` in this environment (Aadhaar Pay can be off, reference §6.8); the home
    // screen hides what is not offered, and submit() refuses it with offerRefusal().
    static bool isOffered(journal::TxKind kind, const CounterServices& services);
    static Error offerRefusal(journal::TxKind kind, const CounterServices& services);

    // Every field's problem, in form order; empty when the form may go ahead.
    QList<FieldError> validate(const AepsForm& form) const;
    // Starts the transaction; false (and fieldErrorsFound or nothing) when it did not start: bad fields, or the
    // flow is already busy with this form (the double submit).
    bool submit(const AepsForm& form);
    // After duplicateSuspected(): the agent says this is a new transaction.
    void confirmNewTransaction();
    // After preflightWarning(): the agent read the warnings and goes ahead (to the duplicate check and the capture).
    void goAheadDespiteWarning();
    // After preflightWarning(): the agent changes the form instead; nothing happened, nothing is said.
    void backToEditing();
    // The last pre-flight step's outcome (reasons, and what the counter remembers of the customer).
    const preflight::Outcome& preflight() const { return m_preflight; }
    // The form typed a valid Aadhaar number: customerRecalled() follows when the counter remembers this customer
    // (never for an unknown customer, a VID, or without a customer tokenizer). Only the latest call answers.
    void lookupCustomer(const SecureBytes& aadhaar);
    // The warning for `bankCode` from the last customerRecalled(): set when that bank answered "not linked".
    std::optional<preflight::Reason> bankWarning(const QString& bankCode) const;
    // Stops a capture or a journal step. A request on the wire is cancelled as a network job: its answer becomes
    // unknown and is journaled and reconciled, never "cancelled". No-op in final states.
    void cancel();
    // A new customer or a new attempt: forgets the result and makes a new submission key.
    void startNewTransaction();

    State state() const { return m_state; }
    bool isBusy() const;
    bool isFinal() const { return m_state == State::Success || m_state == State::Failed; }
    const QString& clientRefId() const { return m_clientRefId; }
    const QString& submissionKey() const { return m_submissionKey; }
    const journal::TransactionRecord& record() const { return m_record; }
    const AepsTransaction& transaction() const { return m_transaction; }
    const QString& bankName() const { return m_bankName; }
    const QString& maskedAadhaar() const { return m_maskedAadhaar; }
    // Why the transaction failed or is pending, or why the last attempt stopped (null otherwise).
    const Error& lastError() const { return m_error; }
    // The quality (qScore) the device reported for the last finger captured in this attempt, -1 when none was
    // captured or the device said nothing; known when the state after the capture is announced. Only the number:
    // the PID never leaves the flow.
    int lastCaptureQuality() const { return m_lastQuality; }

    // The fingerprint coach (issue #18). The customer's finger goes to the device as `posh` (AepsForm::finger; the
    // agent's stays UNKNOWN). A finger the bank did not match (eko.biometric_failed), or that the quality gate
    // refused twice in a row, joins this customer's failed fingers; startNewTransaction() (a new customer) forgets
    // them, tryAnotherFinger() keeps them.
    const QList<device::Finger>& failedFingers() const { return m_failedFingers; }
    // The finger to try next: nextSuggestion(failedFingers()); Unknown ("any finger") while none has failed.
    device::Finger suggestedFinger() const;
    // What the coach says now, translated: after a refused capture the gate's advice (clean and dry, press flat;
    // from the second refusal another finger), after Eko's mismatch "The finger did not match. Try another finger:
    // Left thumb."; empty when there is nothing to say (a new customer, or the last capture passed).
    const QString& coachAdvice() const { return m_coach; }
    // Why the quality gate refused the last capture (null when it did not).
    const device::QualityRefusal& lastQualityRefusal() const { return m_lastRefusal; }
    // After a failed transaction: the same customer tries again with another finger. Like startNewTransaction() (a
    // new submission key, back to Editing) but the failed fingers and the coach's advice stay.
    void tryAnotherFinger();

Q_SIGNALS:
    void stateChanged(saathi::aeps::AepsCustomerFlow::State state);
    void fieldErrorsFound(const QList<saathi::aeps::FieldError>& errors);
    void duplicateSuspected(const saathi::journal::TransactionRecord& earlier);
    // The pre-flight step warned before the capture (AwaitingPreflightConfirmation).
    void preflightWarning(const saathi::preflight::Outcome& outcome);
    // What the counter remembers of the customer whose Aadhaar was typed (lookupCustomer): the bank that last worked
    // (may be empty), the finger that worked (may be Unknown), and the banks that answered "not linked".
    void customerRecalled(const QString& suggestedBank, saathi::device::Finger finger,
                          const QStringList& notLinkedBanks);
    // Back to Editing before anything was sent (capture error with its advice, cancel, journal trouble).
    void stopped(const saathi::Error& error);
    // Success, Failed or Pending reached for the first time.
    void outcomeReady();
    // A pending transaction became final through reconciliation.
    void resolved();

private:
    struct DuplicateCheck
    {
        preflight::Outcome preflight;
        QList<journal::TransactionRecord> similar;
    };
    void setState(State state);
    using CaptureDone = void (AepsCustomerFlow::*)(const device::CaptureResult&);
    void checkDuplicates();
    preflight::Request preflightRequest() const;
    void onPreflightStop();
    void notePractice() const; // the pre-flight verdict, for training's judge
    // After the pre-flight step let the form go (N5: an identical transaction in the last 10 minutes asks first).
    void checkSimilar();
    // What Eko's answer says about the customer's bank and finger, remembered under the customer token.
    void learn(const preflight::Answer& answer, bool succeeded);
    void findDevice();
    void onCaptured(const device::CaptureResult& result);
    void captureAgent();
    void onAgentCaptured(const device::CaptureResult& result);
    // One finger on the counter's device (no wadh) through the one capture path: `state` while it lasts (from
    // FindingDevice to Capturing for the customer), then `onDone`.
    void startCapture(State state, CaptureDone onDone);
    void onMerchantAuth(const eko::EkoResponse& response);
    void stopKeepingCustomerCapture(const Error& error);
    QList<FieldError> agentFieldErrors(const AepsForm& form) const;
    Error agentSetupProblem() const; // no agent mobile for the merchant authentication
    void prepareRow();
    void sendRequest();
    // The Eko operation of this flow's kind (the merchant authentication's id goes with a withdrawal).
    eko::EkoJob* send(const eko::AepsCustomerRequest& request);
    void onResponse(const eko::EkoResponse& response);
    void adoptRecord(const journal::TransactionRecord& record);
    void onRowResolved(const journal::TransactionRecord& record);
    void stop(const Error& error);
    static Error cancelledError(); // "Cancelled. Nothing was sent." (stopped before anything left)
    void closeUnsentRow();
    journal::PrepareRequest prepareRequest() const;
    void wipeSecrets();
    // The coach's part of a capture's end (quality refusal or pass) and of Eko's answer (a mismatch).
    Error coachCapture(const device::CaptureResult& result);
    void coachAnswer(const Error& error);
    void forgetCoach();
    void coachCustomer(); // another customer on the same form: the last one's failed fingers are forgotten

    // Eko's AePS calls on the counter's client (Eko stays inside core: screens see only this flow).
    eko::AepsOperations operations() const;

    CounterServices& m_services;
    State m_state = State::Editing;
    QString m_submissionKey;
    QString m_clientRefId;
    // The validated form of the attempt in progress.
    QString m_mobile;
    QString m_bankCode;
    QString m_bankName;
    SecureBytes m_aadhaar;
    QString m_aadhaarLast4;
    QString m_customerToken; // A2: keyed token of the customer's Aadhaar (empty for a VID)
    device::Finger m_finger = device::Finger::Unknown; // the customer's finger on the device
    bool m_despiteWarning = false; // the agent read the pre-flight warnings for this form
    preflight::Outcome m_preflight;
    QList<journal::TransactionRecord> m_similar; // N5 candidates found with the pre-flight step
    int m_lookupSerial = 0; // lookupCustomer(): only the latest answer is announced
    QString m_recalledBank; // the last customerRecalled(): the bank that worked, and those "not linked"
    QStringList m_recalledNotLinked;
    QString m_maskedAadhaar;
    Paise m_amount;
    Consent m_consent;
    SecureBytes m_pid;
    // Merchant authentication (needsMerchantAuth()): the agent's identity for this attempt, the id Eko gave, and
    // whether the customer's capture was kept after a failed agent step.
    SecureBytes m_agentAadhaar;
    QString m_agentBankCode;
    QString m_merchantAuthId;
    bool m_customerCaptureKept = false;
    device::FingerCapture* m_capture = nullptr; // keeps the device it found for the next customer
    CaptureDone m_captureDone = nullptr;
    QPointer<eko::EkoJob> m_ekoJob;
    bool m_cancelRequested = false;
    int m_lastQuality = -1;
    QList<device::Finger> m_failedFingers;
    int m_qualityRefusals = 0; // refused captures in a row for this customer
    device::QualityRefusal m_lastRefusal;
    QString m_coach;
    QString m_coachCustomer; // the customer token the coach's fingers belong to (empty without a tokenizer)
    journal::TransactionRecord m_record;
    AepsTransaction m_transaction;
    Error m_error;
};

} // namespace saathi::aeps
