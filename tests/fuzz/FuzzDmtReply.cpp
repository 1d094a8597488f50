// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// fuzz_dmt_reply: an Eko answer read as every DMT step on both rails, with the HTTP status and outcome the
// transport could have given it.
#include "FuzzInput.h"
#include "core/dmt/DmtReply.h"
#include "core/eko/EkoEnvelope.h"

using namespace saathi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::FuzzInput in(data, size);
    const uint8_t shape = in.byte();
    eko::EkoResponse response;
    response.httpStatus = shape & 0x1 ? 200 : 500 + (shape >> 4);
    response.outcome = static_cast<eko::Outcome>((shape >> 1) & 0x3);
    const QByteArray body = in.rest();
    if (const auto envelope = eko::parseEnvelope(body); envelope.ok()) {
        response.envelope = envelope.value();
        response.hasEnvelope = true;
    }
    response.redactedBody = eko::redactedBody(body);
    for (int step = 0; step <= int(dmt::DmtStep::Refund); ++step) {
        for (const dmt::Rail rail : {dmt::Rail::Classic, dmt::Rail::Fino}) {
            const dmt::DmtReply reply = dmt::DmtReply::interpret(static_cast<dmt::DmtStep>(step), rail,
                                                                 QStringLiteral("9876543210"), response);
            (void)reply.field();
        }
    }
    return 0;
}
