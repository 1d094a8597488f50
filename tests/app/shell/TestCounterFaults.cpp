// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// What the agent sees when Eko (the sandbox) misbehaves, through the whole counter: every fault's message is on
// the screen, a dropped answer is pending then resolved, Eko's 2FA ask re-locks the tiles, and a dead Eko never
// freezes the window.
#include "CounterFixture.h"
#include "core/agent/AgentSession.h"
#include "core/eko/EkoClient.h"
#include "core/journal/JournalService.h"
#include "sandbox/eko/EkoSandbox.h"
#include "ui/aeps/AepsFormPage.h"
#include "ui/aeps/TransactionResultPage.h"
#include "ui/home/HomePage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace saathi;
using sandbox::Fault;
using test::CounterFixture;

class TestCounterFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<CounterFixture> m_f;

    ui::AepsFormPage* form() { return qobject_cast<ui::AepsFormPage*>(m_f->page("cashWithdrawal")); }

    // From home: F1, the form typed, Enter; waits for the result page.
    bool withdraw(const QString& amount = QStringLiteral("1500"))
    {
        if (!m_f->typeWithdrawal(QStringLiteral("9876543210"), amount)) {
            return false;
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        return m_f->waitForResult("cashWithdrawal");
    }

    QString screenText()
    {
        return m_f->resultStatus("cashWithdrawal") + QLatin1Char(' ') + m_f->resultMessage("cashWithdrawal");
    }

private Q_SLOTS:
    void initTestCase()
    {
        // No keychain: the 5-withdrawals-a-day check is off, so one customer can be served in every case below.
        m_f = std::make_unique<CounterFixture>(false);
        QVERIFY(m_f->start());
        QVERIFY(m_f->loginAgent());
        eko::EkoConfig config = m_f->app().services().eko->config();
        config.timeoutMs = 3000; // a dropped answer times out in seconds, not half a minute
        m_f->app().services().eko->setConfig(config);
    }

    void cleanup()
    {
        m_f->sandbox().clearFaults();
        m_f->clock().advanceMs(11 * 60 * 1000); // past the 10-minute duplicate check (N5) for the next case
        if (m_f->window().currentPageId() != QLatin1String("home")) {
            QTest::keyClick(&m_f->window(), Qt::Key_Escape);
        }
    }

    void droppedAnswerIsPendingThenResolvedOnScreen()
    {
        m_f->sandbox().armFault(Fault::DropResponse, QStringLiteral("cash-withdrawal"));
        QVERIFY(withdraw());
        QVERIFY2(m_f->resultStatus("cashWithdrawal").startsWith(QStringLiteral("Pending")), qPrintable(screenText()));
        QVERIFY(m_f->window().findChild<QPushButton*>(QStringLiteral("unresolvedBadgeButton"))->isVisible());
        m_f->app().journal().reconcileNow(true);
        QTRY_VERIFY_WITH_TIMEOUT(m_f->resultStatus("cashWithdrawal").startsWith(QStringLiteral("Success")), 20000);
        QCOMPARE(m_f->sandbox().debitCount(form()->flow().clientRefId()), 1);
    }

    void serverErrorsAndDeclinesShowTheirMessage_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Http500") << Fault::Http500 << QString();
        QTest::newRow("HtmlErrorPage") << Fault::HtmlErrorPage << QString();
        QTest::newRow("BiometricMismatch") << Fault::BiometricMismatch << QStringLiteral("finger");
        QTest::newRow("BankDeclineFrozen") << Fault::BankDeclineFrozen << QStringLiteral("frozen");
    }

    void serverErrorsAndDeclinesShowTheirMessage()
    {
        QFETCH(Fault, fault);
        QFETCH(QString, expected);
        m_f->sandbox().armFault(fault, QStringLiteral("cash-withdrawal"));
        QVERIFY(withdraw());
        const QString status = m_f->resultStatus("cashWithdrawal");
        const QString message = m_f->resultMessage("cashWithdrawal");
        qInfo() << "on screen:" << status << "|" << message;
        QVERIFY2(!status.startsWith(QStringLiteral("Success")), qPrintable(screenText()));
        QVERIFY2(!message.isEmpty(), qPrintable(screenText()));
        QVERIFY2(message.contains(expected, Qt::CaseInsensitive), qPrintable(screenText()));
        QCOMPARE(m_f->sandbox().debitCount(form()->flow().clientRefId()), 0);
    }

    void ekoAskingForTwoFactorRelocksTheTilesAndShowsDailyLogin()
    {
        m_f->sandbox().armFault(Fault::Fp069, QStringLiteral("*"));
        QVERIFY(m_f->typeWithdrawal(QStringLiteral("9876543210"), QStringLiteral("1300")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_f->window().currentPageId(), QStringLiteral("dailyLogin"), 20000);
        QCOMPARE(form()->flow().lastError().code, QStringLiteral("eko.2fa_required"));
        QVERIFY(!m_f->app().session().aepsUnlocked());
        QVERIFY(!m_f->window().homePage()->tileButton(ui::HomePage::Tile::CashWithdrawal)->isEnabled());
        m_f->sandbox().clearFaults();
        QVERIFY(m_f->dailyLogin());
        QVERIFY(m_f->window().homePage()->tileButton(ui::HomePage::Tile::CashWithdrawal)->isEnabled());
    }

    void deadEkoNeverFreezesTheWindowAndSaysSo()
    {
        QVERIFY(m_f->typeWithdrawal(QStringLiteral("9876543210"), QStringLiteral("1200")));
        m_f->sandbox().close();
        int ticks = 0;
        QTimer heartbeat;
        heartbeat.setInterval(10);
        connect(&heartbeat, &QTimer::timeout, this, [&] { ++ticks; });
        heartbeat.start();
        QElapsedTimer elapsed;
        elapsed.start();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY2(elapsed.elapsed() < 500, "the submit blocked the UI thread");
        QVERIFY(m_f->waitForResult("cashWithdrawal", 30000));
        QVERIFY2(ticks > 0, "no timer fired while the request was out");
        const QString text = screenText();
        qInfo() << "on screen:" << text;
        QVERIFY2(!m_f->resultStatus("cashWithdrawal").startsWith(QStringLiteral("Success")), qPrintable(text));
        QVERIFY2(!m_f->resultMessage("cashWithdrawal").isEmpty(), qPrintable(text));
    }
};

QTEST_MAIN(TestCounterFaults)
#include "TestCounterFaults.moc"
