// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/receipt/DmtReceipt.h"
#include "core/receipt/Receipt.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace saathi::print {

// What a receipt picture shows, the same shape for AePS and DMT receipts: ReceiptImage lays this out.
struct ReceiptImageContent
{
    struct Row
    {
        QString label;
        QString value;
    };

    QString shopName;
    QString shopAddress;
    QString title;
    bool training = false;
    bool duplicate = false;
    QList<QList<Row>> sections; // separated by rules: the fields, then each DMT part, then the mini statement
    QStringList notes;
    QString footer;
    QString qrPayload;

    static ReceiptImageContent from(const receipt::Receipt& receipt);
    static ReceiptImageContent from(const receipt::DmtReceipt& receipt);
};

} // namespace saathi::print
