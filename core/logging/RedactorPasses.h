// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/logging/Redactor.h"

#include <QList>

// The redactor's passes (private to core/logging). Each reads the input left to right and never goes back more
// than a bounded distance, so each is linear; each adds what it read to Stats::steps.
namespace saathi::redact::pass {

// <PidData …>…</PidData> (or to the end) → "<PidData redacted/>"; <Skey|Hmac|Data …>text</…> → "<Skey redacted/>".
QString pidBlocks(const QString& s, Stats& stats);

// Values of sensitive fields in JSON, form and header syntax → [redacted].
QString sensitiveFields(const QString& s, Stats& stats);

struct Range
{
    qsizetype begin = 0;
    qsizetype end = 0; // exclusive
};

// In a JSON text: the value ranges of identifier fields (isIdentifierField) that look like identifiers, in order.
QList<Range> identifierValues(const QString& json, Stats& stats);

// Masks Verhoeff-valid 12- and 16-digit windows of digit sequences (see Redactor.h); `keep` ranges (sorted, not
// overlapping) are copied verbatim and end a sequence.
QString numbers(const QString& s, const QList<Range>& keep, Stats& stats);

} // namespace saathi::redact::pass
