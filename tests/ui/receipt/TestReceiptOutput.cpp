// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ReceiptTestData.h"
#include "core/settings/AppSettings.h"
#include "print/QrCode.h"
#include "ui/receipt/ReceiptOutput.h"
#include "ui/receipt/ReceiptPrinter.h"
#include "ui/widgets/FileChooser.h"

#include <QFile>
#include <QImage>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUrl>
#include <QWidget>

#include <optional>

using namespace saathi;
using namespace saathi::ui;

class TestReceiptOutput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_ini;
    std::unique_ptr<AppSettings> m_settings;

    // Prints through `output` and waits for its one answer.
    static ReceiptOutput::Outcome printOnce(ReceiptOutput& output, const receipt::AnyReceipt& r, QWidget* page)
    {
        std::optional<ReceiptOutput::Outcome> got;
        output.print(r, page, [&got](const ReceiptOutput::Outcome& o) { got = o; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 15000)) {
            return {false, false, [] { return QStringLiteral("no answer"); }};
        }
        return *got;
    }

private Q_SLOTS:
    void init()
    {
        m_settings.reset();
        m_ini = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("saathi-%1.ini").arg(rand())),
                                            QSettings::IniFormat);
        m_settings = std::make_unique<AppSettings>(*m_ini);
    }

    void pdfGoesIntoTheChosenFolderNeverOverAnEarlierFile()
    {
        PrinterSettings p;
        p.kind = PrinterKind::Pdf;
        p.pdfAskEachTime = false;
        p.pdfFolder = m_dir.path();
        QVERIFY(m_settings->setPrinter(p).isNull());
        ReceiptOutput output(*m_settings);
        QWidget page;
        receipt::Receipt r = receipt::testdata::successReceipt();
        const ReceiptOutput::Outcome first = printOnce(output, r, &page);
        QVERIFY2(first.ok, qPrintable(first.message()));
        const QString path = m_dir.filePath(QStringLiteral("receipt-MIXYZ0001ABCDEF001.pdf"));
        QVERIFY2(first.message().contains(QStringLiteral("receipt-MIXYZ0001ABCDEF001.pdf")),
                 qPrintable(first.message()));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF"));
        QVERIFY(printOnce(output, r, &page).ok);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("receipt-MIXYZ0001ABCDEF001-2.pdf"))));
        r.setDuplicate(true);
        QVERIFY(printOnce(output, r, &page).ok);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("receipt-MIXYZ0001ABCDEF001-duplicate.pdf"))));
    }

    void pdfAskedEachTimeAndCancelledIsNotSaved()
    {
        PrinterSettings p;
        p.kind = PrinterKind::Pdf;
        QVERIFY(m_settings->setPrinter(p).isNull());
        ReceiptOutput output(*m_settings);
        QWidget page;
        FileChooser::setNextAnswer(QString()); // the agent cancels the dialog
        const ReceiptOutput::Outcome cancelled = printOnce(output, receipt::testdata::successReceipt(), &page);
        QVERIFY(!cancelled.ok);
        QVERIFY(cancelled.message().contains(QStringLiteral("not saved")));
        const QString path = m_dir.filePath(QStringLiteral("asked.pdf"));
        FileChooser::setNextAnswer(path);
        QVERIFY(printOnce(output, receipt::testdata::successReceipt(), &page).ok);
        QVERIFY(QFile::exists(path));
    }

    void noPrinterChosenFallsBackToTheDialogAndSaysHowToChooseOne()
    {
        ReceiptOutput output(*m_settings); // a new counter: printer/kind is none
        QString printed;
        QImage qr;
        ReceiptPrinter::setPrintHook([&printed, &qr](const QTextDocument& document, QWidget*) {
            printed = document.toPlainText();
            qr = document.resource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(ReceiptPrinter::kQrResource)))
                     .value<QImage>();
            return Error {};
        });
        QWidget page;
        const ReceiptOutput::Outcome o = printOnce(output, receipt::testdata::successReceipt(), &page);
        ReceiptPrinter::setPrintHook({});
        QVERIFY(o.ok);
        QVERIFY(printed.contains(QStringLiteral("MIXYZ0001ABCDEF001")));
        // The paper from a system printer carries the same QR as the screen and the thermal roll.
        QCOMPARE(qr, print::QrCode::image(receipt::testdata::successReceipt().qrPayload(), 4));
        QVERIFY2(o.message().contains(QStringLiteral("Settings")), qPrintable(o.message()));
    }

    // Issue #19: any other paper (the day's report) goes where the receipts go: a PDF in the chosen folder named
    // after it, or the system printer with its lines as they are.
    void aDocumentGoesWhereTheReceiptsGo()
    {
        PrinterSettings p;
        p.kind = PrinterKind::Pdf;
        p.pdfAskEachTime = false;
        p.pdfFolder = m_dir.path();
        QVERIFY(m_settings->setPrinter(p).isNull());
        ReceiptOutput output(*m_settings);
        QWidget page;
        const ReceiptOutput::Document document {QStringLiteral("day-close-3"),
                                                QStringLiteral("Day close"),
                                                {QStringLiteral("DAY CLOSE No. 3"), QStringLiteral("Cash  ₹1,000.00")}};
        std::optional<ReceiptOutput::Outcome> got;
        output.print(document, &page, [&got](const ReceiptOutput::Outcome& o) { got = o; });
        QVERIFY(QTest::qWaitFor([&got] { return got.has_value(); }, 15000));
        QVERIFY2(got->ok, qPrintable(got->message()));
        QFile pdf(m_dir.filePath(QStringLiteral("day-close-3.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF"));

        p.kind = PrinterKind::None; // the system print dialog, answered by the hook
        QVERIFY(m_settings->setPrinter(p).isNull());
        QString printed;
        ReceiptPrinter::setPrintHook([&printed](const QTextDocument& d, QWidget*) {
            printed = d.toPlainText();
            return Error {};
        });
        got.reset();
        output.print(document, &page, [&got](const ReceiptOutput::Outcome& o) { got = o; });
        ReceiptPrinter::setPrintHook({});
        QVERIFY(got && got->ok);
        QVERIFY(printed.contains(QStringLiteral("DAY CLOSE No. 3\nCash  ₹1,000.00")));
    }

    void unknownSystemPrinterIsAnErrorAndTheReceiptWaits()
    {
        PrinterSettings p;
        p.kind = PrinterKind::System;
        p.systemPrinter = QStringLiteral("Saathi No Such Printer");
        QVERIFY(m_settings->setPrinter(p).isNull());
        ReceiptOutput output(*m_settings);
        QWidget page;
        const ReceiptOutput::Outcome o = printOnce(output, receipt::testdata::successReceipt(), &page);
        QVERIFY(!o.ok);
        QVERIFY(o.retry);
        QVERIFY2(o.message().contains(QStringLiteral("Saathi No Such Printer")), qPrintable(o.message()));
        QCOMPARE(output.waiting(), QStringList {QStringLiteral("MIXYZ0001ABCDEF001")});
    }

    void anAnswerForAPageThatIsGoneIsDropped()
    {
        PrinterSettings p;
        p.kind = PrinterKind::Pdf;
        p.pdfAskEachTime = false;
        p.pdfFolder = m_dir.path();
        QVERIFY(m_settings->setPrinter(p).isNull());
        ReceiptOutput output(*m_settings);
        int answers = 0;
        QSignalSpy finished(&output, &ReceiptOutput::finished);
        {
            QWidget page;
            output.print(receipt::testdata::successReceipt(), &page,
                         [&answers](const ReceiptOutput::Outcome&) { ++answers; });
        }
        QTRY_COMPARE(finished.count(), 1); // the file was written; the page it was for is gone
        QCOMPARE(answers, 0);
    }
};

QTEST_MAIN(TestReceiptOutput)
#include "TestReceiptOutput.moc"
