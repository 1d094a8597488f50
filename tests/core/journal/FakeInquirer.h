// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/TransactionInquirer.h"
#include "core/util/Clock.h"

#include <QHash>
#include <QList>
#include <QTimer>

namespace saathi::test {

// Answers inquiries from a script, on the next event-loop turn, and remembers when each was asked (on the
// injected clock). Without a scripted answer for a reference it answers `fallback`.
class FakeInquirer : public journal::TransactionInquirer
{
    Q_OBJECT
public:
    explicit FakeInquirer(const Clock& clock, QObject* parent = nullptr)
        : journal::TransactionInquirer(parent)
        , m_clock(clock)
    {
    }

    journal::InquiryResult fallback
        = journal::InquiryResult::failed(Error {QStringLiteral("test.offline"), QString(), QString()});
    QHash<QString, QList<journal::InquiryResult>> script;
    struct Call
    {
        QString clientRefId;
        qint64 atMs = 0;
    };
    QList<Call> calls;
    // The environment it claims to ask (issue #12); empty: it does not say.
    std::optional<EkoEnvironment> env;
    std::optional<EkoEnvironment> environment() const override { return env; }

    journal::InquiryJob* inquire(const QString& clientRefId) override
    {
        calls.append({clientRefId, m_clock.nowMs()});
        journal::InquiryResult result = fallback;
        auto it = script.find(clientRefId);
        if (it != script.end() && !it->isEmpty()) {
            result = it->takeFirst();
        }
        auto* job = new journal::InquiryJob(this);
        QTimer::singleShot(0, job, [job, result] { job->finish(result); });
        return job;
    }

private:
    const Clock& m_clock;
};

} // namespace saathi::test
