// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"
#include "core/util/Error.h"
#include "core/util/Money.h"

#include <QObject>
#include <QString>

#include <optional>

namespace saathi::journal {

// What Eko's transaction inquiry (reference eko-api.md §8, GET /v3/tools/reference/transaction/client_ref_id:…)
// said about one client_ref_id.
struct InquiryResult
{
    enum class Kind {
        Known, // Eko answered with a tx_status for this reference
        NotFound, // Eko answered "TID does not exist" (status 168)
        Error, // no usable answer: timeout, transport error, 5xx, 403, unparsable body
    };
    Kind kind = Kind::Error;
    int txStatus = -1; // Known only
    QString tid;
    QString rrn; // bank_ref_num
    std::optional<Paise> amount;
    std::optional<Paise> fee;
    std::optional<Paise> commission;
    std::optional<Paise> balance;
    QString message; // txstatus_desc / message, no personal data
    QString rawBody; // as received; the journal sanitises it before storing
    Error error; // Kind::Error: why

    static InquiryResult known(int status)
    {
        InquiryResult r;
        r.kind = Kind::Known;
        r.txStatus = status;
        return r;
    }
    static InquiryResult notFound()
    {
        InquiryResult r;
        r.kind = Kind::NotFound;
        return r;
    }
    static InquiryResult failed(Error e)
    {
        InquiryResult r;
        r.kind = Kind::Error;
        r.error = std::move(e);
        return r;
    }
};

// One inquiry in flight. Emits finished() exactly once, never from inside TransactionInquirer::inquire(), then
// deletes itself. An implementation either subclasses it or creates a plain InquiryJob and calls finish() when
// its network job is done.
class InquiryJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    bool isFinished() const { return m_finished; }
    // Emits finished(result) once (later calls are ignored) and schedules deleteLater().
    void finish(const saathi::journal::InquiryResult& result);

Q_SIGNALS:
    void finished(const saathi::journal::InquiryResult& result);

private:
    bool m_finished = false;
};

// Asks Eko about a reference. The lead's Eko client implements it (EkoClient inquiry by client_ref_id; GETs may be
// retried inside, a money POST never); tests use a fake. Lives on the thread of its network objects; the
// Reconciler calls inquire() on that thread and receives finished() through a queued connection.
class TransactionInquirer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual InquiryJob* inquire(const QString& clientRefId) = 0;
    // The Eko environment this inquirer asks (issue #12); empty when it cannot tell. The Reconciler never asks it
    // about another environment's rows.
    virtual std::optional<EkoEnvironment> environment() const { return std::nullopt; }
};

} // namespace saathi::journal
