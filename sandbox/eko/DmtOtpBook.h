// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QHash>
#include <QString>

namespace saathi::sandbox {

// The OTPs the "bank" sends during DMT: customer verification (classic), sender eKYC (Fino), transfer OTPs (Fino)
// and refund OTPs (the customer's consent). The value is the sandbox's fixed config `dmtOtp`; each OTP has an
// otp_ref_id, expires after `validityMs` on the sandbox clock and can be used once.
class DmtOtpBook
{
public:
    enum class Purpose { CustomerVerify, SenderKyc, Transfer, Refund };
    enum class Check { Ok, UnknownRef, Wrong, Expired, Used };

    // `subject` ties the OTP to what it authorises (a mobile, a tid, "mobile|recipient|amount").
    QString issue(Purpose purpose, const QString& subject, qint64 nowMs);
    // Compares `value` with `expected`; on Ok and `consume`, the OTP cannot be used again.
    Check check(const QString& refId, const QString& value, const QString& expected, Purpose purpose,
                const QString& subject, qint64 nowMs, qint64 validityMs, bool consume = true);
    // The newest live OTP for a subject (the classic refund call sends no otp_ref_id).
    QString latestRef(Purpose purpose, const QString& subject) const;
    void clear() { m_otps.clear(); }

private:
    struct Otp
    {
        Purpose purpose = Purpose::CustomerVerify;
        QString subject;
        qint64 issuedMs = 0;
        qint64 serial = 0;
        bool used = false;
    };
    QHash<QString, Otp> m_otps;
    qint64 m_next = 7700001;
};

} // namespace saathi::sandbox
