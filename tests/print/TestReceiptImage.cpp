// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The receipt as a picture for thermal paper: exactly the paper's dot width, 1-bit black on white, Devanagari set
// in a font that has it (Noto Sans Devanagari) and drawn with ink, a reprint's DUPLICATE in a black box, and a QR
// code at the bottom that an independent decoder (zbar) reads back to the receipt's reference. The same picture
// comes out of any thread.
#include "../core/receipt/ReceiptTestData.h"
#include "ZbarDecode.h"
#include "core/receipt/DmtReceipt.h"
#include "core/settings/Catalogue.h"
#include "print/MonoImage.h"
#include "print/ReceiptImage.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetrics>
#include <QRawFont>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace saathi;
using namespace saathi::print;
using receipt::PaperWidth;

namespace {

const QString kHindiWord = QStringLiteral("प्रतिलिपि");

// Black dots in rows [top, bottom).
qint64 inkIn(const QImage& image, int top, int bottom)
{
    return mono::inkDots(image.copy(0, top, image.width(), bottom - top));
}

receipt::DmtReceipt twoPartTransfer()
{
    dmt::Customer customer;
    customer.mobile = QStringLiteral("9876543210");
    customer.name = QStringLiteral("Sita Devi");
    dmt::Recipient recipient;
    recipient.name = QStringLiteral("Mohan Lal");
    recipient.account = QStringLiteral("123456785678");
    recipient.bankName = QStringLiteral("State Bank of India");
    QList<receipt::DmtReceipt::Part> parts;
    for (int i = 0; i < 2; ++i) {
        journal::TransactionRecord r = receipt::testdata::withdrawal(journal::TxState::Success);
        r.kind = journal::TxKind::DmtTransfer;
        r.clientRefId = QStringLiteral("DMTPART%1").arg(i + 1);
        r.amount = Paise::fromRupees(5000);
        r.channel = QStringLiteral("imps");
        parts.append({r, {}});
    }
    return receipt::DmtReceipt::forTransfer(customer, recipient, parts, receipt::testdata::agent());
}

} // namespace

class TestReceiptImage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pictureIsThePapersDotWidthIn1Bit()
    {
        const receipt::Receipt r = receipt::testdata::successReceipt();
        const QImage narrow = ReceiptImage::render(r, PaperWidth::Mm58);
        const QImage wide = ReceiptImage::render(r, PaperWidth::Mm80);
        QCOMPARE(narrow.width(), 384);
        QCOMPARE(wide.width(), 576);
        QCOMPARE(narrow.format(), QImage::Format_Mono);
        QCOMPARE(narrow.color(1), qRgb(0, 0, 0));
        QVERIFY(narrow.height() > 400);
        QVERIFY(mono::inkDots(narrow) > 0);
        // The last rows are margin: the layout's measuring pass and its painting pass agree.
        QCOMPARE(inkIn(narrow, narrow.height() - 4, narrow.height()), 0);
    }

    void qrAtTheBottomDecodesToTheReceiptsReference()
    {
        SAATHI_NEED_ZBAR();
        for (const PaperWidth paper : {PaperWidth::Mm58, PaperWidth::Mm80}) {
            const receipt::Receipt r = receipt::testdata::successReceipt();
            const QImage image = ReceiptImage::render(r, paper);
            const QStringList codes = test::decodeQrCodes(image);
            QCOMPARE(codes, QStringList {r.qrPayload()});
            QVERIFY(codes.first().contains(QStringLiteral("ref=MIXYZ0001ABCDEF001")));
            QVERIFY(!codes.first().contains(QStringLiteral("7058"))); // no Aadhaar digits
            QVERIFY(!codes.first().contains(QStringLiteral("9876543210"))); // no mobile
        }
    }

    void dmtReceiptsQrCarriesEveryPart()
    {
        SAATHI_NEED_ZBAR();
        const QImage image = ReceiptImage::render(twoPartTransfer(), PaperWidth::Mm58);
        const QStringList codes = test::decodeQrCodes(image);
        QCOMPARE(codes.size(), 1);
        QVERIFY(codes.first().contains(QStringLiteral("ref=DMTPART1\nrefs=DMTPART1,DMTPART2")));
        QVERIFY(codes.first().contains(QStringLiteral("amount=10000.00")));
        QVERIFY(!codes.first().contains(QStringLiteral("123456785678"))); // no account number
        QVERIFY(!codes.first().contains(QStringLiteral("9876543210"))); // no mobile
    }

    void receiptFontCoversDevanagari()
    {
        const QFont font = ReceiptImage::font(ReceiptImage::kBodyPixels);
        if (QFontDatabase::families().contains(QString::fromLatin1(ReceiptImage::kFontFamily))) {
            QCOMPARE(QFontInfo(font).family(), QString::fromLatin1(ReceiptImage::kFontFamily));
        } else {
            QSKIP("Noto Sans Devanagari is not installed (apt-get install fonts-noto-core)");
        }
        const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::Devanagari);
        QVERIFY(raw.isValid());
        for (const char32_t c : {U'प', U'्', U'र', U'ि', U'ल', U'क', U'₹'}) {
            QVERIFY2(raw.supportsCharacter(c), qPrintable(QString::number(c, 16)));
        }
        QVERIFY(QFontMetrics(font).inFontUcs4(U'त'));
        QVERIFY(ReceiptImage::kBodyPixels >= 24); // ~3 mm at 203 dpi: matras stay legible at 58 mm
    }

    void devanagariLinesAreDrawnWithInk()
    {
        ReceiptImageContent plain;
        plain.title = QStringLiteral("AEPS");
        ReceiptImageContent hindi = plain;
        hindi.sections.append({{QStringLiteral("राशि"), QStringLiteral("₹2,500.00")}});
        hindi.notes = {QStringLiteral("यह रसीद किसी भी विवाद के लिए संभाल कर रखें।")};
        const QImage without = ReceiptImage::render(plain, PaperWidth::Mm58);
        const QImage with = ReceiptImage::render(hindi, PaperWidth::Mm58);
        QVERIFY(with.height() > without.height());
        // The Hindi rows sit between the title and the footer: there must be ink, not tofu-free blanks.
        QVERIFY(inkIn(with, 40, with.height() - (without.height() - 40)) > 200);
        QVERIFY(QFontMetrics(ReceiptImage::font(24)).horizontalAdvance(kHindiWord) > 0);
    }

    void hindiCatalogueGivesAHindiReceiptOfTheSameWidth()
    {
        QVERIFY(settings::catalogue::install(QStringLiteral("hi")));
        const receipt::Receipt r = receipt::testdata::successReceipt();
        const QString title = r.title(); // the kind's name: "नकद निकासी"
        const bool hasDevanagari = std::any_of(title.cbegin(), title.cend(),
                                               [](QChar c) { return c.unicode() >= 0x0900 && c.unicode() <= 0x097F; });
        const QImage image = ReceiptImage::render(r, PaperWidth::Mm58);
        QVERIFY(settings::catalogue::install(QStringLiteral("en")));
        QVERIFY2(hasDevanagari, "the Hindi catalogue translates the receipt");
        QCOMPARE(image.width(), 384);
        if (test::zbarAvailable()) {
            QCOMPARE(test::decodeQrCodes(image), QStringList {r.qrPayload()});
        }
    }

    void duplicateIsMarkedInABlackBox()
    {
        receipt::Receipt r = receipt::testdata::successReceipt();
        const QImage original = ReceiptImage::render(r, PaperWidth::Mm58);
        r.setDuplicate(true);
        const QImage duplicate = ReceiptImage::render(r, PaperWidth::Mm58);
        QVERIFY(duplicate.height() > original.height() + 30);
        int solidRows = 0; // rows black from margin to margin: the box behind DUPLICATE
        for (int y = 0; y < duplicate.height(); ++y) {
            if (mono::inkDots(duplicate.copy(8, y, 384 - 16, 1)) == 384 - 16) {
                ++solidRows;
            }
        }
        QVERIFY(solidRows >= 6);
    }

    void sameImageOffTheUiThread()
    {
        const receipt::Receipt r = receipt::testdata::failedReceipt();
        const QImage here = ReceiptImage::render(r, PaperWidth::Mm58);
        const QImage there = QtConcurrent::run([r] { return ReceiptImage::render(r, PaperWidth::Mm58); }).result();
        QCOMPARE(there, here);
    }
};

QTEST_MAIN(TestReceiptImage)
#include "TestReceiptImage.moc"
