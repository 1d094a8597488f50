// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Issue #19 on screen, by keyboard, on a real journal: History shows a stuck row's clock and opens its claim slip
// (in the customer's consent language, switchable, printed and saved as PDF); home's stuck money answers a returning
// customer by mobile at once; the AePS form's note under the mobile says the same.
#include "../../core/journal/JournalTestData.h"
#include "core/claims/ClaimService.h"
#include "core/counter/CounterServices.h"
#include "core/journal/JournalService.h"
#include "ui/claims/ClaimSlipButton.h"
#include "ui/claims/ClaimSlipDialog.h"
#include "ui/claims/CustomerMoneyNote.h"
#include "ui/claims/StuckMoneyBox.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/HistoryPage.h"
#include "ui/receipt/ReceiptPrinter.h"
#include "ui/widgets/FileChooser.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTextDocument>

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::test;

namespace {

const QString kMobile = QStringLiteral("9876543210");

qint64 ist(int day, int hour = 10)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, 0), Clock::istZone()).toMSecsSinceEpoch();
}

} // namespace

class TestClaimScreens : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock {ist(3)};
    std::unique_ptr<JournalService> m_journal;
    std::unique_ptr<claims::ClaimService> m_claims;
    CounterServices m_services;

private Q_SLOTS:
    void initTestCase()
    {
        m_journal = std::make_unique<JournalService>(m_clock);
        QVERIFY(waitFor(m_journal->open(m_dir.filePath(QStringLiteral("screens.sqlite")), storeOptions())).ok());
        // 3 Dec: a pending withdrawal (consent in Hindi, Eko's answer with STAN), a success, and an unknown one that
        // the reconciler makes final on 5 Dec.
        const auto written = waitFor(m_journal->run([this](JournalStore& s) -> Result<bool> {
            Outcome pending
                = answer(TxState::Pending, Source::Response, QStringLiteral("2883450001"),
                         QStringLiteral("{\"status\":0,\"data\":{\"tx_status\":\"2\",\"tid\":\"2883450001\","
                                        "\"bank_ref_num\":\"633750000001\",\"stan\":\"750001\"}}"));
            pending.rrn = QStringLiteral("633750000001");
            const bool ok = s.prepare(withdrawal(QStringLiteral("k1"), QStringLiteral("WAITUI"), 2500, kMobile)).ok()
                && s.markSent(QStringLiteral("WAITUI")).ok() && s.recordOutcome(QStringLiteral("WAITUI"), pending).ok()
                && s.prepare(withdrawal(QStringLiteral("k2"), QStringLiteral("DONEUI"), 500, kMobile)).ok()
                && s.markSent(QStringLiteral("DONEUI")).ok()
                && s.recordOutcome(QStringLiteral("DONEUI"), answer(TxState::Success)).ok()
                && s.prepare(withdrawal(QStringLiteral("k3"), QStringLiteral("LOSTUI"), 1200, kMobile)).ok()
                && s.markSent(QStringLiteral("LOSTUI")).ok()
                && s.recordOutcome(QStringLiteral("LOSTUI"), answer(TxState::Unknown)).ok();
            m_clock.setNowMs(ist(5, 9));
            return ok && s.recordOutcome(QStringLiteral("LOSTUI"), answer(TxState::Failed, Source::Inquiry)).ok();
        }));
        QVERIFY(written.ok() && written.value());
        m_clock.setNowMs(ist(5, 18));
        m_claims = std::make_unique<claims::ClaimService>(*m_journal, claims::ClaimRules::builtIn());
        m_services.journal = m_journal.get();
        m_services.clock = &m_clock;
        m_services.claims = m_claims.get();
        m_services.identity.userCode = QStringLiteral("20810200");
        m_services.identity.shopName = QStringLiteral("Sharma Kirana");
    }

    void historyShowsTheClockAndOpensTheClaimSlipByKeyboard()
    {
        ui::HistoryPage page(m_services);
        QSignalSpy loaded(&page, &ui::HistoryPage::pageLoaded);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(page.model()->rowCount(), 3);
        // Newest first: LOSTUI (failed), DONEUI (success: no clock, nothing to claim), WAITUI (pending: day 2 of 5).
        const int wait = 2;
        QCOMPARE(page.model()->record(wait).clientRefId, QStringLiteral("WAITUI"));
        QCOMPARE(page.model()->index(wait, ui::HistoryModel::Due).data().toString(),
                 QStringLiteral("Day 2 of 5 · due back by 8 Dec"));
        QVERIFY(page.model()->index(1, ui::HistoryModel::Due).data().toString().isEmpty());

        auto* table = page.findChild<QTableView*>(QStringLiteral("historyTableView"));
        auto* button = page.claimSlipButton();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier); // LOSTUI
        QTest::keyClick(table, Qt::Key_Down); // DONEUI: nothing to claim
        QVERIFY(!button->isEnabled());
        QTest::keyClick(table, Qt::Key_Down); // WAITUI
        QVERIFY(button->isEnabled());
        QTest::keyClick(&page, Qt::Key_L, Qt::AltModifier); // "C&laim slip…"
        QTRY_VERIFY(button->dialog());
        ui::ClaimSlipDialog* dialog = button->dialog();
        QSignalSpy shown(dialog, &ui::ClaimSlipDialog::slipShown);
        QTRY_VERIFY(!dialog->slipText().isEmpty());
        // The customer gave consent in Hindi: the slip starts in Hindi, with every dispute key.
        QCOMPARE(dialog->language(), QStringLiteral("hi"));
        for (const char* key : {"633750000001", "750001", "2883450001", "WAITUI", "20810200", "08/12/2026"}) {
            QVERIFY2(dialog->slipText().contains(QLatin1String(key)), key);
        }
        QVERIFY(!dialog->slipText().contains(kMobile));
        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("slipLanguageComboBox"));
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QCOMPARE(dialog->focusWidget(), language); // the first choice: the customer's language
        QTest::keyClick(language, Qt::Key_Up); // English
        QTRY_COMPARE(dialog->language(), QStringLiteral("en"));
        QTRY_VERIFY(dialog->slipText().contains(QStringLiteral("CLAIM SLIP")));
        QCOMPARE(dialog->preview()->toPlainText(), dialog->slipText());

        QString printed;
        ui::ReceiptPrinter::setPrintHook([&printed](const QTextDocument& document, QWidget*) {
            printed = document.toPlainText();
            return Error {};
        });
        QSignalSpy finished(dialog, &ui::ClaimSlipDialog::outputFinished);
        QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
        QTRY_COMPARE(finished.count(), 1);
        ui::ReceiptPrinter::setPrintHook({});
        QVERIFY(finished.first().first().toBool());
        QVERIFY(printed.contains(QStringLiteral("633750000001")));

        const QString pdf = m_dir.filePath(QStringLiteral("slip.pdf"));
        ui::FileChooser::setNextAnswer(pdf);
        QTest::keyClick(dialog, Qt::Key_D, Qt::AltModifier); // "Save as P&DF…"
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY(finished.last().first().toBool());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!button->dialog());
    }

    void homeTellsTheReturningCustomerAtOnce()
    {
        ui::StuckMoneyBox box(m_services);
        box.show();
        QApplication::setActiveWindow(&box);
        QSignalSpy answered(&box, &ui::StuckMoneyBox::answered);
        box.mobileEdit()->setFocus();
        QTest::keyClicks(box.mobileEdit(), kMobile);
        QTRY_COMPARE(answered.count(), 1);
        const QString text = box.answerLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("Your ₹1,200 of 3 Dec was reversed on 5 Dec.")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Your ₹2,500 of 3 Dec is still being checked: day 2 of 5")));
        QVERIFY(!text.contains(QStringLiteral("₹500"))); // never stuck
        const auto row = waitFor(m_journal->run([](JournalStore& s) { return s.find(QStringLiteral("WAITUI")); }));
        QVERIFY(row.ok() && row.value());
        QCOMPARE(box.clockText(*row.value()), QStringLiteral("Day 2 of 5 · due back by 8 Dec"));
        QTest::keyClick(box.mobileEdit(), Qt::Key_Backspace);
        QTRY_VERIFY(box.answerLabel()->isHidden());
    }

    void aepsFormNoteUnderTheMobile()
    {
        QWidget form;
        auto* mobile = new QLineEdit(&form);
        auto* note = new ui::CustomerMoneyNote(m_claims.get(), mobile, &form);
        form.show();
        QSignalSpy shown(note, &ui::CustomerMoneyNote::shown);
        mobile->setFocus();
        QTest::keyClicks(mobile, kMobile);
        QTRY_COMPARE(shown.count(), 1);
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("was reversed on 5 Dec")));
        QTest::keyClicks(mobile, QStringLiteral("1")); // 11 digits: not a mobile
        QVERIFY(note->isHidden());
        QCOMPARE(note->focusPolicy(), Qt::NoFocus); // the note never takes the focus
        QCOMPARE(form.focusWidget(), mobile);
    }

    void cleanupTestCase()
    {
        m_claims.reset();
        m_journal->shutdown();
    }
};

QTEST_MAIN(TestClaimScreens)
#include "TestClaimScreens.moc"
