// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "print/ReceiptImageContent.h"

#include <QCoreApplication>

namespace saathi::print {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Receipt", text);
}

} // namespace

ReceiptImageContent ReceiptImageContent::from(const receipt::Receipt& r)
{
    ReceiptImageContent c;
    c.shopName = r.shopName();
    c.shopAddress = r.shopAddress();
    c.title = tr("AePS %1").arg(r.title()).toUpper();
    c.training = r.isTraining();
    c.duplicate = r.isDuplicate();
    QList<Row> fields;
    for (const receipt::Receipt::Line& line : r.fields()) {
        fields.append({line.label, line.value});
    }
    c.sections.append(fields);
    if (!r.miniStatement().isEmpty()) {
        QList<Row> rows;
        for (const aeps::MiniStatementEntry& e : r.miniStatement()) {
            rows.append({e.date + QLatin1Char(' ') + (e.credit ? tr("Cr") : tr("Dr")),
                         receipt::Receipt::formatRupees(e.amount) + QLatin1Char(' ') + e.narration});
        }
        c.sections.append(rows);
    }
    c.notes = r.notes();
    c.footer = tr("Keep this receipt for any dispute.");
    c.qrPayload = r.qrPayload();
    return c;
}

ReceiptImageContent ReceiptImageContent::from(const receipt::DmtReceipt& r)
{
    ReceiptImageContent c;
    c.shopName = r.shopName();
    c.shopAddress = r.shopAddress();
    c.title = r.title();
    c.training = r.isTraining();
    c.duplicate = r.isDuplicate();
    const auto rows = [](const QList<receipt::DmtReceipt::Line>& lines) {
        QList<Row> out;
        for (const receipt::DmtReceipt::Line& line : lines) {
            out.append({line.label, line.value});
        }
        return out;
    };
    c.sections.append(rows(r.fields()));
    for (const QList<receipt::DmtReceipt::Line>& part : r.parts()) {
        c.sections.append(rows(part));
    }
    c.notes = r.notes();
    c.footer = tr("Keep this receipt for any dispute.");
    c.qrPayload = r.qrPayload();
    return c;
}

} // namespace saathi::print
