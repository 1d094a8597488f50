// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/eko/EkoResponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkReply;

namespace saathi {
class Clock;
}

namespace saathi::eko {

// One Eko call in flight (ownCloud's AbstractNetworkJob idea): emits finished() exactly once, then deletes itself
// on the next event-loop turn. GETs are retried with backoff and a fresh signature; a money-moving request is sent
// once, and anything short of a clear answer becomes Outcome::Unknown.
class EkoJob : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString operation;
        QString clientRefId;
        bool moneyMoving = false;
        bool retryable = false; // GET
        int timeoutMs = 30000;
        qint64 maxResponseBytes = 1024 * 1024;
        int retries = 0;
        int retryBaseDelayMs = 500;
    };
    using Sender = std::function<QNetworkReply*()>; // builds, signs and sends one attempt

    EkoJob(Settings settings, Sender sender, const Clock& clock, QObject* parent = nullptr);
    ~EkoJob() override;

    // Starts on the next event-loop turn, so callers can connect first.
    void start();
    // Finishes the job now. A money-moving request already on the wire becomes Unknown (it may have arrived).
    void cancel();
    // Ends the job with an error found before sending (bad input, no key…); emitted on the next turn.
    void failBeforeSending(const Error& error);

    bool isFinished() const { return m_done; }
    const QString& operation() const { return m_settings.operation; }

Q_SIGNALS:
    void finished(const saathi::eko::EkoResponse& response);

private:
    void attempt();
    void onReplyFinished();
    void onReadyRead();
    void onTimeout();
    void retryOrFinish(Outcome outcome, const Error& error);
    void classifyEnvelope();
    void finish(Outcome outcome, const Error& error);

    Settings m_settings;
    Sender m_sender;
    const Clock& m_clock;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_backoff;
    QElapsedTimer m_elapsed;
    EkoResponse m_response;
    bool m_done = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_cancelled = false;
};

} // namespace saathi::eko
