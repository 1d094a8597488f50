// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// fuzz_eko_envelope: any body Eko (or something in between) can answer, through the envelope and the AePS reading.
#include "core/eko/AepsTransaction.h"
#include "core/eko/EkoEnvelope.h"

#include <cstddef>
#include <cstdint>

using namespace saathi::eko;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)redactedBody(body);
    const auto envelope = parseEnvelope(body);
    if (!envelope.ok()) {
        return 0;
    }
    const EkoEnvelope& e = envelope.value();
    (void)e.reason();
    (void)e.integer(QStringLiteral("tx_status"));
    saathi::Paise amount;
    (void)e.amount(QStringLiteral("amount"), &amount);
    (void)AepsTransaction::fromEnvelope(e);
    return 0;
}
