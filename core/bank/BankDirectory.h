// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/bank/Bank.h"
#include "core/util/Error.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace saathi::eko {
class EkoClient;
class EkoJob;
struct EkoResponse;
} // namespace saathi::eko

namespace saathi::bank {

// Eko's list of banks for one environment, loaded once and kept: the AePS bank picker and the money-transfer
// recipients read it, and only the first of them asks Eko. load() while a request is on its way joins it; after a
// failure the next load() asks again. Codes are matched without regard to case.
class BankDirectory : public QObject
{
    Q_OBJECT
public:
    enum class Status { Empty, Loading, Loaded, Failed };
    Q_ENUM(Status)

    explicit BankDirectory(eko::EkoClient& client, QObject* parent = nullptr);
    ~BankDirectory() override;

    // Asks Eko for the list unless it is loaded or on its way; loaded() or failed() follows on a later turn.
    void load();
    Status status() const { return m_status; }
    bool isLoaded() const { return m_status == Status::Loaded; }
    const QList<Bank>& banks() const { return m_banks; }
    // The bank with this short code; an empty Bank when unknown or not loaded.
    Bank find(const QString& code) const;
    QString nameFor(const QString& code) const { return find(code).name; }
    // The bank an IFSC names in its first four letters ("SBIN0001234" → SBIN).
    Bank forIfsc(const QString& ifsc) const { return find(ifsc.trimmed().left(4)); }
    // Why the last load failed (null otherwise).
    const Error& lastError() const { return m_error; }
    // How many times Eko was asked: the cache is what keeps this at one.
    int requestCount() const { return m_requests; }

Q_SIGNALS:
    void loaded(int count);
    void failed(const saathi::Error& error);

private:
    void onAnswer(const eko::EkoResponse& response);

    eko::EkoClient& m_client;
    Status m_status = Status::Empty;
    QList<Bank> m_banks;
    QHash<QString, qsizetype> m_byCode; // upper-case code → index in m_banks
    Error m_error;
    QPointer<eko::EkoJob> m_job;
    int m_requests = 0;
};

} // namespace saathi::bank
