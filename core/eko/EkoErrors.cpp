// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/eko/EkoErrors.h"

#include "core/logging/Redactor.h"

#include <QCoreApplication>

namespace saathi::eko {

namespace {

// lupdate files Eko::tr() here under "Eko", the context looked up at run time.
struct Eko
{
    Q_DECLARE_TR_FUNCTIONS(Eko)
};

Error make(const char* code, const QString& message, const QString& detail, const QString& ekoText = {})
{
    const QString words = redact::text(ekoText.simplified());
    return Error {QString::fromLatin1(code), Error::withEkoLine(message, words), detail, words};
}

// Eko's free-text reasons that need their own advice (reference §3.4, §6).
Error fromReason(const QString& reason, const QString& ekoWords, const QString& detail, bool* matched)
{
    *matched = true;
    const QString r = reason.toLower();
    const auto advice = [&ekoWords](const char* code, const QString& message, const QString& d) {
        return make(code, message, d, ekoWords);
    };
    if (r.contains(QLatin1String("2fa"))) {
        return advice("eko.2fa_required",
                      Eko::tr("Today's biometric login is needed before any AePS transaction. Do the daily "
                              "login with your own finger, then try again."),
                      detail);
    }
    if (r.contains(QLatin1String("complete bank ekyc")) || r.contains(QLatin1String("merchant id incorrect"))
        || r.contains(QLatin1String("incorrect merchantid"))) {
        return advice("eko.ekyc_required",
                      Eko::tr("Your one-time AePS eKYC is not complete. Finish eKYC (OTP and fingerprint) first."),
                      detail);
    }
    if (r.contains(QLatin1String("already completed bank ekyc"))) {
        return advice("eko.ekyc_already_done", Eko::tr("eKYC is already complete. Do today's biometric login instead."),
                      detail);
    }
    if (r.contains(QLatin1String("invalid biometric")) || r.contains(QLatin1String("authentication failed"))) {
        return advice("eko.biometric_failed",
                      Eko::tr("The fingerprint did not match. Clean the sensor and the finger, place the "
                              "finger flat and capture again."),
                      detail);
    }
    if (r.contains(QLatin1String("capture the finger again")) || r.contains(QLatin1String("duplicate"))) {
        return advice("eko.pid_reused", Eko::tr("This fingerprint capture was already used. Capture the finger again."),
                      detail);
    }
    if ((r.contains(QLatin1String("aadhaar")) || r.contains(QLatin1String("aadhar")))
        && (r.contains(QLatin1String("not linked")) || r.contains(QLatin1String("not mapped"))
            || r.contains(QLatin1String("not seeded")))) {
        return advice("eko.aadhaar_not_linked",
                      Eko::tr("The customer's Aadhaar is not linked to this bank. Give no cash. Ask the customer "
                              "which bank their Aadhaar is linked to and choose that bank."),
                      detail);
    }
    if (r.contains(QLatin1String("withdrawal frequency limit")) || r.contains(QLatin1String("withdrawal amount limit"))
        || r.contains(QLatin1String("limit exhausted"))) {
        return advice("eko.bank_limit_reached",
                      Eko::tr("The customer's bank limit for today is used up. Give no cash. The customer can use "
                              "another bank account, or come back tomorrow."),
                      detail);
    }
    if (r.contains(QLatin1String("frozen"))) {
        return advice("eko.account_frozen",
                      Eko::tr("The customer's bank account is frozen. The customer must contact their bank."), detail);
    }
    if (r.contains(QLatin1String("disabled by customer bank"))) {
        return advice("eko.aeps_disabled",
                      Eko::tr("The customer's bank has turned off AePS withdrawals for this account. The "
                              "customer must contact their bank."),
                      detail);
    }
    if (r.contains(QLatin1String("insufficient"))) {
        return advice("eko.insufficient_funds",
                      Eko::tr("The customer's bank account does not have enough balance for this amount. Ask for a "
                              "smaller amount, or use another account."),
                      detail);
    }
    if (r.contains(QLatin1String("otp"))
        && (r.contains(QLatin1String("expired")) || r.contains(QLatin1String("incorrect")))) {
        return advice("eko.otp_invalid",
                      Eko::tr("The OTP is wrong or has expired. Ask for a new OTP and enter it again."), detail);
    }
    *matched = false;
    return {};
}

} // namespace

Error httpError(int httpStatus, const QString& detail)
{
    const QString d = QStringLiteral("HTTP %1 %2").arg(httpStatus).arg(detail);
    switch (httpStatus) {
    case 402:
        return make("eko.http_402",
                    Eko::tr("Eko did not receive the developer key. Check the credentials in Settings. A "
                            "proxy that drops headers with underscores can also cause this."),
                    d);
    case 403:
        return make("eko.http_403",
                    Eko::tr("Eko refused the request's signature. Check that this computer's date and time "
                            "are correct (set them automatically), and that the access key in Settings is "
                            "right. If both are right, the service may not be activated for this agent."),
                    d);
    case 404:
        return make("eko.http_404",
                    Eko::tr("Eko does not know this address. Check the environment (UAT or production) and "
                            "the server address in Settings."),
                    d);
    case 405:
        return make("eko.http_405",
                    Eko::tr("Eko does not accept this kind of request at this address (HTTP 405). The "
                            "endpoint catalogue may be out of date; call support."),
                    d);
    case 415:
        return make("eko.http_415",
                    Eko::tr("Eko does not accept the request's format (HTTP 415). The endpoint catalogue may "
                            "be out of date; call support."),
                    d);
    default:
        break;
    }
    if (httpStatus >= 500) {
        return make("eko.http_5xx",
                    Eko::tr("Eko's server could not handle the request just now. Wait a minute and try "
                            "again."),
                    d);
    }
    return make("eko.http_other",
                Eko::tr("Eko answered with an unexpected error (HTTP %1). Try again; if it repeats, call "
                        "support.")
                    .arg(httpStatus),
                d);
}

Error businessError(const EkoEnvelope& e)
{
    const QString detail = QStringLiteral("status %1 type %2: %3").arg(e.status).arg(e.responseTypeId).arg(e.message);
    if (!e.hasStatus) {
        if (e.message.contains(QLatin1String("No key for Response"), Qt::CaseInsensitive)) {
            return make("eko.no_key_for_response",
                        Eko::tr("Eko rejected the request's fields (\"No key for Response\"). The "
                                "endpoint catalogue may be out of date; call support."),
                        detail);
        }
        return make("eko.unexpected",
                    Eko::tr("Eko gave an answer Saathi does not know. Try again; if it repeats, call support."), detail,
                    e.message);
    }
    const QString ekoWords = e.reason().isEmpty() ? e.message : e.reason();
    if (e.status == 347) { // the agent's E-value wallet (Eko's reason says only "Insufficient balance")
        return make("eko.insufficient_funds",
                    Eko::tr("Your E-value wallet balance is too low. Load your E-value wallet, then try "
                            "again."),
                    detail, ekoWords);
    }
    bool matched = false;
    const Error byReason = fromReason(e.reason() + QLatin1Char(' ') + e.message, ekoWords, detail, &matched);
    if (matched) {
        return byReason;
    }
    switch (e.status) {
    case 97:
    case 17:
        if (!e.invalidParams.isEmpty()) {
            QStringList parts;
            for (auto it = e.invalidParams.begin(); it != e.invalidParams.end(); ++it) {
                // Each reason redacted on its own: the field's name is Eko's wire name, never data.
                const QString why = redact::text(it.value().simplified());
                parts << (it.key().isEmpty() ? why : it.key() + QStringLiteral(": ") + why);
            }
            const QString words = parts.join(QStringLiteral("; "));
            return Error {QStringLiteral("eko.invalid_params"),
                          Error::withEkoLine(Eko::tr("Eko did not accept some of the details. Check what you "
                                                     "entered and try again."),
                                             words),
                          detail, words};
        }
        break;
    case 346:
        return make("eko.service_not_active",
                    Eko::tr("This service is not activated for your agent code yet. Check the "
                            "service status in Set-up; activation can take 1–3 working days."),
                    detail, ekoWords);
    case 168:
        return make("eko.tid_unknown", Eko::tr("Eko has no transaction with this reference."), detail, ekoWords);
    case 302:
    case 303:
        return make("eko.otp_invalid",
                    Eko::tr("The OTP is wrong or has expired. Ask for a new OTP and enter it again."), detail,
                    ekoWords);
    case 463:
        return make("eko.not_found", Eko::tr("Eko does not know this customer or agent."), detail, ekoWords);
    case 1297:
        return make("eko.agent_not_onboarded",
                    Eko::tr("This agent is not onboarded with Eko. Complete onboarding in "
                            "Set-up first."),
                    detail, ekoWords);
    case 1307:
        return make("eko.agent_exists", Eko::tr("An agent with this mobile number is already registered with Eko."),
                    detail, ekoWords);
    case 314:
    case 945:
    case 36:
        return make("eko.limit_reached", Eko::tr("The customer's monthly limit is used up."), detail, ekoWords);
    default:
        break;
    }
    return make("eko.declined",
                Eko::tr("Eko declined the request. Check the details and try again; if it repeats, call support."),
                detail, ekoWords);
}

Error transportError(QNetworkReply::NetworkError error, const QString& detail)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return make("eko.tls_failed",
                    Eko::tr("The secure connection to Eko could not be verified. Check the computer's date "
                            "and time; do not continue on this network if it repeats."),
                    detail);
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return make("eko.offline", Eko::tr("Cannot reach Eko. Check the internet connection and try again."), detail);
    case QNetworkReply::ConnectionRefusedError:
        return make("eko.refused",
                    Eko::tr("Eko's server refused the connection. Check the server address in Settings."), detail);
    default:
        return make("eko.network",
                    Eko::tr("The connection to Eko failed. Check the internet connection and try again."), detail);
    }
}

Error timeoutError(int timeoutMs, bool moneyMoving)
{
    const QString detail = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    if (moneyMoving) {
        return make("eko.outcome_unknown",
                    Eko::tr("Eko did not answer in time, so the result is not known yet. Do not "
                            "repeat the transaction: Saathi is checking its status with Eko."),
                    detail);
    }
    return make("eko.timeout", Eko::tr("Eko did not answer in time. Try again."), detail);
}

Error tooLargeError(qint64 limit)
{
    return make("eko.response_too_large",
                Eko::tr("Eko's answer was far larger than expected and was not read. Try again; "
                        "if it repeats, call support."),
                QStringLiteral("body over %1 bytes").arg(limit));
}

} // namespace saathi::eko
