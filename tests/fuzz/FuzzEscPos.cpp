// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// fuzz_escpos: a receipt built from whatever Eko, the journal and the shop's settings hold (any length, any script),
// encoded for both paper widths. The printer's bytes must stay ASCII text plus the encoder's own commands.
#include "FuzzInput.h"
#include "core/receipt/EscPosEncoder.h"
#include "core/receipt/Receipt.h"

#include <cstdlib>

using namespace saathi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::FuzzInput in(data, size);
    const uint8_t shape = in.byte();
    journal::TransactionRecord record;
    record.id = 1;
    record.kind = static_cast<journal::TxKind>(shape % 7);
    record.state = static_cast<journal::TxState>((shape >> 3) % 9);
    record.amount = Paise {qint64(in.byte()) * 100'000 + in.byte()};
    record.createdAtMs = qint64(in.byte()) * 1'000'000'000LL;
    record.clientRefId = in.line();
    record.customerMobile = in.line();
    record.aadhaarLast4 = in.line();
    record.tid = in.line();
    record.rrn = in.line();
    record.message = in.line();
    aeps::AepsTransaction transaction;
    transaction.bankName = in.line();
    transaction.maskedAadhaar = in.line();
    transaction.reason = in.line();
    transaction.terminalId = in.line();
    transaction.stan = in.line();
    transaction.customerBalance = Paise {qint64(in.byte()) * 1000};
    transaction.hasCustomerBalance = shape & 0x80;
    for (int i = 0; i < (shape & 0x7) && !in.atEnd(); ++i) {
        transaction.miniStatement.append({in.line(), Paise {in.byte()}, in.line(), bool(i & 1)});
    }
    CounterIdentity identity;
    identity.shopName = in.line();
    identity.shopAddress = in.line();
    identity.agentName = in.line();
    identity.userCode = in.line();
    receipt::Receipt r = receipt::Receipt::build(record, transaction, identity, in.line());
    r.setTraining(shape & 0x40);
    for (const receipt::PaperWidth paper : {receipt::PaperWidth::Mm58, receipt::PaperWidth::Mm80}) {
        const QByteArray bytes = receipt::EscPosEncoder(paper).encode(r);
        if (bytes.isEmpty()) {
            std::abort(); // every receipt prints something (at least its title and the cut)
        }
    }
    for (const QByteArray& line : receipt::EscPosEncoder::asciiLines(r)) {
        for (const char c : line) {
            if (static_cast<unsigned char>(c) > 0x7e || (static_cast<unsigned char>(c) < 0x20 && c != '\n')) {
                std::abort(); // a control byte in a text line would be a printer command
            }
        }
    }
    (void)receipt::Receipt::wrap(in.line(), 1 + shape % 48);
    return 0;
}
