// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/eko/EkoJob.h"

#include "core/eko/EkoErrors.h"
#include "core/eko/SpkiPins.h"
#include "core/logging/LogCategories.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkReply>
#include <QTimeZone>

namespace saathi::eko {

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return QStringLiteral("success");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Pending:
        return QStringLiteral("pending");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

EkoJob::EkoJob(Settings settings, Sender sender, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_sender(std::move(sender))
    , m_clock(clock)
{
    m_response.operation = m_settings.operation;
    m_response.clientRefId = m_settings.clientRefId;
    m_timeout.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &EkoJob::onTimeout);
    connect(&m_backoff, &QTimer::timeout, this, &EkoJob::attempt);
}

EkoJob::~EkoJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void EkoJob::start()
{
    m_elapsed.start();
    QTimer::singleShot(0, this, &EkoJob::attempt);
}

void EkoJob::failBeforeSending(const Error& error)
{
    m_elapsed.start();
    QTimer::singleShot(0, this, [this, error] { finish(Outcome::Failed, error); });
}

void EkoJob::cancel()
{
    if (m_done) {
        return;
    }
    m_cancelled = true;
    m_backoff.stop();
    if (m_reply) {
        m_reply->abort(); // onReplyFinished reports it
        return;
    }
    finish(Outcome::Failed,
           Error {QStringLiteral("eko.cancelled"), QCoreApplication::translate("Eko", "Cancelled."),
                  QStringLiteral("cancelled before sending")});
}

void EkoJob::attempt()
{
    if (m_done) {
        return;
    }
    ++m_response.attempts;
    m_timedOut = false;
    m_tooLarge = false;
    m_reply = m_sender();
    if (!m_reply) {
        finish(Outcome::Failed,
               Error {QStringLiteral("eko.build_failed"),
                      QCoreApplication::translate("Eko", "The request could not be prepared."),
                      QStringLiteral("sender returned no reply")});
        return;
    }
    connect(m_reply, &QNetworkReply::readyRead, this, &EkoJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &EkoJob::onReplyFinished);
    m_timeout.start(m_settings.timeoutMs);
}

void EkoJob::onReadyRead()
{
    if (m_reply && m_reply->bytesAvailable() > m_settings.maxResponseBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void EkoJob::onTimeout()
{
    if (m_reply) {
        m_timedOut = true;
        m_reply->abort();
    }
}

void EkoJob::onReplyFinished()
{
    m_timeout.stop();
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply) {
        return;
    }
    reply->deleteLater();
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_response.httpStatus = http;
    const QByteArray date = reply->rawHeader("Date");
    if (!date.isEmpty()) {
        const QDateTime server
            = QLocale::c().toDateTime(QString::fromLatin1(date).left(25), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        if (server.isValid()) {
            QDateTime utc = server;
            utc.setTimeZone(QTimeZone::utc());
            m_response.clockSkewMs = utc.toMSecsSinceEpoch() - m_clock.nowMs();
        }
    }
    if (m_cancelled) {
        finish(m_settings.moneyMoving ? Outcome::Unknown : Outcome::Failed,
               Error {QStringLiteral("eko.cancelled"),
                      m_settings.moneyMoving ? QCoreApplication::translate("Eko",
                                                                           "Cancelled while Eko was answering: the "
                                                                           "result is being checked.")
                                             : QCoreApplication::translate("Eko", "Cancelled."),
                      QStringLiteral("cancelled in flight")});
        return;
    }
    if (reply->property(kPinMismatchProperty).toBool()) {
        finish(Outcome::Failed, pinMismatchError(reply->url().host())); // aborted before the request was written
        return;
    }
    if (m_timedOut) {
        retryOrFinish(m_settings.moneyMoving ? Outcome::Unknown : Outcome::Failed,
                      timeoutError(m_settings.timeoutMs, m_settings.moneyMoving));
        return;
    }
    if (m_tooLarge || reply->size() > m_settings.maxResponseBytes) {
        finish(m_settings.moneyMoving ? Outcome::Unknown : Outcome::Failed, tooLargeError(m_settings.maxResponseBytes));
        return;
    }
    const QByteArray body = reply->read(m_settings.maxResponseBytes + 1);
    m_response.redactedBody = redactedBody(body);
    if (http == 0) {
        retryOrFinish(m_settings.moneyMoving ? Outcome::Unknown : Outcome::Failed,
                      transportError(reply->error(), reply->errorString()));
        return;
    }
    if (http >= 500) {
        retryOrFinish(m_settings.moneyMoving ? Outcome::Unknown : Outcome::Failed,
                      httpError(http, reply->errorString()));
        return;
    }
    if (http < 200 || http >= 300) {
        // 4xx: Eko's gateway rejected the request before any business logic; nothing happened.
        finish(Outcome::Failed, httpError(http, QString::fromUtf8(m_response.redactedBody.left(200))));
        return;
    }
    auto envelope = parseEnvelope(body);
    if (!envelope) {
        finish(m_settings.moneyMoving ? Outcome::Unknown : Outcome::Failed, envelope.error());
        return;
    }
    m_response.envelope = envelope.value();
    m_response.hasEnvelope = true;
    classifyEnvelope();
}

void EkoJob::classifyEnvelope()
{
    const EkoEnvelope& e = m_response.envelope;
    if (!e.isSuccess()) {
        finish(Outcome::Failed, businessError(e));
        return;
    }
    const int tx = e.integer(QStringLiteral("tx_status"), -1);
    if (tx == 0 || (tx == -1 && !m_settings.moneyMoving)) {
        finish(Outcome::Success, {});
    } else if (tx == 1) {
        finish(Outcome::Failed, businessError(e));
    } else {
        // 2 awaited, 5 hold, anything else (or a money answer with no tx_status): Eko's rule is to inquire.
        finish(Outcome::Pending,
               Error {QStringLiteral("eko.pending"),
                      QCoreApplication::translate("Eko",
                                                  "The bank has not confirmed yet. Saathi is checking with Eko; "
                                                  "do not repeat the transaction."),
                      QStringLiteral("tx_status %1").arg(tx)});
    }
}

void EkoJob::retryOrFinish(Outcome outcome, const Error& error)
{
    if (m_settings.retryable && !m_settings.moneyMoving && m_response.attempts <= m_settings.retries && !m_cancelled) {
        const int delay = m_settings.retryBaseDelayMs * (1 << (m_response.attempts - 1));
        qCInfo(lcEko) << m_settings.operation << "attempt" << m_response.attempts << "failed:" << error.detail
                      << "- retrying in" << delay << "ms";
        m_backoff.start(delay);
        return;
    }
    finish(outcome, error);
}

void EkoJob::finish(Outcome outcome, const Error& error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_timeout.stop();
    m_backoff.stop();
    m_response.outcome = outcome;
    m_response.error = error;
    m_response.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    qCInfo(lcEko).noquote() << m_response.operation << outcomeName(outcome) << "http" << m_response.httpStatus
                            << "status" << m_response.envelope.status << "type" << m_response.envelope.responseTypeId
                            << error.code << m_response.elapsedMs << "ms";
    Q_EMIT finished(m_response);
    deleteLater();
}

} // namespace saathi::eko
