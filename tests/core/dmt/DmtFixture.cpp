// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "DmtFixture.h"

#include "core/eko/AepsOperations.h"
#include "sandbox/common/SimulatedPid.h"

#include <QSignalSpy>

namespace saathi::test {

dmt::DmtReply DmtFixture::wait(dmt::DmtJob* job, int timeoutMs)
{
    QSignalSpy spy(job, &dmt::DmtJob::finished);
    if (!spy.wait(timeoutMs)) {
        dmt::DmtReply timedOut;
        timedOut.error = Error {QStringLiteral("test.timeout"), QStringLiteral("the step did not finish"), {}};
        return timedOut;
    }
    return spy.first().first().value<dmt::DmtReply>();
}

QByteArray DmtFixture::ekycPid() const
{
    return sandbox::simulatedPidXml(clock().nowIst(), eko::AepsOperations::ekycWadh());
}

} // namespace saathi::test
