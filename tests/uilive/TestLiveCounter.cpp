// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The production path, walked as a shop agent walks it: the counter in UAT mode against out-of-process stand-ins
// (saathi-eko-sandbox over TLS with its own CA and credentials that are not training's; the standalone RD
// simulator on 127.0.0.1:11100–11120), credentials in a real keychain, the system clock. No training object may
// exist in this process.
#include "CounterEnvironment.h"
#include "CounterFixture.h"
#include "LiveStandIns.h"
#include "MainWindow.h"
#include "TrainingEnvironment.h"
#include "aeps/AepsFormPage.h"
#include "agent/AgentSession.h"
#include "eko/EkoClient.h"
#include "home/HomePage.h"
#include "journal/JournalService.h"
#include "journal/JournalStore.h"
#include "secrets/EkoCredentialStore.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/AgentProfile.h"
#include "settings/AppSettings.h"
#include "util/Clock.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;
using saathi::test::CounterFixture;
using saathi::test::LiveStandIns;

namespace {

QStringList clientRefIds(const QString& journalPath)
{
    QStringList refs;
    if (!QFile::exists(journalPath)) {
        return refs;
    }
    auto store = journal::JournalStore::open(journalPath, SystemClock::instance());
    if (!store) {
        return {QStringLiteral("<unreadable: %1>").arg(store.error().detail)};
    }
    QSqlQuery q(store.value()->database());
    q.exec(QStringLiteral("SELECT client_ref_id FROM transactions"));
    while (q.next()) {
        refs << q.value(0).toString();
    }
    return refs;
}

} // namespace

class TestLiveCounter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_standIns.start());
        m_ini = m_dir.filePath(QStringLiteral("counter.ini"));
        m_standIns.provisionSettings(m_ini); // a distributor's file: UAT, this Eko, its CA and key
    }

    void aRealCounterFromSetUpToReconciliation()
    {
        CounterFixture f(CounterFixture::Live {m_ini});
        QVERIFY(f.start());
        QCOMPARE(f.app().environment().kind(), EkoEnvironment::Uat);
        QVERIFY(!f.window().trainingMode());

        goLive(f);

        // The shop's own device: the wizard finds the stand-in on its port in the UIDAI range.
        QTRY_COMPARE_WITH_TIMEOUT(f.window().currentPageId(), QStringLiteral("device"), 20000);
        QVERIFY(f.chooseDevice());
        QCOMPARE(QJsonDocument::fromJson(f.settings().value(QStringLiteral("device/uat/choice")).toByteArray())
                     .object()
                     .value(QStringLiteral("port"))
                     .toInt(),
                 int(m_standIns.devicePort()));
        QVERIFY(f.settings().value(QStringLiteral("device/training/choice")).isNull());

        // eKYC, then today's login; then a customer's withdrawal with the shop's real name on the receipt.
        QTRY_COMPARE_WITH_TIMEOUT(f.window().currentPageId(), QStringLiteral("ekyc"), 20000);
        QVERIFY(f.loginAgent());
        QVERIFY(f.typeWithdrawal(QStringLiteral("9876543210"), QStringLiteral("2500")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(f.waitForResult("cashWithdrawal", 60000));
        QVERIFY2(f.resultStatus("cashWithdrawal").startsWith(QStringLiteral("Success")),
                 qPrintable(f.resultStatus("cashWithdrawal") + f.resultMessage("cashWithdrawal")));
        const QString receipt = f.receiptText("cashWithdrawal");
        QVERIFY2(receipt.contains(QStringLiteral("Sri Lakshmi Stores")), qPrintable(receipt));
        QVERIFY2(receipt.contains(QStringLiteral("MG Road")), qPrintable(receipt));
        QVERIFY(!receipt.contains(QStringLiteral("Practice Kirana Store")));
        QVERIFY(!receipt.contains(QStringLiteral("TRAINING")));
        QVERIFY(
            f.window().findChild<QLabel*>(QStringLiteral("agentLabel"))->text().contains(QStringLiteral("Lakshmi")));

        // A restart asks nothing again: same agent, same device, today's login holds.
        QVERIFY(f.restart());
        QTRY_VERIFY_WITH_TIMEOUT(f.app().environment().isPrepared(), 20000);
        QVERIFY(f.app().environment().problem().isNull());
        QTRY_VERIFY_WITH_TIMEOUT(f.app().session().aepsUnlocked(), 20000);
        QTest::qWait(500);
        QCOMPARE(f.window().currentPageId(), QStringLiteral("home"));

        // An answer dropped on a withdrawal (₹7,150 is the stand-in's "drop the response" amount): pending.
        QVERIFY(f.typeWithdrawal(QStringLiteral("9876543211"), QStringLiteral("7150")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(f.waitForResult("cashWithdrawal", 90000));
        auto* form = qobject_cast<ui::AepsFormPage*>(f.page("cashWithdrawal"));
        const QString dropped = form->flow().clientRefId();
        QVERIFY(journal::isUnresolved(form->flow().record().state));

        // Leaving UAT for training with that row unresolved is refused.
        QSignalSpy refused(&f.app(), &CounterApp::environmentSwitchRefused);
        f.app().requestEnvironment(EkoEnvironment::Training);
        QVERIFY(refused.wait(10000));
        QCOMPARE(f.app().environment().kind(), EkoEnvironment::Uat);

        // The reconciler asks UAT — the Eko that received it — and the row is settled.
        QSignalSpy resolved(&f.app().journal(), &journal::JournalService::rowResolved);
        f.app().journal().reconcileNow(true);
        QTRY_VERIFY_WITH_TIMEOUT(!resolved.isEmpty(), 60000);
        QCOMPARE(resolved.last().first().value<journal::TransactionRecord>().clientRefId, dropped);
        QCOMPARE(resolved.last().first().value<journal::TransactionRecord>().state, journal::TxState::Success);

        // Nothing of training existed in this process, and training's journal shares no row with UAT's.
        QCOMPARE(TrainingEnvironment::serversCreated(), 0);
        const QString uatJournal = f.app().journalPath();
        const QString trainingJournal = CounterEnvironment::journalPathFor(
            uatJournal.left(uatJournal.lastIndexOf(QLatin1Char('/'))) + QStringLiteral("/journal.sqlite"),
            EkoEnvironment::Training);
        const QStringList uatRows = clientRefIds(uatJournal);
        QVERIFY(uatRows.contains(dropped));
        for (const QString& ref : clientRefIds(trainingJournal)) {
            QVERIFY2(!uatRows.contains(ref), qPrintable(ref));
        }
    }

private:
    // Going live with the stand-in's keys, a new agent, the shop's details and location.
    void goLive(CounterFixture& f)
    {
        // Until the set-up screens land in this test, the keychain and the settings are provisioned as they
        // would leave them.
        KeychainSecretStore keychain;
        bool done = false;
        EkoCredentialStore(keychain).save(EkoEnvironment::Uat,
                                          {QLatin1String(LiveStandIns::kDeveloperKey),
                                           QLatin1String(LiveStandIns::kAccessKey),
                                           QLatin1String(LiveStandIns::kInitiatorId), QStringLiteral("20810200")},
                                          this, [&](const Error& e) { done = e.isNull(); });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY(AppSettings(f.settings()).setLatLong(QStringLiteral("12.9716,77.5946")).isNull());
        const AgentProfile profile {QStringLiteral("Lakshmi Rao"), QStringLiteral("Sri Lakshmi Stores"),
                                    QStringLiteral("12 MG Road, Bengaluru 560001"), QStringLiteral("9845012345")};
        QVERIFY(profile.save(f.settings(), EkoEnvironment::Uat).isNull());
        QVERIFY(f.restart());
        QTRY_VERIFY_WITH_TIMEOUT(f.app().environment().isPrepared(), 20000);
        QVERIFY2(f.app().environment().problem().isNull(), qPrintable(f.app().environment().problem().detail));
    }

    QTemporaryDir m_dir;
    LiveStandIns m_standIns;
    QString m_ini;
};

QTEST_MAIN(TestLiveCounter)
#include "TestLiveCounter.moc"
