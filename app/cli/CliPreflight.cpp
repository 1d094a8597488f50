// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "app/cli/CliPreflight.h"

#include "app/cli/CliCommand.h"
#include "core/agent/AgentSession.h"
#include "core/agent/StrikeGuard.h"
#include "core/journal/JournalStore.h"
#include "core/logging/Redactor.h"
#include "core/preflight/AnswerClassifier.h"
#include "core/preflight/CustomerMemory.h"
#include "core/secrets/CustomerTokenKeyStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/support/LogFile.h"
#include "core/util/Clock.h"

#include <QCoreApplication>

#include <cstdio>

namespace saathi::cli {

const QCommandLineOption& despiteWarningOption()
{
    static const QCommandLineOption option(
        QStringLiteral("despite-warning"),
        QStringLiteral("go on despite a pre-flight warning (e.g. this customer's bank answered \"not linked\" "
                       "before); a pre-flight stop always stops (exit 5)"));
    return option;
}

std::unique_ptr<QSettings> openAppSettings()
{
    const QString file = qEnvironmentVariable("SAATHI_SETTINGS_PATH");
    return file.isEmpty() ? std::make_unique<QSettings>(QStringLiteral("Saathi"), QStringLiteral("saathi"))
                          : std::make_unique<QSettings>(file, QSettings::IniFormat);
}

CliAgentState::CliAgentState(EkoEnvironment environment, const QString& userCode)
    : m_settings(openAppSettings())
    , m_session(std::make_unique<agent::AgentSession>(*m_settings, SystemClock::instance(), environment, userCode))
{
}

CliAgentState::~CliAgentState() = default;

preflight::AgentState CliAgentState::preflightState() const
{
    return m_session->preflightState();
}

void CliAgentState::noteAnswer(const QString& sub, const eko::EkoResponse& response)
{
    if (sub == QLatin1String("daily-kyc") || sub == QLatin1String("merchant-auth")) {
        agent::StrikeGuard::record(*m_session, response); // the app's strike count, in the same session
    }
    if (response.outcome == eko::Outcome::Success) {
        if (sub == QLatin1String("daily-kyc")) {
            m_session->recordDailyLoginSuccess();
        } else if (sub == QLatin1String("ekyc-biometric")) {
            m_session->markEkycCompleted();
        }
        return;
    }
    m_session->noteEkoError(response.error);
}

CustomerTokenizer loadCustomerTokenizer(QString* why)
{
    KeychainSecretStore keychain;
    CustomerTokenizer tokenizer;
    QObject context;
    bool answered = false;
    CustomerTokenKeyStore(keychain).loadOrCreate(&context, [&](Result<CustomerTokenizer> loaded) {
        if (loaded && loaded.value().isValid()) {
            tokenizer = loaded.value();
        } else {
            *why = loaded
                ? QStringLiteral("the customer-token key is not usable")
                : loaded.error().userMessage + QStringLiteral(" (") + loaded.error().detail + QLatin1Char(')');
        }
        answered = true;
        QCoreApplication::quit();
    });
    if (!answered) {
        QCoreApplication::exec();
    }
    return tokenizer;
}

namespace {

void printReason(const preflight::Reason& reason)
{
    const QString clean = redact::text(QStringLiteral("preflight: ") + preflight::wireName(reason.check)
                                       + QStringLiteral(": ") + reason.message);
    support::LogFile::logToProcess(QtWarningMsg, "saathi.cli", clean);
    const QByteArray text = clean.toUtf8() + '\n';
    fwrite(text.constData(), 1, size_t(text.size()), stderr);
    fflush(stderr);
}

} // namespace

bool preflightAllows(const preflight::Outcome& outcome, bool despiteWarning, int* exitCode)
{
    for (const preflight::Reason& reason : outcome.reasons) {
        printReason(reason);
    }
    const preflight::Verdict verdict = outcome.verdict();
    if (verdict == preflight::Verdict::Stop || (verdict == preflight::Verdict::Warn && !despiteWarning)) {
        *exitCode = fail(verdict == preflight::Verdict::Stop
                             ? QStringLiteral("the pre-flight step stopped it; nothing was journaled or sent")
                             : QStringLiteral("the pre-flight step warned; nothing was journaled or sent (pass "
                                              "--despite-warning to go on anyway)"),
                         ExitPreflight);
        return false;
    }
    return true;
}

void learnFromAnswer(journal::JournalStore& store, const QString& customerToken, const QString& bankCode,
                     const eko::EkoResponse& response)
{
    if (customerToken.isEmpty() || !response.hasEnvelope) {
        return;
    }
    const eko::EkoEnvelope& e = response.envelope;
    preflight::Answer answer;
    answer.status = e.status != 0 ? e.status : e.responseTypeId;
    answer.responseTypeId = e.responseTypeId;
    answer.txStatus = response.txStatus();
    answer.reason = QStringList {e.text(QStringLiteral("reason")), e.text(QStringLiteral("comment")), e.message}.join(
        QStringLiteral(" | "));
    const preflight::Conclusion conclusion = response.outcome == eko::Outcome::Success
        ? preflight::Conclusion::BankWorked
        : preflight::AnswerClassifier::builtIn().classify(answer);
    const Clock& clock = SystemClock::instance();
    if (const Error error = preflight::CustomerMemory(store.database())
                                .learnBank(customerToken, bankCode, conclusion, clock.nowMs(), clock.istDate());
        !error.isNull()) {
        fail(QStringLiteral("the counter could not remember this answer for the customer: ") + error.userMessage);
    }
}

} // namespace saathi::cli
