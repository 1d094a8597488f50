// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "JournalTestData.h"
#include "core/journal/CsvExport.h"
#include "core/journal/DailySummary.h"
#include "core/journal/HistoryQuery.h"

#include <QBuffer>

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::test;

namespace {
const QDate kDay(2026, 11, 23);
constexpr qint64 kMinute = 60'000;
} // namespace

class TestJournalHistory : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<JournalStore> m_store;

    void add(const QString& ref, TxKind kind, qint64 rupees, const QString& mobile, TxState finalState,
             const QString& message = QString())
    {
        auto r = withdrawal(QStringLiteral("key-") + ref, ref, rupees, mobile);
        r.kind = kind;
        if (!isMoneyMoving(kind)) {
            r.amount = Paise {0};
        }
        QVERIFY(m_store->prepare(r).ok());
        if (finalState != TxState::Prepared) {
            Outcome o = answer(finalState, Source::Response, QStringLiteral("TID-") + ref);
            o.rrn = QStringLiteral("RRN-") + ref;
            o.fee = Paise {500};
            o.commission = Paise {1000};
            o.message = message;
            QVERIFY(m_store->recordOutcome(ref, o).ok());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        // 23:50 IST on kDay.
        m_clock.setNowMs(history::istDayStartMs(kDay) + (23 * 60 + 50) * kMinute);
        auto s = JournalStore::open(m_dir.filePath(QStringLiteral("h.sqlite")), m_clock);
        QVERIFY(s.ok());
        m_store = std::move(s.value());
        add(QStringLiteral("A1"), TxKind::AepsWithdrawal, 1000, QStringLiteral("9876500001"), TxState::Success);
        m_clock.advanceMs(kMinute);
        add(QStringLiteral("A2"), TxKind::AepsWithdrawal, 2500, QStringLiteral("9876500002"), TxState::Failed,
            QStringLiteral("=HYPERLINK(\"x\"), declined\r\nby bank"));
        m_clock.advanceMs(kMinute);
        add(QStringLiteral("A3"), TxKind::BalanceEnquiry, 0, QStringLiteral("9876500001"), TxState::Success);
        m_clock.advanceMs(kMinute);
        add(QStringLiteral("A4"), TxKind::DmtTransfer, 4000, QStringLiteral("9876500003"), TxState::Unknown);
        // 23:59:59.999 IST still belongs to kDay; midnight to the next day.
        m_clock.setNowMs(history::istDayStartMs(kDay.addDays(1)) - 1);
        add(QStringLiteral("A5"), TxKind::AepsWithdrawal, 300, QStringLiteral("9876500001"), TxState::Success);
        m_clock.setNowMs(history::istDayStartMs(kDay.addDays(1)));
        add(QStringLiteral("B1"), TxKind::AepsWithdrawal, 700, QStringLiteral("9876500001"), TxState::Success);
        for (int i = 0; i < 25; ++i) {
            m_clock.advanceMs(kMinute);
            add(QStringLiteral("C%1").arg(i), TxKind::AadhaarPay, 100 + i, QStringLiteral("9876511111"),
                TxState::Success);
        }
    }

    void dateRangeFollowsTheIstCalendar()
    {
        auto day = history::page(*m_store, HistoryFilter::istDays(kDay, kDay), 100);
        QVERIFY(day.ok());
        QCOMPARE(day.value().rows.size(), 5);
        QCOMPARE(day.value().rows.first().clientRefId, QStringLiteral("A5")); // newest first
        QCOMPARE(history::istDayOf(day.value().rows.first().createdAtMs), kDay);
        auto next = history::page(*m_store, HistoryFilter::istDays(kDay.addDays(1), kDay.addDays(1)), 100);
        QCOMPARE(next.value().rows.size(), 26);
        QCOMPARE(next.value().rows.last().clientRefId, QStringLiteral("B1"));
    }

    void filtersByMobileReferenceKindAndState()
    {
        HistoryFilter byMobile;
        byMobile.customerMobile = QStringLiteral("9876500001");
        QCOMPARE(history::page(*m_store, byMobile, 100).value().rows.size(), 4);
        for (const QString& ref : {QStringLiteral("A2"), QStringLiteral("TID-A2"), QStringLiteral("RRN-A2")}) {
            HistoryFilter f;
            f.reference = ref;
            const auto rows = history::page(*m_store, f, 100).value().rows;
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().clientRefId, QStringLiteral("A2"));
            QVERIFY(rows.first().rawResponse.isEmpty());
        }
        HistoryFilter byKind;
        byKind.kind = TxKind::AadhaarPay;
        QCOMPARE(history::page(*m_store, byKind, 100).value().rows.size(), 25);
        HistoryFilter byState;
        byState.state = TxState::Unknown;
        QCOMPARE(history::page(*m_store, byState, 100).value().rows.first().clientRefId, QStringLiteral("A4"));
        HistoryFilter open; // what the home screen's "Unresolved" lists: every state still waiting for an answer
        open.openOnly = true;
        const auto openRows = history::page(*m_store, open, 100).value().rows;
        QCOMPARE(openRows.size(), 1);
        QCOMPARE(openRows.first().clientRefId, QStringLiteral("A4"));
    }

    void keysetPagesCoverEveryRowOnce()
    {
        QStringList seen;
        HistoryCursor cursor;
        int pages = 0;
        do {
            auto p = history::page(*m_store, HistoryFilter(), 7, cursor);
            QVERIFY(p.ok());
            for (const auto& r : p.value().rows) {
                seen << r.clientRefId;
            }
            cursor = HistoryCursor::fromString(p.value().next.toString()); // through the CLI's text form
            ++pages;
        } while (!cursor.isNull());
        QCOMPARE(seen.size(), 31);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 31);
        QCOMPARE(pages, 5);
    }

    void csvIsRfc4180AndMasksAadhaar()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto written = csv::write(*m_store, HistoryFilter::istDays(kDay, kDay), buffer);
        QVERIFY(written.ok());
        QCOMPARE(written.value(), 5);
        const QString text = QString::fromUtf8(buffer.data());
        QVERIFY(text.startsWith(QStringLiteral("created_at_ist,client_ref_id,kind,state,amount_inr")));
        QVERIFY(text.contains(QStringLiteral("\r\n")));
        // Quotes doubled, the field quoted because of comma/CRLF, formula neutralised.
        QVERIFY(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\"), declined\r\nby bank\"")));
        QVERIFY(text.contains(QStringLiteral(",2500,5,10,")));
        QVERIFY(text.contains(QStringLiteral("XXXX XXXX 7058")));
        QVERIFY(!text.contains(kJournalTestAadhaar));
        QVERIFY(text.contains(QStringLiteral("2026-11-23 23:59:59")));
        QCOMPARE(csv::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(csv::field(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
    }

    void dailySummaryTotalsPerKindForTheIstDay()
    {
        auto s = summary::forIstDay(*m_store, kDay);
        QVERIFY(s.ok());
        QCOMPARE(s.value().count, 5);
        QCOMPARE(s.value().open, 1);
        // Success amounts: A1 1000 + A5 300 (A3 is a balance enquiry with amount 0).
        QCOMPARE(s.value().succeededAmount, Paise::fromRupees(1300));
        QCOMPARE(s.value().fees, Paise {5 * 500}); // fees and commission as reported, any state
        QCOMPARE(s.value().commission, Paise {5 * 1000});
        QCOMPARE(s.value().kinds.size(), 3);
        const KindSummary& cw = s.value().kinds.first();
        QCOMPARE(cw.kind, TxKind::AepsWithdrawal);
        QCOMPARE(cw.count, 3);
        QCOMPARE(cw.succeeded, 2);
        QCOMPARE(cw.failed, 1);
    }
};

QTEST_GUILESS_MAIN(TestJournalHistory)
#include "TestJournalHistory.moc"
