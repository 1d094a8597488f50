// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/agent/AgentSession.h"

#include "core/util/Clock.h"

#include <QSettings>

namespace saathi::agent {

namespace {

QString stepName(EkycStep step)
{
    switch (step) {
    case EkycStep::OtpSent:
        return QStringLiteral("otp_sent");
    case EkycStep::OtpVerified:
        return QStringLiteral("otp_verified");
    case EkycStep::Done:
        return QStringLiteral("done");
    case EkycStep::NotStarted:
        break;
    }
    return QStringLiteral("not_started");
}

EkycStep parseStep(const QString& text)
{
    if (text == QLatin1String("otp_sent")) {
        return EkycStep::OtpSent;
    }
    if (text == QLatin1String("otp_verified")) {
        return EkycStep::OtpVerified;
    }
    if (text == QLatin1String("done")) {
        return EkycStep::Done;
    }
    return EkycStep::NotStarted;
}

} // namespace

AgentSession::AgentSession(QSettings& settings, const Clock& clock, EkoEnvironment env, const QString& userCode,
                           QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_environment(env)
    , m_userCode(userCode)
{
    m_lastUnlocked = aepsUnlocked();
    m_lastNeedsLogin = needsDailyLogin();
}

void AgentSession::setUserCode(const QString& userCode)
{
    setAgent(m_environment, userCode);
}

void AgentSession::setAgent(EkoEnvironment env, const QString& userCode)
{
    if (env == m_environment && userCode == m_userCode) {
        return;
    }
    m_environment = env;
    m_userCode = userCode;
    m_lastUnlocked = aepsUnlocked();
    m_lastNeedsLogin = needsDailyLogin();
    Q_EMIT changed();
}

QString AgentSession::key(const char* name) const
{
    // Keyed by environment too: training's built-in user_code is also Eko's published UAT sample (20810200), and
    // a practice eKYC or login must never count in UAT.
    return QStringLiteral("agent/%1/%2/%3").arg(environmentName(m_environment), m_userCode, QLatin1String(name));
}

bool AgentSession::ekycCompleted() const
{
    return m_settings.value(key("ekyc_completed"), false).toBool();
}

EkycProgress AgentSession::ekycProgress() const
{
    if (ekycCompleted()) {
        return {EkycStep::Done, {}, {}};
    }
    EkycProgress progress;
    progress.step = parseStep(m_settings.value(key("ekyc_step")).toString());
    progress.otpRefId = m_settings.value(key("ekyc_otp_ref_id")).toString();
    progress.referenceTid = m_settings.value(key("ekyc_reference_tid")).toString();
    if (progress.step == EkycStep::Done) {
        progress.step = EkycStep::NotStarted; // a step without the completion flag is not trusted
    }
    return progress;
}

void AgentSession::setEkycProgress(const EkycProgress& progress)
{
    if (progress.step == EkycStep::Done) {
        markEkycCompleted();
        return;
    }
    m_settings.setValue(key("ekyc_step"), stepName(progress.step));
    m_settings.setValue(key("ekyc_otp_ref_id"), progress.otpRefId);
    m_settings.setValue(key("ekyc_reference_tid"), progress.referenceTid);
    commit();
}

void AgentSession::markEkycCompleted()
{
    m_settings.setValue(key("ekyc_completed"), true);
    m_settings.remove(key("ekyc_step"));
    m_settings.remove(key("ekyc_otp_ref_id"));
    m_settings.remove(key("ekyc_reference_tid"));
    commit();
}

void AgentSession::resetEkyc()
{
    m_settings.setValue(key("ekyc_completed"), false);
    m_settings.remove(key("ekyc_step"));
    m_settings.remove(key("ekyc_otp_ref_id"));
    m_settings.remove(key("ekyc_reference_tid"));
    commit();
}

QDateTime AgentSession::lastDailyLogin() const
{
    const qint64 ms = m_settings.value(key("daily_login_ms"), 0).toLongLong();
    if (ms <= 0) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(ms, Clock::istZone());
}

bool AgentSession::needsDailyLogin() const
{
    if (m_settings.value(key("daily_login_required"), false).toBool()) {
        return true;
    }
    const QDateTime last = lastDailyLogin();
    if (!last.isValid() || last.date() != m_clock.istDate()) {
        return true;
    }
    return !m_operator.isEmpty()
        && m_settings.value(key("daily_login_operator")).toString().compare(m_operator, Qt::CaseInsensitive) != 0;
}

void AgentSession::setOperator(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed == m_operator) {
        return;
    }
    m_operator = trimmed;
    // Today's login made before any till was open belongs to the first operator who opens one: only a change of
    // operator asks for a new login (reference §14), not the opening of the drawer.
    const QDateTime last = lastDailyLogin();
    if (!m_operator.isEmpty() && last.isValid() && last.date() == m_clock.istDate()
        && m_settings.value(key("daily_login_operator")).toString().isEmpty()) {
        m_settings.setValue(key("daily_login_operator"), m_operator);
        commit();
    }
    refresh();
}

void AgentSession::recordDailyLoginSuccess()
{
    m_settings.setValue(key("daily_login_ms"), m_clock.nowMs());
    m_settings.setValue(key("daily_login_operator"), m_operator);
    m_settings.remove(key("daily_login_required"));
    commit();
}

void AgentSession::markDailyLoginRequired()
{
    m_settings.setValue(key("daily_login_required"), true);
    commit();
}

int AgentSession::failedAuthStreak() const
{
    return m_settings.value(key("auth_failure_streak"), 0).toInt();
}

bool AgentSession::testCapturePassed() const
{
    return m_settings.value(key("auth_test_capture_passed"), false).toBool();
}

void AgentSession::recordAgentAuthFailure()
{
    m_settings.setValue(key("auth_failure_streak"), failedAuthStreak() + 1);
    m_settings.remove(key("auth_test_capture_passed")); // each further attempt needs a fresh test capture
    commit();
    Q_EMIT agentAuthRecorded(false);
}

void AgentSession::recordAgentAuthSuccess()
{
    m_settings.remove(key("auth_failure_streak"));
    m_settings.remove(key("auth_test_capture_passed"));
    commit();
    Q_EMIT agentAuthRecorded(true);
}

void AgentSession::markTestCapturePassed()
{
    m_settings.setValue(key("auth_test_capture_passed"), true);
    commit();
    Q_EMIT testCaptureRecorded();
}

preflight::AgentState AgentSession::preflightState() const
{
    preflight::AgentState s;
    s.ekycDone = ekycCompleted();
    s.dailyLoginToday = !needsDailyLogin();
    s.failedAuthStreak = failedAuthStreak();
    s.testCapturePassed = testCapturePassed();
    return s;
}

bool AgentSession::noteEkoError(const Error& error)
{
    if (error.code == QLatin1String("eko.2fa_required")) {
        markDailyLoginRequired();
        return true;
    }
    if (error.code == QLatin1String("eko.ekyc_required")) {
        resetEkyc();
        return true;
    }
    if (error.code == QLatin1String("eko.ekyc_already_done") && !ekycCompleted()) {
        markEkycCompleted();
        return true;
    }
    return false;
}

void AgentSession::refresh()
{
    const bool unlocked = aepsUnlocked();
    const bool needsLogin = needsDailyLogin();
    if (unlocked != m_lastUnlocked || needsLogin != m_lastNeedsLogin) {
        m_lastUnlocked = unlocked;
        m_lastNeedsLogin = needsLogin;
        Q_EMIT changed();
    }
}

void AgentSession::commit()
{
    m_settings.sync();
    m_lastUnlocked = aepsUnlocked();
    m_lastNeedsLogin = needsDailyLogin();
    Q_EMIT changed();
}

} // namespace saathi::agent
