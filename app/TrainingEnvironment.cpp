// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "TrainingEnvironment.h"

#include "core/bank/BankDirectory.h"
#include "core/device/BiometricDevice.h"
#include "core/eko/EkoClient.h"
#include "core/training/Practice.h"
#include "core/util/Clock.h"
#include "sandbox/eko/DmtEngine.h"
#include "sandbox/eko/EkoSandbox.h"
#include "sandbox/eko/FaultPlan.h"
#include "sandbox/eko/Fixtures.h"
#include "sandbox/rd/RdSimulator.h"

#include <QCoreApplication>

#include <atomic>

namespace saathi {

namespace {
std::atomic<int> g_serversCreated {0};

CounterEnvironment::Context withClock(const Clock* clock)
{
    CounterEnvironment::Context context;
    context.clock = clock;
    return context;
}
} // namespace

TrainingEnvironment::TrainingEnvironment(const Context& context, QObject* parent)
    : CounterEnvironment(EkoEnvironment::Training, context, parent)
{
}

TrainingEnvironment::TrainingEnvironment(const Clock* clock, QObject* parent)
    : TrainingEnvironment(withClock(clock), parent)
{
}

TrainingEnvironment::~TrainingEnvironment()
{
    // The client and the device go before the servers they talk to (the bank list before its client).
    m_practice.reset();
    m_banks.reset();
    m_client.reset();
    m_device.reset();
}

int TrainingEnvironment::serversCreated()
{
    return g_serversCreated.load();
}

QString TrainingEnvironment::builtInUserCode()
{
    return sandbox::EkoSandboxConfig {}.defaultUserCode;
}

void TrainingEnvironment::prepare()
{
    const auto started = start();
    finishPreparing(started ? Error {} : started.error());
}

Result<bool> TrainingEnvironment::start()
{
    g_serversCreated.fetch_add(1);
    m_sandbox = std::make_unique<sandbox::EkoSandbox>(sandbox::EkoSandboxConfig {}, &clock());
    m_sandbox->setTlsEnabled(true);
    if (!m_sandbox->listen(0)) {
        return Error {QStringLiteral("training.sandbox_failed"),
                      QCoreApplication::translate("Training", "The practice Eko service could not start."),
                      m_sandbox->errorString()};
    }
    m_simulator = std::make_unique<sandbox::rd::RdSimulator>();
    m_simulator->setClock(&clock());
    if (!m_simulator->listen(0)) {
        return Error {QStringLiteral("training.device_failed"),
                      QCoreApplication::translate("Training", "The practice fingerprint device could not start."),
                      QStringLiteral("no free loopback port")};
    }

    eko::EkoConfig config;
    config.baseUrl = m_sandbox->baseUrl();
    const auto& sandboxConfig = m_sandbox->config();
    const auto& partner = sandboxConfig.partner;
    config.credentials = {partner.developerKey, partner.accessKey, partner.initiatorId, sandboxConfig.defaultUserCode};
    config.latLong = QStringLiteral("28.6139,77.2090");
    config.aadhaarCipher = AadhaarCipher::fromPublicKey(sandbox::EkoSandbox::aadhaarPublicKeyPem()).value();
    config.extraCaCertificates = {sandbox::EkoSandbox::caCertificate()};
    m_client
        = std::make_unique<eko::EkoClient>(&m_ekoNetwork, eko::EndpointCatalogue::builtIn().value(), config, clock());
    device::RdSettings rd; // the in-process simulator's one port
    rd.firstPort = m_simulator->serverPort();
    rd.lastPort = m_simulator->serverPort();
    makeDevice(rd);
    m_identity.userCode = sandboxConfig.defaultUserCode;
    m_identity.agentMobile = sandboxConfig.defaultAgentMobile;
    retranslateIdentity();
    makePractice();
    return true;
}

void TrainingEnvironment::recallAgent(bool ekycDone, bool loggedInToday)
{
    if (!m_sandbox || !ekycDone) {
        return;
    }
    m_sandbox->markEkycDone(m_identity.userCode, QString::fromLatin1(sandbox::fixtures::kAgentEkycAadhaar));
    if (loggedInToday) {
        m_sandbox->markDailyKycDone(m_identity.userCode);
    }
}

namespace {

// The first cash-withdrawal amount the sandbox scripts as `fault` (its magic amounts, README "Faults").
Paise magicWithdrawal(sandbox::Fault fault)
{
    for (qint64 rupees = 7000; rupees <= 8000; rupees += 50) {
        if (sandbox::FaultPlan::forMagicAmount(Paise::fromRupees(rupees)) == fault) {
            return Paise::fromRupees(rupees);
        }
    }
    return {};
}

Paise magicTransfer(sandbox::DmtScript script)
{
    for (qint64 rupees = 4300; rupees <= 4400; ++rupees) {
        if (sandbox::DmtEngine::scriptForMagicAmount(Paise::fromRupees(rupees)) == script) {
            return Paise::fromRupees(rupees);
        }
    }
    return {};
}

} // namespace

void TrainingEnvironment::makePractice()
{
    // The hints' values come from the sandbox's own config and fixtures, so they cannot drift from what it accepts.
    const auto& config = m_sandbox->config();
    training::Samples samples;
    samples.agentAadhaar = QString::fromLatin1(sandbox::fixtures::kAgentEkycAadhaar);
    samples.ekycOtp = config.ekycOtp;
    samples.dmtOtp = config.dmtOtp;
    samples.successAmount = Paise::fromRupees(1000); // an ordinary amount: no magic, well within every balance
    for (const auto& seed : sandbox::fixtures::seedCustomers()) {
        const QString aadhaar = QString::fromLatin1(seed.aadhaar);
        if (aadhaar == samples.agentAadhaar) {
            continue;
        }
        training::SampleCustomer customer {aadhaar, QString::fromLatin1(seed.bankCode),
                                           Paise::fromRupees(seed.balanceRupees)};
        if (seed.frozen) {
            customer.note = training::SampleCustomer::Note::Frozen;
        } else if (seed.debitDisabled) {
            customer.note = training::SampleCustomer::Note::DebitDisabled;
        } else if (customer.balance.value < samples.successAmount.value) {
            customer.note = training::SampleCustomer::Note::LowBalance;
        } else if (seed.onlyThisBank) {
            customer.note = training::SampleCustomer::Note::OneBankOnly;
            samples.oneBankAadhaar = aadhaar;
            samples.oneBankLinkedBank = customer.bankCode;
        }
        samples.customers.append(customer);
    }
    // The first fixture bank that is not the one-bank customer's: where the "not linked" practice starts.
    for (const auto& bank : sandbox::fixtures::banks()) {
        if (!samples.oneBankLinkedBank.isEmpty() && bank.code != samples.oneBankLinkedBank) {
            samples.oneBankWrongBank = bank.code;
            break;
        }
    }
    samples.limitExhaustedAmount = magicWithdrawal(sandbox::Fault::BankLimitExhausted);
    samples.pendingAmount = magicWithdrawal(sandbox::Fault::PendingThenSuccess);
    samples.notCompletedAmount = magicWithdrawal(sandbox::Fault::BankDeclineNotCompleted);
    // The money-transfer customer of the rail training's catalogue uses.
    const bool classic = m_client->catalogue().dmtRail(EkoEnvironment::Training) == eko::DmtRail::Classic;
    const auto rail = classic ? sandbox::DmtRail::Classic : sandbox::DmtRail::Fino;
    samples.dmtSenderMobile
        = QString::fromLatin1(classic ? sandbox::fixtures::kClassicSenderMobile : sandbox::fixtures::kFinoSenderMobile);
    if (const auto sender = m_sandbox->dmtCustomer(rail, samples.dmtSenderMobile)) {
        samples.dmtSenderName = sender->name;
    }
    samples.customerMobile = samples.dmtSenderMobile; // a practice customer's mobile serves the AePS forms too
    samples.dmtMaxPerTransfer = config.dmtMaxPerTransfer;
    samples.dmtRefundAmount = magicTransfer(sandbox::DmtScript::RefundPending);
    m_practice = std::make_unique<training::Practice>(training::Guide(samples), clock(), [this](training::Setup setup) {
        m_sandbox->clearFaults();
        m_simulator->armNextCaptureQuality(-1, -1); // a weak capture armed for another scenario is dropped
        if (setup == training::Setup::FingerMismatchOnce) {
            m_sandbox->armFault(sandbox::Fault::BiometricMismatch, QStringLiteral("financial"), 1);
        } else if (setup == training::Setup::AgentFingerFailsTwice) {
            // The bank voids today's login (FP069: the next transaction asks for 2FA), then the agent's own finger
            // fails twice at the daily login: the strike guard's warning and gate follow.
            m_sandbox->armFault(sandbox::Fault::Fp069, QStringLiteral("financial"), 1);
            m_sandbox->armFault(sandbox::Fault::BiometricMismatch, QStringLiteral("daily-kyc"), 2);
        } else if (setup == training::Setup::WeakCaptureOnce) {
            m_simulator->armNextCaptureQuality(20); // under every vendor's default gate (45)
        }
    });
}

void TrainingEnvironment::retranslateIdentity()
{
    m_identity.agentName = QCoreApplication::translate("Training", "Training Agent");
    m_identity.shopName = QCoreApplication::translate("Training", "Practice Kirana Store");
    m_identity.shopAddress = QCoreApplication::translate("Training", "Practice Street, New Delhi");
}

eko::EkoClient& TrainingEnvironment::ekoClient()
{
    return *m_client;
}

saathi::device::BiometricDevice& TrainingEnvironment::device()
{
    return *m_device;
}

sandbox::EkoSandbox& TrainingEnvironment::ekoSandbox()
{
    return *m_sandbox;
}

sandbox::rd::RdSimulator& TrainingEnvironment::rdSimulator()
{
    return *m_simulator;
}

QUrl TrainingEnvironment::ekoBaseUrl() const
{
    return m_sandbox ? m_sandbox->baseUrl() : QUrl();
}

quint16 TrainingEnvironment::devicePort() const
{
    return m_simulator ? m_simulator->serverPort() : 0;
}

} // namespace saathi
