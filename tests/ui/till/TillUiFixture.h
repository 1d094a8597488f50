// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

// The till's screens over the real services: a journal file in a temporary folder (JournalService on its worker),
// TillService on it, and Operators on a settings file of their own; the clock is a ManualClock at 09:00 IST.
#include "core/counter/CounterServices.h"
#include "core/journal/JournalService.h"
#include "core/journal/TransactionRecord.h"
#include "core/till/Operators.h"
#include "core/till/TillService.h"
#include "core/util/Clock.h"

#include <QDateTime>
#include <QFuture>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace saathi::test {

class TillUiFixture
{
public:
    TillUiFixture()
        : m_clock(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Clock::istZone()).toMSecsSinceEpoch())
        , m_settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
        , m_journal(m_clock)
        , m_operators(m_settings)
        , m_till(m_journal, till::CashDirections::defaults())
    {
        m_services.journal = &m_journal;
        m_services.clock = &m_clock;
        m_services.till = &m_till;
        m_services.operators = &m_operators;
        m_services.identity.agentName = QStringLiteral("Ravi Kumar");
        m_services.identity.userCode = QStringLiteral("20810200");
    }

    template<typename T>
    static T wait(QFuture<T> future)
    {
        for (int i = 0; i < 20000 && !future.isFinished(); ++i) {
            QTest::qWait(1);
        }
        return future.result();
    }

    // Opens the journal and reads the (absent) shift.
    bool open()
    {
        journal::JournalStore::Options options;
        options.environment = EkoEnvironment::Training;
        if (!wait(m_journal.open(m_dir.filePath(QStringLiteral("journal.sqlite")), options)).ok()) {
            return false;
        }
        QSignalSpy read(&m_till, &till::TillService::shiftChanged);
        m_till.refresh();
        return read.wait(10000);
    }

    // A journaled AePS cash withdrawal that succeeded (the customer took the cash out of the drawer).
    bool withdrawal(Paise amount)
    {
        m_clock.advanceMs(60 * 1000);
        journal::PrepareRequest request;
        request.clientRefId = QStringLiteral("CW%1").arg(++m_rows, 6, 10, QLatin1Char('0'));
        request.submissionKey = QStringLiteral("key-") + request.clientRefId;
        request.kind = journal::TxKind::AepsWithdrawal;
        request.amount = amount;
        request.customerMobile = QStringLiteral("9876543210");
        request.aadhaarLast4 = QStringLiteral("7058");
        request.agentUserCode = m_services.identity.userCode;
        request.environment = EkoEnvironment::Training;
        if (!wait(m_journal.prepare(request)).ok() || !wait(m_journal.markSent(request.clientRefId)).ok()) {
            return false;
        }
        journal::Outcome outcome;
        outcome.state = journal::TxState::Success;
        outcome.txStatus = 0;
        outcome.tid = QStringLiteral("T%1").arg(m_rows);
        return wait(m_journal.recordOutcome(request.clientRefId, outcome)).ok();
    }

    CounterServices& services() { return m_services; }
    ManualClock& clock() { return m_clock; }
    QSettings& settings() { return m_settings; }
    journal::JournalService& journal() { return m_journal; }
    till::Operators& operators() { return m_operators; }
    till::TillService& till() { return m_till; }

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    QSettings m_settings;
    journal::JournalService m_journal;
    till::Operators m_operators;
    till::TillService m_till;
    CounterServices m_services;
    int m_rows = 0;
};

} // namespace saathi::test
