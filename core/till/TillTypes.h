// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/JournalTypes.h"
#include "core/util/Money.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace saathi::till {

// Which way a journaled transaction moves the drawer's cash (issue #19). An AePS cash withdrawal hands cash out; a
// DMT transfer takes the customer's cash in; Aadhaar Pay pays for goods, so by default no cash moves. Configured per
// kind in the settings file (`till/cash_direction/<reportKey>` = in | out | none).
enum class CashDirection { In, Out, None };

QString wireName(CashDirection direction);
// The kind's key in the till's settings and the day close's JSON: the journal's wire name, except that an AePS
// withdrawal is "cash_withdrawal" (issue #19's public names). parseReportKey also takes the journal's name.
QString reportKey(journal::TxKind kind);
bool parseReportKey(const QString& text, journal::TxKind* out);
bool parseDirection(const QString& text, CashDirection* out);

class CashDirections
{
public:
    // cash_withdrawal out, aadhaar_pay none, dmt_transfer in, refund out (a DMT refund's cash goes back to the
    // customer), settlement/balance_enquiry/mini_statement none.
    static CashDirections defaults();
    // The defaults, overridden by `till/cash_direction/<kind>`; an unknown value keeps the default.
    static CashDirections fromSettings(const QSettings& settings);

    CashDirection of(journal::TxKind kind) const;
    void set(journal::TxKind kind, CashDirection direction);
    // +amount (in), -amount (out) or 0 (none).
    Paise signedCash(journal::TxKind kind, Paise amount) const;

private:
    QHash<int, CashDirection> m_directions;
};

// One operator's shift at the drawer. Open while closedAtMs == 0.
struct Shift
{
    qint64 id = 0;
    QString operatorName;
    qint64 openedAtMs = 0; // UTC ms
    QString istDay; // "2026-12-07": the IST day the shift was opened on (the day close's key)
    Paise openingCash;
    std::optional<Paise> evalueOpen; // the E-value wallet when the shift opened, when it was known
    qint64 previousShiftId = 0; // a hand-over: the shift whose drawer this one took over
    qint64 closedAtMs = 0;
    std::optional<Paise> expectedCash; // frozen at close
    std::optional<Paise> countedCash;
    std::optional<Paise> difference; // counted - expected: negative is a shortfall
    std::optional<Paise> evalueClose;
    QString handedTo; // the operator who took the drawer over, when the close was a hand-over

    bool isNull() const { return id == 0; }
    bool isOpen() const { return id != 0 && closedAtMs == 0; }
};

// Cash added to (+) or taken from (-) the drawer by hand, with the reason. Never zero; never changed afterwards.
struct TillMove
{
    qint64 id = 0;
    qint64 shiftId = 0;
    qint64 atMs = 0;
    Paise amount; // signed
    QString reason;
    QString operatorName;
    QString moveKey;
};

// One kind's effect on the drawer during a shift (successful rows only: cash changes hands only on success).
struct KindCash
{
    journal::TxKind kind = journal::TxKind::AepsWithdrawal;
    CashDirection direction = CashDirection::None;
    int count = 0;
    Paise amount; // total of the rows' amounts (unsigned)
    Paise cash; // their signed effect on the drawer
};

// The drawer's arithmetic for a shift: expected = opening + moves + Σ kinds' cash.
struct ShiftReport
{
    Shift shift;
    QList<TillMove> moves; // oldest first
    Paise movesTotal; // signed
    QList<KindCash> kinds; // kinds with at least one successful row in the shift, in TxKind order
    Paise transactionsCash; // signed
    Paise expectedCash;
    // Successful money rows in the shift that are not counted (a kind whose direction is none is still listed in
    // kinds with cash 0); open rows (pending/unknown) are never counted until they succeed.
    int openRows = 0;
};

struct OpenShiftRequest
{
    QString key; // idempotency: the same key again returns the shift it opened
    QString operatorName;
    Paise openingCash;
    std::optional<Paise> evalueOpen;
};

struct MoveRequest
{
    QString key; // idempotency: the same key again returns the move it recorded, never a second one
    Paise amount; // signed, not zero
    QString reason;
};

struct CloseRequest
{
    QString key; // idempotency: the same key again returns the first close's result
    Paise counted;
    std::optional<Paise> evalueClose;
    // A hand-over: the next operator opens a shift at once with the counted cash (one transaction with the close).
    QString handOverTo;
};

struct CloseResult
{
    Shift closed; // expectedCash, countedCash and difference are set
    ShiftReport report; // the arithmetic as it stood at the close
    Shift next; // the hand-over's new shift; null when there was none
};

} // namespace saathi::till
