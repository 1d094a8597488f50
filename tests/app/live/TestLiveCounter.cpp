// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The production path, walked as a shop agent walks it: the counter in UAT mode against out-of-process stand-ins
// (saathi-eko-sandbox over TLS with its own CA and credentials that are not training's; the standalone RD
// simulator on 127.0.0.1:11100–11120), credentials in a real keychain, the system clock. No training object may
// exist in this process.
#include "CounterFixture.h"
#include "LiveStandIns.h"
#include "app/CounterEnvironment.h"
#include "app/TrainingEnvironment.h"
#include "core/agent/AgentSession.h"
#include "core/eko/EkoClient.h"
#include "core/journal/JournalPaths.h"
#include "core/journal/JournalService.h"
#include "core/journal/JournalStore.h"
#include "core/secrets/EkoCredentialStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/AppSettings.h"
#include "core/till/TillService.h"
#include "core/util/Clock.h"
#include "ui/MainWindow.h"
#include "ui/aeps/AepsFormPage.h"
#include "ui/home/DayGlance.h"
#include "ui/home/HomePage.h"
#include "ui/setup/GoLiveWizard.h"
#include "ui/widgets/FileChooser.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
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

// TCP sockets this process listens on (Linux: /proc/net/tcp{,6} rows in state LISTEN whose inode is one of our
// file descriptors). Outside training the counter must have none.
int listeningSockets()
{
    QSet<QString> inodes;
    QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QFileInfo& fd : fds.entryInfoList(QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = fd.symLinkTarget().isEmpty() ? QFile::symLinkTarget(fd.filePath()) : fd.symLinkTarget();
        if (target.contains(QStringLiteral("socket:["))) {
            inodes.insert(target.section(QLatin1Char('['), 1).chopped(1));
        }
    }
    int listening = 0;
    for (const char* table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        for (const QByteArray& line : file.readAll().split('\n').mid(1)) {
            const QList<QByteArray> cols = line.simplified().split(' ');
            if (cols.size() > 9 && cols.at(3) == "0A" && inodes.contains(QString::fromLatin1(cols.at(9)))) {
                ++listening;
            }
        }
    }
    return listening;
}

} // namespace

class TestLiveCounter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (LiveStandIns::deviceRangeBusy()) {
            QSKIP("An RD service already listens on 127.0.0.1:11100-11120; stop it to run the production-path tests.");
        }
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
        QCOMPARE(f.app().environment().kind(), EkoEnvironment::Uat);
        QTRY_VERIFY_WITH_TIMEOUT(f.app().environment().isPrepared() && f.app().environment().problem().isNull(), 20000);
        QCOMPARE(f.app().services().eko->config().credentials.userCode, m_userCode);

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
        QVERIFY2(receipt.contains(QStringLiteral("Chandni Chowk")), qPrintable(receipt));
        QVERIFY2(receipt.contains(m_userCode), qPrintable(receipt));
        QVERIFY(!receipt.contains(QStringLiteral("Practice Kirana Store")));
        QVERIFY(!receipt.contains(QStringLiteral("TRAINING")));
        // UAT carries no training guide: no hint on any page, no practice panel on the home screen.
        QVERIFY(!f.app().services().guide && !f.app().services().practice);
        for (QWidget* hint : f.window().findChildren<QWidget*>(QStringLiteral("trainingHintLabel"))) {
            QVERIFY(hint->isHidden());
        }
        QVERIFY(f.window().findChild<QWidget*>(QStringLiteral("practiceGroupBox"))->isHidden());
        QVERIFY(
            f.window().findChild<QLabel*>(QStringLiteral("agentLabel"))->text().contains(QStringLiteral("Lakshmi")));
        // The E-value in the header and the home screen's day at a glance, as in training.
        QTRY_VERIFY_WITH_TIMEOUT(
            f.window().findChild<QLabel*>(QStringLiteral("balanceLabel"))->text().contains(QStringLiteral("₹")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            f.window().homePage()->dayGlance()->text().contains(QStringLiteral("Cash withdrawals: 1 done · ₹2,500.00")),
            20000);
        QVERIFY(!f.window().homePage()->dayGlance()->text().contains(QStringLiteral("not known yet")));

        // A restart asks nothing again: same agent, same device, today's login holds.
        QVERIFY(f.restart());
        QTRY_VERIFY_WITH_TIMEOUT(f.app().environment().isPrepared(), 20000);
        QVERIFY(f.app().environment().problem().isNull());
        QTRY_VERIFY_WITH_TIMEOUT(f.app().session().aepsUnlocked(), 20000);
        QTest::qWait(500);
        QCOMPARE(f.window().currentPageId(), QStringLiteral("home"));

        // An answer dropped on a withdrawal (₹7,150 is the stand-in's "drop the response" amount): pending. Eko's
        // inquiry answers 500 for now, so the row is certainly still open when the agent tries to leave UAT (the
        // reconciler's first inquiry falls due about when the client gives up waiting).
        QVERIFY(m_standIns.control({{QStringLiteral("action"), QStringLiteral("arm_fault")},
                                    {QStringLiteral("fault"), QStringLiteral("http_500")},
                                    {QStringLiteral("route"), QStringLiteral("inquiry")},
                                    {QStringLiteral("times"), QStringLiteral("1000")}}));
        QSignalSpy resolved(&f.app().journal(), &journal::JournalService::rowResolved);
        QVERIFY(f.typeWithdrawal(QStringLiteral("9876543211"), QStringLiteral("7150")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(f.waitForResult("cashWithdrawal", 90000));
        auto* form = qobject_cast<ui::AepsFormPage*>(f.page("cashWithdrawal"));
        const QString dropped = form->flow().clientRefId();
        QVERIFY(journal::isUnresolved(form->flow().record().state));

        // Leaving UAT for training with that row unresolved is refused.
        QSignalSpy refused(&f.app(), &CounterApp::environmentSwitchRefused);
        f.app().requestEnvironment(EkoEnvironment::Training);
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10000);
        QCOMPARE(f.app().environment().kind(), EkoEnvironment::Uat);

        // The reconciler asks UAT — the Eko that received it — and the row is settled.
        QVERIFY(m_standIns.control({{QStringLiteral("action"), QStringLiteral("clear_faults")}}));
        const auto settled = [&resolved, &dropped] {
            for (const QList<QVariant>& emitted : resolved) {
                const auto row = emitted.first().value<journal::TransactionRecord>();
                if (row.clientRefId == dropped) {
                    return row.state == journal::TxState::Success;
                }
            }
            return false;
        };
        f.app().journal().reconcileNow(true);
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 60000);

        // Issue #19 in UAT: the till opens with ₹20,000 by keyboard, its expected cash follows the settled
        // withdrawal, the count closes it, and the day's numbered report is recorded in UAT's journal.
        f.window().showHome();
        QTest::keyClick(&f.window(), Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(f.window().currentPageId(), QStringLiteral("till"));
        QWidget* till = f.page("till");
        auto* opening = till->findChild<QLineEdit*>(QStringLiteral("openingCashLineEdit"));
        opening->setFocus();
        QTest::keyClicks(opening, QStringLiteral("20000"));
        QTest::keyClick(opening, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(f.app().services().till->currentShift().has_value(), 10000);
        QVERIFY(f.app().session().aepsUnlocked()); // today's login is the first operator's
        f.window().showHome();
        QVERIFY(f.typeWithdrawal(QStringLiteral("9876543212"), QStringLiteral("1000")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(f.waitForResult("cashWithdrawal", 60000));
        QVERIFY(f.window().showPage(QStringLiteral("till")));
        QTRY_COMPARE(till->findChild<QLabel*>(QStringLiteral("expectedCashValueLabel"))->text(),
                     QStringLiteral("₹19,000.00"));
        auto* counted = till->findChild<QLineEdit*>(QStringLiteral("countedCashLineEdit"));
        counted->setFocus();
        QTest::keyClicks(counted, QStringLiteral("19000"));
        QTest::keyClick(counted, Qt::Key_Return);
        auto* confirm = till->findChild<QPushButton*>(QStringLiteral("confirmCloseButton"));
        QTRY_VERIFY(confirm->isVisible());
        QTest::keyClick(confirm, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(!f.app().services().till->currentShift().has_value(), 10000);
        QVERIFY(f.window().showPage(QStringLiteral("dayClose")));
        QWidget* day = f.page("dayClose");
        QTRY_VERIFY_WITH_TIMEOUT(day->findChild<QPushButton*>(QStringLiteral("closeDayButton"))->isEnabled(), 10000);
        QTest::keyClick(day, Qt::Key_C, Qt::AltModifier);
        QTRY_VERIFY(day->findChild<QPushButton*>(QStringLiteral("confirmCloseButton"))->isVisible());
        QTest::keyClick(day, Qt::Key_Y, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!day->findChild<QPushButton*>(QStringLiteral("closeDayButton"))->isEnabled(), 10000);
        {
            auto store = journal::JournalStore::open(f.app().journalPath(), SystemClock::instance());
            QVERIFY(store);
            QSqlQuery q(store.value()->database());
            QVERIFY(q.exec(QStringLiteral("SELECT number, report_json FROM day_closes")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            const QJsonObject report = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
            QCOMPARE(report.value(QStringLiteral("cash_expected_paise")).toInteger(), 1900000);
            QCOMPARE(report.value(QStringLiteral("cash_counted_paise")).toInteger(), 1900000);
            QCOMPARE(report.value(QStringLiteral("kinds"))
                         .toObject()
                         .value(QStringLiteral("cash_withdrawal"))
                         .toObject()
                         .value(QStringLiteral("count"))
                         .toInt(),
                     3); // 2,500, the settled 7,150 and 1,000
        }

        // Nothing of training existed in this process, nothing listened on a port, and training's journal shares
        // no row with UAT's.
        QCOMPARE(TrainingEnvironment::serversCreated(), 0);
        QCOMPARE(listeningSockets(), 0);
        const QString uatJournal = f.app().journalPath();
        const QString trainingJournal = journal::JournalPaths::forEnvironment(
            uatJournal.left(uatJournal.lastIndexOf(QLatin1Char('/'))) + QStringLiteral("/journal.sqlite"),
            EkoEnvironment::Training);
        const QStringList uatRows = clientRefIds(uatJournal);
        QVERIFY(uatRows.contains(dropped));
        for (const QString& ref : clientRefIds(trainingJournal)) {
            QVERIFY2(!uatRows.contains(ref), qPrintable(ref));
        }
    }

    // The probe above is not vacuous: a listening socket of this process is seen.
    void theListenerProbeSeesAListeningSocket()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QCOMPARE(listeningSockets(), 1);
        server.close();
        QCOMPARE(listeningSockets(), 0);
    }

private:
    // Going live as a new agent would, by keyboard: UAT, the stand-in's keys checked with it, onboarding (a fresh
    // user_code, saved in the keychain), the shop's details and location, AePS requested with documents, Finish.
    void goLive(CounterFixture& f)
    {
        QTRY_COMPARE_WITH_TIMEOUT(f.window().currentPageId(), ui::pages::kGoLive, 20000);
        auto* wizard = qobject_cast<ui::GoLiveWizard*>(f.page("goLive"));
        QVERIFY(wizard);
        QTRY_VERIFY(QApplication::focusWidget());
        if (wizard->currentId() == ui::EnvironmentPageId) {
            QTest::keyClick(wizard->findChild<QRadioButton*>(QStringLiteral("uatRadioButton")), Qt::Key_Space);
            enter();
        }
        QCOMPARE(wizard->currentId(), int(ui::CredentialsPageId));
        QWidget* page = wizard->currentPage();
        type(page, "developerKeyLineEdit", QLatin1String(LiveStandIns::kDeveloperKey));
        type(page, "accessKeyLineEdit", QLatin1String(LiveStandIns::kAccessKey));
        type(page, "initiatorIdLineEdit", QLatin1String(LiveStandIns::kInitiatorId));
        enter();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ui::OnboardingPageId), 20000);

        page = wizard->currentPage();
        type(page, "firstNameLineEdit", QStringLiteral("Lakshmi"));
        type(page, "lastNameLineEdit", QStringLiteral("Rao"));
        type(page, "mobileLineEdit", QStringLiteral("9845012345"));
        type(page, "emailLineEdit", QStringLiteral("lakshmi@example.com"));
        type(page, "panLineEdit", QStringLiteral("abcpr1234f"));
        type(page, "shopNameLineEdit", QStringLiteral("Sri Lakshmi Stores"));
        type(page, "addressLineLineEdit", QStringLiteral("12 Chandni Chowk"));
        type(page, "cityLineEdit", QStringLiteral("New Delhi"));
        type(page, "stateLineEdit", QStringLiteral("Delhi"));
        type(page, "pinCodeLineEdit", QStringLiteral("110006"));
        enter();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ui::ShopPageId), 20000);
        m_userCode = savedUserCode();
        QVERIFY(!m_userCode.isEmpty());
        QVERIFY(m_userCode != QStringLiteral("20810200")); // Eko's answer, not training's agent

        page = wizard->currentPage();
        QCOMPARE(edit(page, "shopNameLineEdit")->text(), QStringLiteral("Sri Lakshmi Stores"));
        type(page, "latLongLineEdit", QStringLiteral("28.6562,77.2300"));
        enter();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ui::ActivationPageId), 20000);

        page = wizard->currentPage();
        auto* state = page->findChild<QComboBox*>(QStringLiteral("officeStateComboBox"));
        QTRY_VERIFY_WITH_TIMEOUT(state->count() > 0, 20000);
        type(page, "deviceModelLineEdit", QStringLiteral("MFS110"));
        type(page, "deviceSerialLineEdit", QStringLiteral("8123456"));
        type(page, "accountLineEdit", QStringLiteral("123456789012"));
        type(page, "ifscLineEdit", QStringLiteral("SBIN0001234"));
        type(page, "aadhaarLineEdit", QStringLiteral("999941057058"));
        type(page, "officeLineLineEdit", QStringLiteral("12 Chandni Chowk"));
        type(page, "officeCityLineEdit", QStringLiteral("New Delhi"));
        state->setCurrentIndex(state->findText(QStringLiteral("Delhi")));
        type(page, "officePinCodeLineEdit", QStringLiteral("110006"));
        const QByteArray jpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(2048, 'j');
        for (const char* name : {"panCard", "aadhaarFront", "aadhaarBack"}) {
            const QString file = m_dir.filePath(QLatin1String(name) + QStringLiteral(".jpg"));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(jpeg) == jpeg.size());
            out.close();
            ui::FileChooser::setNextAnswer(file);
            QTest::keyClick(page->findChild<QPushButton*>(QLatin1String(name) + QStringLiteral("Button")),
                            Qt::Key_Space);
        }
        edit(page, "officePinCodeLineEdit")->setFocus();
        enter();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ui::FinishPageId), 20000);
        QAbstractButton* finish = wizard->button(QWizard::FinishButton);
        QTRY_VERIFY_WITH_TIMEOUT(finish->isEnabled(), 20000);
        finish->setFocus();
        enter();
    }

    static QLineEdit* edit(QWidget* root, const char* name) { return root->findChild<QLineEdit*>(QLatin1String(name)); }

    static void type(QWidget* root, const char* name, const QString& text)
    {
        QLineEdit* e = edit(root, name);
        QVERIFY2(e, name);
        e->setFocus();
        e->selectAll();
        QTest::keyClicks(e, text);
    }

    static void enter()
    {
        QWidget* w = QApplication::focusWidget();
        QVERIFY(w);
        QTest::keyClick(w, Qt::Key_Return);
    }

    QString savedUserCode()
    {
        KeychainSecretStore keychain;
        QString code;
        bool done = false;
        EkoCredentialStore(keychain).load(EkoEnvironment::Uat, this,
                                          [&](Result<eko::EkoCredentials> saved, bool found) {
                                              code = saved && found ? saved.value().userCode : QString();
                                              done = true;
                                          });
        if (!QTest::qWaitFor([&done] { return done; }, 20000)) {
            qWarning("the keychain did not answer");
        }
        return code;
    }

    QString m_userCode;
    QTemporaryDir m_dir;
    LiveStandIns m_standIns;
    QString m_ini;
};

QTEST_MAIN(TestLiveCounter)
#include "TestLiveCounter.moc"
