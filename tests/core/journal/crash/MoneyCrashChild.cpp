// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The client half of the SIGKILL harness (TestMoneyCrashHarness): the real journal, the real Eko client and the
// app's reconciliation, in a process of its own that the harness kills.
//
//   money_crash_child DB BASE_URL PREFIX KILL_POINT KILL_INDEX COUNT
//
// At start it reconciles every open row (what the app does at start-up), prints "R <unresolved>", then journals
// and sends COUNT cash withdrawals one after the other, the counter's way: prepare (committed) → markSent → send →
// recordOutcome. KILL_POINT `prepared` or `answered` makes it SIGKILL itself at transaction KILL_INDEX right after
// the `prepared` commit or right after the answer arrived (before its outcome is journaled); `none` leaves the
// killing to the harness (after the request is on the socket, after the sandbox committed). Every line on stdout
// is printed after the step it names has returned.
#include "core/crypto/AadhaarCipher.h"
#include "core/eko/AepsOperations.h"
#include "core/eko/EkoClient.h"
#include "core/journal/JournalStore.h"
#include "core/journal/Reconciler.h"
#include "core/reconcile/EkoJournalOutcome.h"
#include "core/reconcile/EkoTransactionInquirer.h"
#include "core/util/Clock.h"
#include "sandbox/common/SimulatedPid.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <csignal>
#include <cstdio>

using namespace saathi;
using namespace saathi::journal;

namespace {

constexpr char kCustomerAadhaar[] = "999941057058";

void say(const QByteArray& line)
{
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);
}

[[noreturn]] void die()
{
    std::raise(SIGKILL); // no destructors, no SQLite close: -wal and -shm stay as they are
    std::abort();
}

eko::EkoConfig sandboxConfig(const QUrl& baseUrl)
{
    eko::EkoConfig config;
    config.baseUrl = baseUrl;
    config.credentials
        = {QStringLiteral("becbbce45f79c6f5109f848acd540567"), QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30"),
           QStringLiteral("9962981729"), QStringLiteral("20810200")};
    config.latLong = QStringLiteral("28.6139,77.2090");
    config.aadhaarCipher
        = AadhaarCipher::fromPublicKeyFile(QStringLiteral(":/saathi/sandbox/eko_sandbox_aadhaar_pub.pem")).value();
    config.timeoutMs = 5000;
    config.retryBaseDelayMs = 20;
    return config;
}

class Child : public QObject
{
public:
    Child(JournalStore& store, eko::EkoClient& client, QString prefix, QString killPoint, int killIndex, int count)
        : m_store(store)
        , m_client(client)
        , m_aeps(client)
        , m_inquirer(client)
        , m_reconciler(store, &m_inquirer, SystemClock::instance())
        , m_prefix(std::move(prefix))
        , m_killPoint(std::move(killPoint))
        , m_killIndex(killIndex)
        , m_count(count)
    {
    }

    // Start-up: every open row is inquired before anything new is sent.
    void start()
    {
        connect(&m_reconciler, &Reconciler::passFinished, this, [this] {
            const int open = m_store.unresolvedCount().value();
            if (open > 0 && ++m_passes < 5) {
                QTimer::singleShot(50, this, [this] { m_reconciler.reconcileNow(true); });
                return;
            }
            if (m_started) {
                return;
            }
            m_started = true;
            say("R " + QByteArray::number(open));
            next();
        });
        m_reconciler.reconcileNow(true);
    }

private:
    void next()
    {
        if (m_index >= m_count) {
            QCoreApplication::exit(0);
            return;
        }
        const int i = m_index++;
        PrepareRequest r;
        r.clientRefId = m_prefix + QString::number(i);
        r.submissionKey = QStringLiteral("form-") + r.clientRefId;
        r.kind = TxKind::AepsWithdrawal;
        r.amount = Paise::fromRupees(100 + 50 * (i % 20));
        r.customerMobile = QStringLiteral("9876543210");
        r.aadhaarLast4 = QStringLiteral("7058");
        r.agentUserCode = QStringLiteral("20810200");
        r.bankCode = QStringLiteral("SBIN");
        r.channel = QStringLiteral("aeps-fingpay");
        const auto prepared = m_store.prepare(r);
        if (!prepared || !prepared.value().mustSend()) {
            std::fprintf(stderr, "prepare: %s\n", qPrintable(prepared ? r.clientRefId : prepared.error().detail));
            QCoreApplication::exit(1);
            return;
        }
        say("P " + r.clientRefId.toLatin1());
        if (m_killPoint == QLatin1String("prepared") && i == m_killIndex) {
            die();
        }
        if (!m_store.markSent(r.clientRefId)) {
            QCoreApplication::exit(1);
            return;
        }
        eko::AepsCustomerRequest request {r.customerMobile, r.bankCode, SecureBytes(QByteArray(kCustomerAadhaar)),
                                          SecureBytes(sandbox::simulatedPidXml(SystemClock::instance().nowIst())),
                                          r.amount};
        eko::EkoJob* job = m_aeps.cashWithdrawal(request, r.clientRefId);
        connect(job, &eko::EkoJob::finished, this, [this, i, ref = r.clientRefId](const eko::EkoResponse& response) {
            if (m_killPoint == QLatin1String("answered") && i == m_killIndex) {
                die();
            }
            const auto recorded = m_store.recordOutcome(ref, reconcile::journalOutcome(response));
            if (!recorded) {
                std::fprintf(stderr, "outcome: %s\n", qPrintable(recorded.error().detail));
                QCoreApplication::exit(1);
                return;
            }
            say("O " + ref.toLatin1() + ' ' + wireName(recorded.value().state).toLatin1());
            QTimer::singleShot(0, this, [this] { next(); });
        });
    }

    JournalStore& m_store;
    eko::EkoClient& m_client;
    eko::AepsOperations m_aeps;
    reconcile::EkoTransactionInquirer m_inquirer;
    Reconciler m_reconciler;
    QString m_prefix;
    QString m_killPoint;
    int m_killIndex;
    int m_count;
    int m_index = 0;
    int m_passes = 0;
    bool m_started = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 7) {
        std::fprintf(stderr, "usage: money_crash_child DB BASE_URL PREFIX KILL_POINT KILL_INDEX COUNT\n");
        return 2;
    }
    // Time is compressed: the harness's sandbox has finished with a request before the next child starts, so
    // one "TID does not exist" is as good as the app's two answers 15 minutes apart (ReconcilePolicy, R4).
    JournalStore::Options options;
    options.policy.notFoundAnswersForNotSent = 1;
    options.policy.notFoundGraceMs = 0;
    options.environment = EkoEnvironment::Training; // the harness's sandbox: training's Eko (issue #12)
    auto opened = JournalStore::open(args.at(1), SystemClock::instance(), options);
    if (!opened) {
        std::fprintf(stderr, "journal: %s\n", qPrintable(opened.error().detail));
        return 1;
    }
    QNetworkAccessManager network;
    eko::EkoClient client(&network, eko::EndpointCatalogue::builtIn().value(), sandboxConfig(QUrl(args.at(2))),
                          SystemClock::instance());
    Child child(*opened.value(), client, args.at(3), args.at(4), args.at(5).toInt(), args.at(6).toInt());
    child.start();
    return QCoreApplication::exec();
}
