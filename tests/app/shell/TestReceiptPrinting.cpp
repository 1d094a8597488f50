// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Receipts at the counter, through the whole app and its real widgets: the thermal printer chosen on the Settings
// page (a real pty from socat, the far end playing the printer) gets the result page's receipt when Print is
// pressed, as ESC/POS text or as a raster that decodes back to the rendered receipt; a printer out of paper or
// silent is told on the page and Print again prints once it answers; History reprints a success and a failure
// marked DUPLICATE, and their QR codes (decoded with zbar) carry the row's reference.
#include "CounterFixture.h"
#include "FakeThermalPrinter.h"
#include "PtyPair.h"
#include "ZbarDecode.h"
#include "core/receipt/EscPosEncoder.h"
#include "core/receipt/SerialReceiptPrinter.h"
#include "core/settings/AppSettings.h"
#include "print/EscPosRaster.h"
#include "print/ReceiptImage.h"
#include "sandbox/eko/EkoSandbox.h"
#include "ui/aeps/AepsFormPage.h"
#include "ui/aeps/TransactionResultPage.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/HistoryPage.h"
#include "ui/history/ReprintPanel.h"
#include "ui/receipt/ReceiptOutput.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace saathi;
using test::CounterFixture;
using test::FakeThermalPrinter;

namespace {

template<typename T>
T* child(QWidget* root, const char* name)
{
    T* w = root ? root->findChild<T*>(QLatin1String(name)) : nullptr;
    if (!w) {
        qWarning("no widget %s", name);
    }
    return w;
}

// Picks the entry whose data is `value` with the arrow keys, as an agent would.
void choose(QComboBox* box, int value)
{
    box->setFocus();
    while (box->currentData().toInt() != value && box->currentIndex() < box->count() - 1) {
        QTest::keyClick(box, Qt::Key_Down);
    }
    while (box->currentData().toInt() != value && box->currentIndex() > 0) {
        QTest::keyClick(box, Qt::Key_Up);
    }
}

QImage qrOnScreen(QWidget* root)
{
    auto* label = child<QLabel>(root, "receiptQrLabel");
    return label && label->isVisible() ? label->pixmap().toImage() : QImage();
}

} // namespace

class TestReceiptPrinting : public QObject
{
    Q_OBJECT

    std::unique_ptr<CounterFixture> m_f;
    std::unique_ptr<test::PtyPair> m_pty;
    std::unique_ptr<FakeThermalPrinter> m_printer;
    qsizetype m_seen = 0; // bytes the printer had received before the current case

    ui::AepsFormPage* form() { return qobject_cast<ui::AepsFormPage*>(m_f->page("cashWithdrawal")); }
    QString action() { return child<QLabel>(m_f->page("cashWithdrawal"), "actionLabel")->text(); }
    QPushButton* printButton() { return child<QPushButton>(m_f->page("cashWithdrawal"), "printButton"); }
    QByteArray newBytes() const { return m_printer->received().mid(m_seen); }

    // With $SAATHI_SCREENSHOT_DIR set, a PNG of the window as it is now (README's pictures of printing).
    void screenshot(const char* name)
    {
        const QString dir = qEnvironmentVariable("SAATHI_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            m_f->window().grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
        }
    }

    // Settings (Ctrl+,) → Receipt printer: the thermal printer on the pty, in `mode`; Save; back home.
    bool chooseThermal(ThermalPrintMode mode, receipt::PaperWidth paper = receipt::PaperWidth::Mm58)
    {
        ui::MainWindow& window = m_f->window();
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QWidget* settings = m_f->page("settings");
        if (window.currentPageId() != QLatin1String("settings")) {
            qWarning("Ctrl+, did not open Settings");
            return false;
        }
        choose(child<QComboBox>(settings, "printerKindComboBox"), int(PrinterKind::EscPosSerial));
        auto* port = child<QLineEdit>(settings, "serialPortLineEdit");
        port->setFocus();
        port->selectAll();
        QTest::keyClicks(port, m_pty->printerEnd());
        choose(child<QComboBox>(settings, "paperComboBox"), int(paper));
        choose(child<QComboBox>(settings, "thermalModeComboBox"), int(mode));
        auto* ask = child<QCheckBox>(settings, "askStatusCheckBox");
        if (!ask->isChecked()) {
            ask->setFocus();
            QTest::keyClick(ask, Qt::Key_Space);
        }
        auto* latLong = child<QLineEdit>(settings, "latLongLineEdit"); // Save checks the whole page
        if (latLong->text().isEmpty()) {
            latLong->setFocus();
            QTest::keyClicks(latLong, QStringLiteral("28.6139,77.2090"));
        }
        QTest::mouseClick(child<QPushButton>(settings, "saveButton"), Qt::LeftButton);
        if (!child<QLabel>(settings, "savedLabel")->text().contains(QStringLiteral("saved"))) {
            qWarning("Settings not saved: %s", qPrintable(child<QLabel>(settings, "savedLabel")->text()));
            return false;
        }
        screenshot("15-settings-thermal-printer.png");
        QTest::keyClick(&window, Qt::Key_Escape);
        const PrinterSettings saved = m_f->app().appSettings().printer();
        return saved.kind == PrinterKind::EscPosSerial && saved.serialPort == m_pty->printerEnd()
            && saved.thermalMode == mode && saved.paper == paper && window.currentPageId() == QLatin1String("home");
    }

    // From home: a cash withdrawal typed with the keyboard; waits for its result page.
    bool withdraw(const QString& amount)
    {
        m_f->clock().advanceMs(11 * 60 * 1000); // past the 10-minute duplicate check (N5)
        if (!m_f->typeWithdrawal(QStringLiteral("9876543210"), amount)) {
            return false;
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        return m_f->waitForResult("cashWithdrawal");
    }

    // Alt+P on the result page, as the agent presses it.
    void pressPrint()
    {
        m_seen = m_printer->received().size();
        QTest::keyClick(&m_f->window(), Qt::Key_P, Qt::AltModifier);
    }

    // The row of `ref` in History (F6), selected with the keyboard focus on the table.
    bool selectInHistory(const QString& ref)
    {
        ui::MainWindow& window = m_f->window();
        if (window.currentPageId() != QLatin1String("home")) {
            QTest::keyClick(&window, Qt::Key_Escape);
        }
        auto* history = qobject_cast<ui::HistoryPage*>(m_f->page("history"));
        QSignalSpy loaded(history, &ui::HistoryPage::pageLoaded);
        QTest::keyClick(&window, Qt::Key_F6); // History searches again when it opens
        if (!QTest::qWaitFor([&] { return loaded.count() > 0; }, 10000)) {
            qWarning("History did not load");
            return false;
        }
        auto* table = child<QTableView>(history, "historyTableView");
        const auto row = [&] {
            for (int r = 0; r < history->model()->rowCount(); ++r) {
                if (history->model()->record(r).clientRefId == ref) {
                    return r;
                }
            }
            return -1;
        };
        if (!QTest::qWaitFor([&] { return row() >= 0; }, 10000)) {
            qWarning("%s is not in History", qPrintable(ref));
            return false;
        }
        table->setFocus();
        table->setCurrentIndex(history->model()->index(row(), 0));
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::PtyPair::socatAvailable()) {
            QSKIP("socat is not installed (apt-get install socat)");
        }
        m_pty = std::make_unique<test::PtyPair>();
        QString error;
        QVERIFY2(m_pty->start(&error), qPrintable(error));
        m_printer = std::make_unique<FakeThermalPrinter>(m_pty->peerEnd());
        QVERIFY2(m_printer->open(), qPrintable(m_printer->errorString()));
        // No keychain: the 5-withdrawals-a-day check is off, so one customer serves every case.
        m_f = std::make_unique<CounterFixture>(false);
        QVERIFY(m_f->start());
        QVERIFY(m_f->loginAgent());
        m_f->app().receiptOutput().setStatusTimeout(std::chrono::milliseconds(1500)); // "no answer" in seconds
    }

    void cleanup()
    {
        m_printer->answerStatus(0x12, 0x12); // online, paper present
        m_f->sandbox().clearFaults();
        if (m_f->window().currentPageId() != QLatin1String("home")) {
            QTest::keyClick(&m_f->window(), Qt::Key_Escape);
        }
    }

    void resultPagePrintsEnglishAsTextOnTheThermalPrinterChosenInSettings()
    {
        QVERIFY(chooseThermal(ThermalPrintMode::Auto));
        QVERIFY(withdraw(QStringLiteral("2500")));
        QVERIFY2(m_f->resultStatus("cashWithdrawal").startsWith(QStringLiteral("Success")),
                 qPrintable(m_f->resultStatus("cashWithdrawal")));
        const receipt::Receipt shown = form()->resultPage().receipt();
        pressPrint();
        QTRY_VERIFY_WITH_TIMEOUT(action().contains(QStringLiteral("printed")), 15000);
        // "Printed" means handed to the port; the far end may still be reading.
        QTRY_COMPARE(newBytes(),
                     receipt::SerialReceiptPrinter::statusQuery()
                         + receipt::EscPosEncoder(receipt::PaperWidth::Mm58).encode(shown));
        QCOMPARE(printButton()->text(), QStringLiteral("&Print"));
        // The QR beside the receipt is the paper's: a phone reads the reference from the screen.
        QVERIFY(qrOnScreen(m_f->page("cashWithdrawal")).width() >= 200); // big enough to photograph
        QVERIFY(m_f->app().receiptOutput().waiting().isEmpty());
        SAATHI_NEED_ZBAR();
        const QStringList codes = test::decodeQrCodes(qrOnScreen(m_f->page("cashWithdrawal")));
        QCOMPARE(codes.size(), 1);
        QVERIFY2(codes.first().contains(QStringLiteral("ref=") + shown.clientRefId()), qPrintable(codes.first()));
    }

    void imageModeSendsTheRenderedReceiptAsRaster()
    {
        QVERIFY(chooseThermal(ThermalPrintMode::Image, receipt::PaperWidth::Mm80));
        QVERIFY(withdraw(QStringLiteral("1200")));
        const receipt::Receipt shown = form()->resultPage().receipt();
        pressPrint();
        QTRY_VERIFY_WITH_TIMEOUT(action().contains(QStringLiteral("printed")), 20000);
        const QByteArray status = receipt::SerialReceiptPrinter::statusQuery();
        const QImage expected = print::ReceiptImage::render(shown, receipt::PaperWidth::Mm80);
        QTRY_COMPARE(newBytes().size(), status.size() + print::EscPosRaster::encode(expected).size());
        QVERIFY(newBytes().startsWith(status));
        const QImage printed = print::EscPosRaster::decode(newBytes().mid(status.size()));
        QVERIFY(!printed.isNull());
        QCOMPARE(printed.size(), expected.size());
        QCOMPARE(printed.width(), print::ReceiptImage::dotWidth(receipt::PaperWidth::Mm80));
        QCOMPARE(printed.convertToFormat(QImage::Format_Mono), expected.convertToFormat(QImage::Format_Mono));
    }

    void outOfPaperIsToldAndPrintAgainPrintsOnceThePrinterAnswers()
    {
        QVERIFY(chooseThermal(ThermalPrintMode::Text));
        QVERIFY(withdraw(QStringLiteral("1300")));
        const receipt::Receipt shown = form()->resultPage().receipt();
        m_printer->answerStatus(0x1A, 0x72); // offline: the paper-end sensor fired
        pressPrint();
        QTRY_VERIFY_WITH_TIMEOUT(action().contains(QStringLiteral("out of paper")), 15000);
        QVERIFY2(action().contains(QStringLiteral("Print again")), qPrintable(action()));
        QCOMPARE(printButton()->text(), QStringLiteral("Print &again"));
        QVERIFY(printButton()->isEnabled());
        screenshot("16-print-again.png");
        QCOMPARE(newBytes(), receipt::SerialReceiptPrinter::statusQuery()); // nothing printed on no paper
        QCOMPARE(m_f->app().receiptOutput().waiting(), QStringList {shown.clientRefId()});

        m_printer->answerStatus(0x12, 0x12); // a new roll
        QTest::keyClick(&m_f->window(), Qt::Key_A, Qt::AltModifier); // "Print &again"
        QTRY_VERIFY_WITH_TIMEOUT(action().contains(QStringLiteral("printed")), 15000);
        QTRY_VERIFY(m_printer->received().endsWith(receipt::EscPosEncoder(receipt::PaperWidth::Mm58).encode(shown)));
        QCOMPARE(printButton()->text(), QStringLiteral("&Print"));
        QVERIFY(m_f->app().receiptOutput().waiting().isEmpty());
    }

    void silentPrinterIsToldAndPrintAgainPrintsWhenItAnswers()
    {
        QVERIFY(chooseThermal(ThermalPrintMode::Text));
        QVERIFY(withdraw(QStringLiteral("1400")));
        const receipt::Receipt shown = form()->resultPage().receipt();
        m_printer->stayMute(); // switched off
        pressPrint();
        // A mnemonic clicks a moment later (QAbstractButton::animateClick); then the page waits for the printer.
        QTRY_VERIFY(action().contains(QStringLiteral("Printing")));
        QVERIFY(!printButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(action().contains(QStringLiteral("does not answer")), 15000);
        QCOMPARE(printButton()->text(), QStringLiteral("Print &again"));
        m_printer->answerStatus(0x12, 0x12); // switched on
        QTest::keyClick(&m_f->window(), Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(action().contains(QStringLiteral("printed")), 15000);
        QTRY_VERIFY(m_printer->received().endsWith(receipt::EscPosEncoder(receipt::PaperWidth::Mm58).encode(shown)));
    }

    void historyReprintsSuccessAndFailureMarkedDuplicateWithTheirQr()
    {
        QVERIFY(chooseThermal(ThermalPrintMode::Image));
        QVERIFY(withdraw(QStringLiteral("1500")));
        const QString success = form()->flow().clientRefId();
        QVERIFY(m_f->resultStatus("cashWithdrawal").startsWith(QStringLiteral("Success")));
        QTest::keyClick(&m_f->window(), Qt::Key_Escape);
        m_f->sandbox().armFault(sandbox::Fault::BankDeclineFrozen, QStringLiteral("cash-withdrawal"));
        QVERIFY(withdraw(QStringLiteral("1600")));
        const QString failed = form()->flow().clientRefId();
        QVERIFY2(m_f->resultStatus("cashWithdrawal").startsWith(QStringLiteral("Failed")),
                 qPrintable(m_f->resultStatus("cashWithdrawal")));

        auto* history = qobject_cast<ui::HistoryPage*>(m_f->page("history"));
        ui::ReprintPanel* panel = history->reprintPanel();
        for (const QString& ref : {success, failed}) {
            QVERIFY(selectInHistory(ref));
            m_seen = m_printer->received().size();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier); // Reprint
            QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible() && panel->receipt().has_value(), 10000);
            QCOMPARE(panel->reference(), ref);
            const QString text = child<QPlainTextEdit>(panel, "reprintPlainTextEdit")->toPlainText();
            QVERIFY2(text.contains(QStringLiteral("DUPLICATE")), qPrintable(text));
            QVERIFY(text.contains(ref));
            if (ref == failed) {
                QVERIFY2(text.contains(QStringLiteral("FAILED"), Qt::CaseInsensitive), qPrintable(text));
            }
            QVERIFY(!qrOnScreen(panel).isNull());

            // On paper: the duplicate's picture, whose QR reads the same as the screen's.
            auto* status = child<QLabel>(panel, "reprintStatusLabel");
            QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("printed")), 20000);
            const QByteArray query = receipt::SerialReceiptPrinter::statusQuery();
            const auto* duplicate = std::get_if<receipt::Receipt>(&*panel->receipt());
            QVERIFY(duplicate && duplicate->isDuplicate());
            const QImage rendered = print::ReceiptImage::render(*duplicate, receipt::PaperWidth::Mm58);
            QTRY_COMPARE(newBytes().size(), query.size() + print::EscPosRaster::encode(rendered).size());
            QVERIFY(newBytes().startsWith(query));
            const QImage paper = print::EscPosRaster::decode(newBytes().mid(query.size()));
            QCOMPARE(paper.convertToFormat(QImage::Format_Mono), rendered.convertToFormat(QImage::Format_Mono));
            if (test::zbarAvailable()) {
                const QStringList onScreen = test::decodeQrCodes(qrOnScreen(panel));
                QCOMPARE(onScreen.size(), 1);
                QVERIFY2(onScreen.first().contains(QStringLiteral("ref=") + ref), qPrintable(onScreen.first()));
                QCOMPARE(test::decodeQrCodes(paper), onScreen);
            } else {
                qWarning("libzbar is not installed (apt-get install libzbar-dev): the QR codes are not read back");
            }
            if (ref == failed) {
                screenshot("17-history-reprint.png");
            }
        }
    }
};

QTEST_MAIN(TestReceiptPrinting)
#include "TestReceiptPrinting.moc"
