// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "sandbox/rd/RdHttpServer.h"
#include "sandbox/rd/RdProfile.h"

#include <QMap>
#include <QObject>
#include <QRandomGenerator>

#include <optional>

namespace saathi {
class Clock;
}

namespace saathi::sandbox::rd {

// A local UIDAI RD service that behaves like a vendor's (rd-service.md §10): RDSERVICE on any path, DEVICEINFO and
// CAPTURE on the profile's paths, OPTIONS preflight, vendor quirks from the profile, and faults switchable at run
// time — for training mode (in-process, on a free port), tests and the saathi-rd-sandbox executable.
class RdSimulator : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        NotReady, // RDSERVICE NOTREADY, DeviceInfo without dc/mc, CAPTURE 720
        Used, // RDSERVICE USED, CAPTURE 710
        CaptureTimeout, // CAPTURE waits the requested timeout, then 700
        PoorQuality, // CAPTURE succeeds with qScore 18 / nmPoints 11
        NeedsReinit, // CAPTURE 740
        CaptureFailed, // CAPTURE 730
        WarmingUp, // CAPTURE -1509 (Mantra L1 still checking status)
        FmrOnly, // CAPTURE succeeds with Resp fType="0" whatever was asked
        Hang, // accept, read the request, never answer
        Trickle, // the normal answer, one byte at a time
        MalformedXml,
        BillionLaughs, // security.md X1
        QuadraticBlowup, // security.md X4
        HugeAnswer, // 10 MB
        WrongContentType, // the normal body labelled text/html
        NotFound, // 404 on the interface paths (RDSERVICE still answers)
        ResetMidAnswer, // half the answer, then a TCP reset
    };
    Q_ENUM(Fault)
    // Which verbs a transport fault (Hang … ResetMidAnswer) hits; device faults pick their own verbs.
    enum class FaultTarget { AllVerbs, Discovery, DeviceInfo, Capture };
    Q_ENUM(FaultTarget)

    explicit RdSimulator(QObject* parent = nullptr);

    bool listen(quint16 port = 11100); // 127.0.0.1; 0 = any free port
    quint16 serverPort() const { return m_server.serverPort(); }
    bool isListening() const { return m_server.isListening(); }
    QString errorString() const { return m_server.errorString(); }
    void close();

    bool setProfile(const QString& name); // false for an unknown name (the profile stays)
    const RdProfile& profile() const { return m_profile; }

    void setFault(Fault fault, FaultTarget target = FaultTarget::AllVerbs);
    Fault fault() const { return m_fault; }
    static QString faultName(Fault fault); // "hang", "capture-timeout", …
    static std::optional<Fault> faultFromName(const QString& name);
    static QStringList faultNames();
    static std::optional<FaultTarget> targetFromName(const QString& name); // all, discovery, info, capture

    void setCaptureDelayMs(int ms) { m_captureDelayMs = ms; } // finger placement; default 300
    void setTrickleIntervalMs(int ms) { m_trickleIntervalMs = ms; } // default 10
    void setHugeAnswerBytes(qsizetype bytes) { m_hugeBytes = bytes; } // default 10 MB
    void setRandomSeed(quint32 seed) { m_rng.seed(seed); } // deterministic Skey/Hmac/nonce for tests
    void setClock(const Clock* clock) { m_clock = clock; } // not owned; default the system clock

    // The next CAPTURE answers with these quality figures, once (training's coach scenarios, tests of the quality
    // gate): qScore 20 arms "a weak capture"; -1 keeps that figure as the profile says. A fault still wins.
    void armNextCaptureQuality(int qScore, int nmPoints = -1);
    bool isCaptureQualityArmed() const { return m_nextQScore >= 0 || m_nextNmPoints >= 0; }

    // What tests look at: the last PidOptions attributes received, and a count per verb.
    const QMap<QString, QString>& lastPidOptions() const { return m_lastOptions; }
    int requestCount(const QByteArray& verb) const { return m_counts.value(verb); }

Q_SIGNALS:
    void requestHandled(const QByteArray& verb, const QByteArray& path, int httpStatus);

private:
    void onRequest(HttpExchange* exchange, const HttpRequest& request);
    bool applyTransportFault(HttpExchange* exchange, const QByteArray& verb, const QByteArray& root,
                             const QByteArray& normalBody);
    void handleCapture(HttpExchange* exchange, const HttpRequest& request);
    QString validateOptions(const QMap<QString, QString>& opts) const; // RD error code, empty when fine
    void sendXml(HttpExchange* exchange, const QByteArray& verb, const QByteArray& root, const QByteArray& body);
    bool pathMatches(const QByteArray& requested, const QString& advertised) const;
    QDateTime nowIst() const;

    RdHttpServer m_server;
    RdProfile m_profile;
    Fault m_fault = Fault::None;
    FaultTarget m_target = FaultTarget::AllVerbs;
    int m_captureDelayMs = 300;
    int m_trickleIntervalMs = 10;
    qsizetype m_hugeBytes = 10 * 1000 * 1000;
    bool m_capturing = false;
    QRandomGenerator m_rng;
    const Clock* m_clock = nullptr;
    int m_nextQScore = -1;
    int m_nextNmPoints = -1;
    QMap<QString, QString> m_lastOptions;
    QMap<QByteArray, int> m_counts;
};

} // namespace saathi::sandbox::rd
