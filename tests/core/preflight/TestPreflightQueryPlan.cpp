// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Issue #18: the pre-flight step runs before every finger, on a journal that grows to 1,000,000 rows. Its work must
// not grow with the journal: this test counts what SQLite does for one evaluate (statements and virtual-machine
// steps, through sqlite3_trace_v2) on a journal, then on one ten times larger, and asserts the counts are equal; and
// every statement it ran is an index search, never a scan of transactions (EXPLAIN QUERY PLAN).
#include "../journal/JournalTestData.h"
#include "core/crypto/CustomerToken.h"
#include "core/preflight/CustomerMemory.h"
#include "core/preflight/Preflight.h"

#include <QCryptographicHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace saathi;
using saathi::journal::PrepareRequest;
using saathi::journal::TxKind;
using namespace saathi::preflight;
using namespace saathi::test;

namespace {

struct Work
{
    int statements = 0;
    qint64 vmSteps = 0;
    QStringList sql;
};

int onTrace(unsigned type, void* context, void* p, void*)
{
    if (type == SQLITE_TRACE_PROFILE) {
        auto* work = static_cast<Work*>(context);
        auto* stmt = static_cast<sqlite3_stmt*>(p);
        ++work->statements;
        work->vmSteps += sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_VM_STEP, 0);
        work->sql.append(QString::fromUtf8(sqlite3_sql(stmt)));
    }
    return 0;
}

sqlite3* handleOf(QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    return v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3* const*>(v.constData())
                                                                 : nullptr;
}

QString otherToken(int n)
{
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha256).toHex());
}

// Rows of other customers (one in ten without a token, as for a VID or DMT), and the memory of some of them, in one
// SQL transaction.
bool addOtherRows(QSqlDatabase& db, int from, int count, qint64 createdMs)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN"))) {
        return false;
    }
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO transactions (client_ref_id, kind, state, amount_paise, agent_user_code, "
                               "bank_code, created_at_ms, updated_at_ms, customer_token, environment) "
                               "VALUES (?, 'aeps_withdrawal', 'success', 50000, '20810200', 'SBIN', ?, ?, ?, "
                               "'training')"));
    QSqlQuery mem(db);
    mem.prepare(QStringLiteral("INSERT OR REPLACE INTO customer_banks VALUES (?, 'SBIN', 'worked', ?, '2026-12-07')"));
    for (int i = from; i < from + count; ++i) {
        const QString token = otherToken(i % 5000);
        ins.addBindValue(QStringLiteral("QP%1").arg(i));
        ins.addBindValue(createdMs - i);
        ins.addBindValue(createdMs - i);
        ins.addBindValue(i % 10 == 0 ? QVariant(QMetaType(QMetaType::QString)) : QVariant(token));
        if (i % 2 == 0) { // the memory of half of them
            mem.addBindValue(token);
            mem.addBindValue(createdMs - i);
        }
        if (!ins.exec() || (i % 2 == 0 && !mem.exec())) {
            qWarning() << ins.lastError().text() << mem.lastError().text();
            return false;
        }
    }
    return q.exec(QStringLiteral("COMMIT"));
}

} // namespace

class TestPreflightQueryPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workPerEvaluateDoesNotGrowWithTheJournal()
    {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 12, 7), QTime(12, 0), Clock::istZone()).toMSecsSinceEpoch());
        SAATHI_OPEN_STORE(store, dir.filePath(QStringLiteral("plan.sqlite")), clock);
        sqlite3* handle = handleOf(store->database());
        QVERIFY(handle);

        const QString token = CustomerTokenizer::fromKey(SecureBytes(QByteArray(CustomerTokenizer::kKeyBytes, 'q')))
                                  .value()
                                  .token(SecureBytes(QByteArray("999941057058")));
        Request request;
        request.kind = TxKind::AepsWithdrawal;
        request.amount = Paise::fromRupees(500);
        request.bankCode = QStringLiteral("SBIN");
        request.customerToken = token;
        request.istDay = clock.istDate();
        request.agent.ekycDone = true;
        request.agent.dailyLoginToday = true;
        // The customer's own history: 3 withdrawals today, a bank that worked, one not linked, a finger.
        for (int i = 0; i < 3; ++i) {
            PrepareRequest p = withdrawal(QStringLiteral("own%1").arg(i), QStringLiteral("OWN%1").arg(i));
            p.customerToken = token;
            QVERIFY(store->prepare(p).ok());
        }
        CustomerMemory memory(store->database());
        QVERIFY(memory.learnBank(token, QStringLiteral("PUNB"), Conclusion::BankWorked, 1, request.istDay).isNull());
        QVERIFY(memory.learnBank(token, QStringLiteral("SBIN"), Conclusion::NotLinked, 2, request.istDay).isNull());
        QVERIFY(memory.learnFinger(token, device::Finger::RightThumb, 2).isNull());

        auto measure = [&](Work& work) {
            sqlite3_trace_v2(handle, SQLITE_TRACE_PROFILE, onTrace, &work);
            const Outcome o = Preflight::evaluate(*store, request);
            sqlite3_trace_v2(handle, 0, nullptr, nullptr);
            QCOMPARE(o.verdict(), Verdict::Warn); // the same answer at every size
            QCOMPARE(o.suggestedBank, QStringLiteral("PUNB"));
            QCOMPARE(o.suggestedFinger, device::Finger::RightThumb);
        };

        QVERIFY(addOtherRows(store->database(), 0, 2'000, clock.nowMs()));
        Work small;
        measure(small);
        QVERIFY(addOtherRows(store->database(), 2'000, 18'000, clock.nowMs()));
        Work large;
        measure(large);
        QCOMPARE(small.statements, 3); // the daily count, the banks, the finger
        QCOMPARE(large.statements, small.statements);
        QCOMPARE(large.vmSteps, small.vmSteps); // ten times the rows, the same work
        QVERIFY(small.vmSteps > 0);

        for (const QString& sql : std::as_const(large.sql)) {
            QSqlQuery plan(store->database());
            QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
            for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i) {
                plan.addBindValue(QVariant(QMetaType(QMetaType::QString)));
            }
            QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
            QStringList lines;
            while (plan.next()) {
                lines.append(plan.value(3).toString());
            }
            const QString text = lines.join(QLatin1Char('\n'));
            QVERIFY2(text.contains(QStringLiteral("SEARCH")), qPrintable(sql + QStringLiteral(" → ") + text));
            QVERIFY2(text.contains(QStringLiteral("USING INDEX")) || text.contains(QStringLiteral("USING COVERING"))
                         || text.contains(QStringLiteral("PRIMARY KEY")),
                     qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("SCAN")), qPrintable(sql + QStringLiteral(" → ") + text));
        }
    }
};

QTEST_GUILESS_MAIN(TestPreflightQueryPlan)
#include "TestPreflightQueryPlan.moc"
