// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "DmtOtpBook.h"

namespace saathi::sandbox {

QString DmtOtpBook::issue(Purpose purpose, const QString& subject, qint64 nowMs)
{
    const qint64 serial = m_next++;
    const QString ref = QStringLiteral("DMTOTP") + QString::number(serial);
    m_otps.insert(ref, Otp {purpose, subject, nowMs, serial, false});
    return ref;
}

DmtOtpBook::Check DmtOtpBook::check(const QString& refId, const QString& value, const QString& expected,
                                    Purpose purpose, const QString& subject, qint64 nowMs, qint64 validityMs,
                                    bool consume)
{
    const auto it = m_otps.find(refId);
    if (it == m_otps.end() || it->purpose != purpose || it->subject != subject) {
        return Check::UnknownRef;
    }
    if (it->used) {
        return Check::Used;
    }
    if (nowMs - it->issuedMs > validityMs) {
        return Check::Expired;
    }
    if (value.trimmed() != expected) {
        return Check::Wrong;
    }
    if (consume) {
        it->used = true;
    }
    return Check::Ok;
}

QString DmtOtpBook::latestRef(Purpose purpose, const QString& subject) const
{
    QString best;
    qint64 bestSerial = -1;
    for (auto it = m_otps.constBegin(); it != m_otps.constEnd(); ++it) {
        if (it->purpose == purpose && it->subject == subject && !it->used && it->serial > bestSerial) {
            best = it.key();
            bestSerial = it->serial;
        }
    }
    return best;
}

} // namespace saathi::sandbox
