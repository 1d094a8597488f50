// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "print/ReceiptImage.h"

#include "core/receipt/ReceiptHeader.h"
#include "print/MonoImage.h"
#include "print/QrCode.h"

#include <QCoreApplication>
#include <QPainter>

namespace saathi::print {

using receipt::PaperWidth;

namespace {

constexpr int kMargin = 8; // dots left and right: the head's outermost dots print faintly
constexpr int kGap = 6; // between rows and around rules

// Lays the content out top to bottom. Run twice: without a painter it only measures (the height), then with one
// it paints; both passes take the same steps, so they agree to the dot.
class Layout
{
public:
    Layout(int width, QPainter* painter)
        : m_width(width)
        , m_painter(painter)
    {
    }

    int y() const { return m_y; }
    void space(int dots) { m_y += dots; }

    void text(const QString& text, const QFont& font, int flags, int left, int width)
    {
        m_y += textBox(text, font, flags, left, width);
    }
    // Wrapped text in a box; returns its height (y does not move).
    int textBox(const QString& text, const QFont& font, int flags, int left, int width)
    {
        if (text.isEmpty()) {
            return 0;
        }
        const QRect box(left, m_y, width, 100000);
        const int f = flags | Qt::TextWordWrap;
        if (!m_painter) {
            return QFontMetrics(font, &m_probe).boundingRect(box, f, text).height();
        }
        m_painter->setFont(font);
        QRect used;
        m_painter->drawText(box, f, text, &used);
        return used.height();
    }
    void rule()
    {
        m_y += kGap;
        if (m_painter) {
            m_painter->fillRect(QRect(kMargin, m_y, m_width - 2 * kMargin, 2), Qt::black);
        }
        m_y += 2 + kGap;
    }
    // Text centred in a black box (white on black): the DUPLICATE mark.
    void inverted(const QString& text, const QFont& font)
    {
        const int inner = m_width - 2 * kMargin;
        const int h = QFontMetrics(font, &m_probe)
                          .boundingRect(QRect(0, 0, inner, 100000), Qt::AlignHCenter | Qt::TextWordWrap, text)
                          .height()
            + 2 * kGap;
        if (m_painter) {
            m_painter->fillRect(QRect(kMargin, m_y, inner, h), Qt::black);
            m_painter->setPen(Qt::white);
            m_painter->setFont(font);
            m_painter->drawText(QRect(kMargin, m_y + kGap, inner, h), Qt::AlignHCenter | Qt::TextWordWrap, text);
            m_painter->setPen(Qt::black);
        }
        m_y += h;
    }
    void picture(const QImage& image)
    {
        if (m_painter) {
            m_painter->drawImage((m_width - image.width()) / 2, m_y, image);
        }
        m_y += image.height();
    }

private:
    int m_width;
    QPainter* m_painter;
    QImage m_probe {1, 1, QImage::Format_Grayscale8}; // a 96-dpi device for QFontMetrics, like the paint pass's
    int m_y = 0;
};

void lay(Layout& l, const ReceiptImageContent& c, int width)
{
    const int inner = width - 2 * kMargin;
    const int labelWidth = inner * 2 / 5;
    const int body = ReceiptImage::kBodyPixels;
    const QFont shop = ReceiptImage::font(body + 8, true);
    const QFont bodyFont = ReceiptImage::font(body);
    const QFont bold = ReceiptImage::font(body, true);
    const QFont small = ReceiptImage::font(body - 2);
    l.space(kGap);
    l.text(c.shopName, shop, Qt::AlignHCenter, kMargin, inner);
    l.text(c.shopAddress, small, Qt::AlignHCenter, kMargin, inner);
    l.space(kGap);
    l.text(c.title, ReceiptImage::font(body + 2, true), Qt::AlignHCenter, kMargin, inner);
    if (c.training) {
        l.text(QCoreApplication::translate("Receipt", "TRAINING — NOT A REAL TRANSACTION"), bold, Qt::AlignHCenter,
               kMargin, inner);
    }
    if (c.duplicate) {
        l.space(kGap);
        l.inverted(receipt::duplicateMark(), ReceiptImage::font(body + 12, true));
    }
    for (const QList<ReceiptImageContent::Row>& section : c.sections) {
        if (section.isEmpty()) {
            continue;
        }
        l.rule();
        for (const ReceiptImageContent::Row& row : section) {
            const int left = l.textBox(row.label, small, Qt::AlignLeft, kMargin, labelWidth - kGap);
            const int right = l.textBox(row.value, bold, Qt::AlignLeft, kMargin + labelWidth, inner - labelWidth);
            l.space(qMax(left, right) + 2);
        }
    }
    if (!c.notes.isEmpty()) {
        l.rule();
        for (const QString& note : c.notes) {
            l.text(note, bodyFont, Qt::AlignLeft, kMargin, inner);
            l.space(kGap);
        }
    }
    l.rule();
    l.text(c.footer, small, Qt::AlignHCenter, kMargin, inner);
    const QImage qr = QrCode::image(c.qrPayload, width >= 576 ? 5 : 4);
    if (!qr.isNull()) {
        l.space(kGap);
        l.picture(qr);
    }
    l.space(kGap);
}

} // namespace

int ReceiptImage::dotWidth(PaperWidth paper)
{
    return paper == PaperWidth::Mm80 ? 576 : 384; // 72 mm and 48 mm printable at 8 dots/mm
}

QFont ReceiptImage::font(int pixels, bool bold)
{
    QFont f;
    f.setFamilies({QString::fromLatin1(kFontFamily), QStringLiteral("Noto Sans")});
    f.setPixelSize(pixels);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferFullHinting);
    return f;
}

QImage ReceiptImage::render(const ReceiptImageContent& content, PaperWidth paper)
{
    const int width = dotWidth(paper);
    Layout measure(width, nullptr);
    lay(measure, content, width);
    // Grey first, anti-aliased: thresholded to 1 bit it keeps thin Devanagari strokes better than aliased text.
    QImage grey(width, measure.y(), QImage::Format_Grayscale8);
    grey.fill(Qt::white);
    {
        QPainter painter(&grey);
        painter.setPen(Qt::black);
        Layout paint(width, &painter);
        lay(paint, content, width);
    }
    return mono::fromImage(grey);
}

QImage ReceiptImage::render(const receipt::Receipt& receipt, PaperWidth paper)
{
    return render(ReceiptImageContent::from(receipt), paper);
}

QImage ReceiptImage::render(const receipt::DmtReceipt& receipt, PaperWidth paper)
{
    return render(ReceiptImageContent::from(receipt), paper);
}

} // namespace saathi::print
