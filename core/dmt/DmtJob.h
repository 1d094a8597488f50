// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/dmt/DmtReply.h"

#include <QObject>
#include <QPointer>

namespace saathi::eko {
class EkoJob;
}

namespace saathi::dmt {

// One DMT step in flight: wraps the Eko call and emits finished() exactly once with the step's reading of the
// answer (DmtReply::interpret), then deletes itself on the next event-loop turn. Connect right away: it never
// finishes inside the call that made it.
class DmtJob : public QObject
{
    Q_OBJECT
public:
    DmtJob(DmtStep step, Rail rail, QString mobile, eko::EkoJob* job, QObject* parent = nullptr);

    DmtStep step() const { return m_step; }
    // Finishes now; a transfer already on the wire becomes unknown (EkoJob::cancel).
    void cancel();

Q_SIGNALS:
    void finished(const saathi::dmt::DmtReply& reply);

private:
    DmtStep m_step;
    Rail m_rail;
    QString m_mobile;
    QPointer<eko::EkoJob> m_job;
};

} // namespace saathi::dmt
