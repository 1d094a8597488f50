// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// AepsCustomerFlow's fingerprint coach (issue #18): which finger failed for this customer, which one to try next, and
// what to say after a refused capture or Eko's mismatch answer.
#include "core/aeps/AepsCustomerFlow.h"
#include "core/crypto/CustomerToken.h"
#include "core/device/DeviceErrors.h"
#include "core/device/QualityGate.h"

#include <QCoreApplication>

namespace saathi::aeps {

namespace {

// Eko's answer when the customer's finger did not match (core/eko/EkoErrors.cpp).
constexpr char kBiometricFailed[] = "eko.biometric_failed";

} // namespace

device::Finger AepsCustomerFlow::suggestedFinger() const
{
    // Unknown in the list stands for "a finger, not named": it moves the coach on without hiding a named finger.
    return m_failedFingers.isEmpty() ? device::Finger::Unknown : device::nextSuggestion(m_failedFingers);
}

Error AepsCustomerFlow::coachCapture(const device::CaptureResult& result)
{
    if (result.ok()) {
        m_qualityRefusals = 0;
        m_lastRefusal = {};
        m_coach.clear();
        return {};
    }
    if (result.quality.isNull()) {
        return result.error; // no device, an RD error, cancelled: its own advice, the coach has nothing to add
    }
    ++m_qualityRefusals;
    m_lastRefusal = result.quality;
    if (m_qualityRefusals >= 2 && !m_failedFingers.contains(m_finger)) {
        m_failedFingers << m_finger; // twice unclear: this finger will not do today
    }
    m_coach = device::QualityGate::coach(m_qualityRefusals, suggestedFinger());
    return device::QualityGate::refusalError(m_lastRefusal, m_qualityRefusals, suggestedFinger());
}

void AepsCustomerFlow::coachAnswer(const Error& error)
{
    if (error.code != QLatin1String(kBiometricFailed)) {
        return;
    }
    if (!m_failedFingers.contains(m_finger)) {
        m_failedFingers << m_finger;
    }
    m_qualityRefusals = 0;
    m_lastRefusal = {};
    const device::Finger next = device::nextSuggestion(m_failedFingers);
    m_coach = next == device::Finger::Unknown
        ? QCoreApplication::translate("AepsFlow",
                                      "The finger did not match, and every finger has been tried. The customer "
                                      "should ask the bank to check the Aadhaar link.")
        : QCoreApplication::translate("AepsFlow", "The finger did not match. Try another finger: %1.")
              .arg(device::displayName(next));
}

void AepsCustomerFlow::coachCustomer()
{
    if (!m_services.customerTokens) {
        return; // without a tokenizer only startNewTransaction() tells a new customer
    }
    const QString who = m_services.customerTokens->token(m_aadhaar);
    if (who != m_coachCustomer) {
        forgetCoach();
        m_coachCustomer = who;
    }
}

void AepsCustomerFlow::forgetCoach()
{
    m_failedFingers.clear();
    m_qualityRefusals = 0;
    m_lastRefusal = {};
    m_coach.clear();
}

void AepsCustomerFlow::tryAnotherFinger()
{
    if (isBusy() && !isFinal()) {
        return; // a capture or a request is running
    }
    const QList<device::Finger> failed = m_failedFingers;
    const QString coach = m_coach;
    const QString customer = m_coachCustomer;
    startNewTransaction();
    m_failedFingers = failed;
    m_coach = coach;
    m_coachCustomer = customer;
}

} // namespace saathi::aeps
