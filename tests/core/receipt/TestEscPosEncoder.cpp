// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The ESC/POS byte stream, golden: init and code page, the centred header with a bold double-height shop name, the
// receipt's lines in plain ASCII ("Rs.", no Devanagari), feed and partial cut; user text never becomes a command.
#include "ReceiptTestData.h"
#include "core/receipt/AsciiTransliterator.h"
#include "core/receipt/EscPosEncoder.h"

#include <QRegularExpression>
#include <QTest>

using namespace saathi;
using namespace saathi::receipt;

namespace {

// Spelled out byte by byte here, not taken from the encoder, so the golden files can catch a wrong command.
QByteArray raw(std::initializer_list<int> bytes)
{
    QByteArray out;
    for (const int b : bytes) {
        out += static_cast<char>(b);
    }
    return out;
}

const QByteArray kPrologue = raw({0x1B, 0x40, 0x1B, 0x74, 0x00, 0x1B, 0x52, 0x00, 0x1B, 0x21, 0x01});
const QByteArray kCentre = raw({0x1B, 0x61, 0x01});
const QByteArray kLeft = raw({0x1B, 0x61, 0x00});
const QByteArray kShopMode = raw({0x1B, 0x21, 0x19}); // font B, bold, double height
const QByteArray kTitleMode = raw({0x1B, 0x21, 0x09}); // font B, bold
const QByteArray kNormal = raw({0x1B, 0x21, 0x01}); // font B
const QByteArray kFeedAndCut = raw({0x1B, 0x64, 0x04, 0x1D, 0x56, 0x01});
const QByteArray kRule(42, '-');

QByteArray header()
{
    return kPrologue + kCentre + kShopMode + "Kumar General Store\n" + kNormal + kTitleMode + "AEPS CASH WITHDRAWAL\n"
        + kNormal + kLeft + kRule + '\n';
}

QByteArray common(const char* status)
{
    return QByteArray("Date & time     23/11/2026 11:30:05 IST\n"
                      "Status          ")
        + status
        + "\n"
          "Bank            State Bank of India\n"
          "Aadhaar         XXXX XXXX 7058\n"
          "Customer mobile XXXXXX3210\n"
          "Amount          Rs.2,500.00\n";
}

QByteArray footer()
{
    return kRule + "\n    Keep this receipt for any dispute.\n" + kFeedAndCut;
}

// The receipt with every command the encoder may send taken out: what is left must be text and line ends.
QByteArray withoutCommands(QByteArray bytes)
{
    for (const QByteArray& c : {kPrologue, raw({0x1B, 0x40}), raw({0x1B, 0x74, 0x00}), raw({0x1B, 0x52, 0x00}), kCentre,
                                kLeft, kShopMode, kTitleMode, kNormal, kFeedAndCut, raw({0x1B, 0x21, 0x00}),
                                raw({0x1B, 0x21, 0x08}), raw({0x1B, 0x21, 0x18})}) {
        bytes.replace(c, QByteArray());
    }
    return bytes;
}

void verifyOnlyTextAndLineEnds(const QByteArray& bytes)
{
    const QByteArray text = withoutCommands(bytes);
    for (const char b : text) {
        QVERIFY2(b == '\n' || (b >= 0x20 && b <= 0x7E), qPrintable(QString::fromLatin1(text.toHex(' '))));
    }
}

} // namespace

class TestEscPosEncoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void successfulWithdrawalMatchesTheGoldenBytes()
    {
        const QByteArray golden = header() + common("SUCCESS")
            + "A/c balance     Rs.22,500.50\n"
              "RRN             632711345678\n"
              "STAN            345678\n"
              "Eko TID         2883457721\n"
              "Reference       MIXYZ0001ABCDEF001\n"
              "Terminal        EKO00123\n"
              "Agent code      20810200\n"
              "Agent           Ramesh Kumar\n"
            + footer();
        QCOMPARE(EscPosEncoder().encode(testdata::successReceipt()), golden);
    }

    void failedWithdrawalMatchesTheGoldenBytes()
    {
        const QByteArray golden = header() + common("FAILED")
            + "RRN             632711345678\n"
              "STAN            345678\n"
              "Eko TID         2883457721\n"
              "Reference       MIXYZ0001ABCDEF001\n"
              "Terminal        EKO00123\n"
              "Agent code      20810200\n"
              "Agent           Ramesh Kumar\n"
              "Reason          Customer Bank account is Frozen\n" // longer than 42: the printer wraps it
            + kRule
            + "\nNo cash was given. If the account was\n"
              "debited, the bank must reverse it by\n"
              "28/11/2026.\n"
            + footer();
        QCOMPARE(EscPosEncoder().encode(testdata::failedReceipt()), golden);
    }

    void pendingWithdrawalMatchesTheGoldenBytes()
    {
        const QByteArray golden = header() + common("PENDING - WE ARE CHECKING")
            + "Reference       MIXYZ0001ABCDEF001\n"
              "Agent code      20810200\n"
              "Agent           Ramesh Kumar\n"
            + kRule
            + "\nThe result is not known yet; we are\n"
              "checking with the bank. Do not repeat this\n"
              "transaction.\n"
              "If the account was debited, the bank must\n"
              "reverse it by 28/11/2026.\n"
            + footer();
        QCOMPARE(EscPosEncoder().encode(testdata::pendingReceipt()), golden);
    }

    void everyReceiptEndsWithFeedAndPartialCut()
    {
        for (const Receipt& r : {testdata::successReceipt(), testdata::failedReceipt(), testdata::pendingReceipt()}) {
            const QByteArray bytes = EscPosEncoder().encode(r);
            QVERIFY(bytes.startsWith(raw({0x1B, 0x40})));
            QVERIFY(bytes.endsWith(kFeedAndCut));
            QCOMPARE(bytes.count(raw({0x1D, 0x56})), 1); // one cut, at the end
            verifyOnlyTextAndLineEnds(bytes);
        }
    }

    void noReceiptCarriesAFullAadhaarNumber()
    {
        const QRegularExpression twelveDigits(QStringLiteral("\\d{4}[ -]?\\d{4}[ -]?\\d{4}"));
        for (const Receipt& r : {testdata::successReceipt(), testdata::failedReceipt(), testdata::pendingReceipt()}) {
            QString text = QString::fromLatin1(EscPosEncoder().encode(r));
            QVERIFY(text.contains(QStringLiteral("XXXX XXXX 7058")));
            const QRegularExpressionMatch m = twelveDigits.match(text.remove(QStringLiteral("632711345678")));
            QVERIFY2(!m.hasMatch(), qPrintable(m.captured())); // the RRN is 12 digits by design; nothing else is
        }
    }

    // The shop's address prints plain under its large name; the title after it stays bold.
    void theShopsAddressPrintsUnderItsName()
    {
        CounterIdentity identity = testdata::agent();
        identity.shopAddress = QStringLiteral("12 Chandni Chowk, New Delhi 110006");
        const Receipt r = Receipt::build(testdata::withdrawal(journal::TxState::Success), testdata::answer(), identity);
        const QByteArray bytes = EscPosEncoder().encode(r);
        QVERIFY(bytes.startsWith(QByteArray(kPrologue + kCentre + kShopMode + "Kumar General Store\n" + kNormal
                                            + "12 Chandni Chowk, New Delhi 110006\n" + kTitleMode
                                            + "AEPS CASH WITHDRAWAL\n" + kNormal + kLeft + kRule + '\n')));
    }

    void controlBytesInUserTextCannotBecomeCommands()
    {
        // A shop name and a reason carrying ESC @ (reset), GS V (cut), DLE EOT, ESC d (feed 255) and C1 controls.
        CounterIdentity identity = testdata::agent();
        identity.shopName = QStringLiteral("Kumar\x1B@\x1D") + QStringLiteral("V\x01Store\x10\x04\x01");
        identity.agentName = QStringLiteral("Ramesh\tKumar\r\nSTATUS SUCCESS\x7F") + QChar(0x9B) + QStringLiteral("2J");
        aeps::AepsTransaction t = testdata::answer();
        t.reason = QStringLiteral("Frozen\x1B") + QStringLiteral("d\xFF");
        const Receipt r = Receipt::build(testdata::withdrawal(journal::TxState::Failed), t, identity);
        const QByteArray bytes = EscPosEncoder().encode(r);

        QCOMPARE(bytes.count('\x1B'), EscPosEncoder().encode(testdata::failedReceipt()).count('\x1B'));
        QCOMPARE(bytes.count('\x1D'), 1);
        QCOMPARE(bytes.count('\x10'), 0);
        QVERIFY(bytes.endsWith(kFeedAndCut));
        verifyOnlyTextAndLineEnds(bytes);
        QVERIFY(bytes.contains(QByteArray(kShopMode + "Kumar@VStore\n")));
        // A line break in a name cannot start a line of its own that looks like a field.
        QVERIFY(bytes.contains("Agent           Ramesh Kumar  STATUS SUCCESS2J\n"));
        QVERIFY(bytes.contains("Reason          Frozendy\n")); // U+00FF: y without its diaeresis
    }

    void rupeeSignAndDevanagariBecomeAscii()
    {
        QCOMPARE(AsciiTransliterator::toAscii(QStringLiteral("₹1,00,000.00")), QByteArray("Rs.1,00,000.00"));
        QCOMPARE(AsciiTransliterator::toAscii(QStringLiteral("कुमार जनरल स्टोर")), QByteArray("Kumar Janaral Stor"));
        QCOMPARE(AsciiTransliterator::toAscii(QStringLiteral("राम मिश्र")), QByteArray("Ram Mishra"));
        QCOMPARE(AsciiTransliterator::toAscii(QStringLiteral("सफल — ₹५००")), QByteArray("Saphal - Rs.500"));
        QCOMPARE(AsciiTransliterator::toAscii(QStringLiteral("Café “Ganesh” … ✓")), QByteArray("Cafe \"Ganesh\" ... "));

        CounterIdentity identity = testdata::agent();
        identity.shopName = QStringLiteral("कुमार जनरल स्टोर");
        const QByteArray bytes = EscPosEncoder().encode(
            Receipt::build(testdata::withdrawal(journal::TxState::Success), testdata::answer(), identity));
        QVERIFY(bytes.contains(QByteArray(kShopMode + "Kumar Janaral Stor\n")));
        verifyOnlyTextAndLineEnds(bytes);
    }

    void miniStatementAmountsStayAlignedAfterRs()
    {
        journal::TransactionRecord record = testdata::withdrawal(journal::TxState::Success);
        record.kind = journal::TxKind::MiniStatement;
        aeps::AepsTransaction t = testdata::answer();
        t.miniStatement
            = {{QStringLiteral("21/11"), Paise::fromRupees(1200), QStringLiteral("ATM WDL CHANDNI CHK"), false},
               {QStringLiteral("22/11"), Paise::fromRupees(15000), QStringLiteral("SALARY"), true}};
        const QList<QByteArray> lines = EscPosEncoder::asciiLines(Receipt::build(record, t, testdata::agent()));
        // The long narration gives up its last two letters; both amounts end in the same column.
        QVERIFY2(lines.contains("21/11  Dr     Rs.1,200.00 ATM WDL CHANDNI"), lines.join('|').constData());
        QVERIFY(lines.contains("22/11  Cr    Rs.15,000.00 SALARY"));
        for (const QByteArray& line : lines) {
            if (!line.startsWith("Reason")) {
                QVERIFY2(line.size() <= Receipt::kWidth, line.constData());
            }
        }
    }

    // Issue #19: any other paper (the day's report) prints its lines as they are, in ASCII, then feeds and cuts.
    void plainLinesPrintAsTheyAre()
    {
        const QString padded
            = QStringLiteral("Total").leftJustified(Receipt::kWidth - 15) + QStringLiteral("₹1,23,456.78");
        QCOMPARE(padded.size(), Receipt::kWidth - 3);
        const QString full = QStringLiteral("Cash").leftJustified(Receipt::kWidth - 9) + QStringLiteral("₹1,000.00");
        QCOMPARE(full.size(), Receipt::kWidth);
        const QStringList lines {QStringLiteral("DAY CLOSE No. 3"), QStringLiteral("नकद निकासी  ₹1,000.00"), padded,
                                 full};
        const QByteArray bytes = EscPosEncoder().encodeLines(lines);
        QVERIFY(bytes.startsWith(kPrologue));
        QVERIFY(bytes.contains(QByteArray(kLeft + "DAY CLOSE No. 3\n")));
        QVERIFY(bytes.contains("  Rs.1,000.00\n")); // the Hindi label transliterated before it
        // "₹" is three characters in ASCII: a line at the paper's width keeps it, and its amount whole.
        const QByteArray wide = QByteArray("Cash").leftJustified(Receipt::kWidth - 11) + "Rs.1,000.00\n";
        QVERIFY2(bytes.contains(wide), bytes.constData());
        QVERIFY(
            bytes.contains(QByteArray(QByteArray("Total").leftJustified(Receipt::kWidth - 15) + "Rs.1,23,456.78\n")));
        QVERIFY(bytes.endsWith(kFeedAndCut));
        verifyOnlyTextAndLineEnds(bytes);
    }

    void eightyMillimetrePaperUsesFontA()
    {
        const QByteArray bytes = EscPosEncoder(PaperWidth::Mm80).encode(testdata::successReceipt());
        QVERIFY(bytes.contains(QByteArray(raw({0x1B, 0x21, 0x18}) + "Kumar General Store\n")));
        QVERIFY(bytes.contains(QByteArray(raw({0x1B, 0x21, 0x08}) + "AEPS CASH WITHDRAWAL\n")));
        QVERIFY(!bytes.contains(kNormal));
        verifyOnlyTextAndLineEnds(bytes);
    }
};

QTEST_GUILESS_MAIN(TestEscPosEncoder)
#include "TestEscPosEncoder.moc"
