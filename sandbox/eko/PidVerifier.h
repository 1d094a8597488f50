// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>

namespace saathi::sandbox {

// Checks a `piddata` string the way Eko/UIDAI would reject it, for simulated PIDs (sandbox/common/SimulatedPid.h):
// XML without DTD, Resp@errCode "0", DeviceInfo@mc, Data type "X" holding a simulated payload, fType 2, the eKYC
// wadh exactly where it belongs, and no nonce seen before (UIDAI 563).
class PidVerifier
{
public:
    enum class WadhRule { MustBeAbsent, MustBeEkyc };
    enum class Problem {
        None,
        Malformed,
        DeviceError,
        NoDeviceCode,
        WrongFType,
        WadhMissing,
        WadhUnexpected,
        Replayed
    };

    static constexpr const char* kEkycWadh = "E0jzJ/P8UopUHAieZn8CKqS4WPMi5ZSYXgfnlfkWjrc=";
    static constexpr qsizetype kMaxPidBytes = 64 * 1024;

    void setRejectReplays(bool on) { m_rejectReplays = on; }
    // Records the nonce when the PID is otherwise good: a second use of one capture is a replay.
    Problem check(const QString& pidXml, WadhRule rule);
    void forgetNonces() { m_seenNonces.clear(); }

    static QString problemName(Problem problem);
    // The reason text Eko would put in data.reason.
    static QString reasonFor(Problem problem);

private:
    bool m_rejectReplays = true;
    QSet<QByteArray> m_seenNonces;
};

} // namespace saathi::sandbox
