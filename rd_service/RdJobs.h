// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "rd_service/RdHttpCall.h"
#include "rd_service/RdServiceDevice.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace saathi::rd {

// Probes every port of the range at once; each answer is parsed, then its DeviceInfo read; the job ends when the
// last call ends, so it takes at most probe timeout + device-info timeout whatever the ports do.
class RdDiscoveryJob : public device::DiscoveryJob
{
    Q_OBJECT
public:
    RdDiscoveryJob(QNetworkAccessManager* nam, const device::RdSettings& settings, const device::DeviceChoice& choice,
                   QObject* parent);
    void start();

private:
    void abortWork() override;
    void onProbeDone(quint16 port, const RdHttpCall::Response& response);
    void onInfoDone(int index, const RdHttpCall::Response& response);
    void callEnded(RdHttpCall* call);
    void complete();

    QNetworkAccessManager* m_nam;
    device::RdSettings m_settings;
    device::DeviceChoice m_choice;
    QList<QPointer<RdHttpCall>> m_calls;
    int m_pending = 0;
    int m_probed = 0;
    QElapsedTimer m_elapsed;
    device::DiscoveryResult m_result;
};

class RdDeviceInfoJob : public device::DeviceInfoJob
{
    Q_OBJECT
public:
    RdDeviceInfoJob(QNetworkAccessManager* nam, RdHttpCall::Request request, QObject* parent);
    void start();

private:
    void abortWork() override;
    void onDone(const RdHttpCall::Response& response);

    RdHttpCall* m_call;
};

class RdCaptureJob : public device::CaptureJob
{
    Q_OBJECT
public:
    RdCaptureJob(QNetworkAccessManager* nam, RdHttpCall::Request request, int expectedFType, QObject* parent);
    void start();
    void failNow(const Error& error); // finishes on the next turn (e.g. the service is unusable)

    // Bytes of RD answers this job has handed to a worker thread for parsing (a test's proof that the UI thread
    // never parses them).
    qsizetype bytesParsedOffThread() const { return m_bytesParsedOffThread; }

private:
    void abortWork() override;
    void onDone(RdHttpCall::Response response);
    void onParsed(Result<device::PidData> parsed, qint64 elapsedMs);

    int m_deadlineMs; // the request's own deadline: parsing the answer must end within it too
    RdHttpCall* m_call;
    int m_expectedFType;
    QTimer m_parseDeadline;
    qsizetype m_bytesParsedOffThread = 0;
};

} // namespace saathi::rd
