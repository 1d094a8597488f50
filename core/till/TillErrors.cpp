// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/till/TillErrors.h"

#include <QCoreApplication>

namespace saathi::till::errors {

namespace {
Error make(const char* code, const char* message, const QString& detail = QString())
{
    return Error {QLatin1String(code), QCoreApplication::translate("Till", message), detail};
}
} // namespace

Error noShift()
{
    return make("till.no_shift",
                QT_TRANSLATE_NOOP("Till",
                                  "No shift is open at the till. Open one with the cash in "
                                  "the drawer first."));
}

Error shiftOpen(const QString& operatorName)
{
    Error e = make("till.shift_open",
                   QT_TRANSLATE_NOOP("Till",
                                     "A shift is already open at the till (%1). Close it "
                                     "or hand it over first."),
                   operatorName);
    e.userMessage = e.userMessage.arg(operatorName);
    return e;
}

Error zeroMove()
{
    return make("till.bad_amount", QT_TRANSLATE_NOOP("Till", "Enter an amount other than zero."));
}

Error negativeCash()
{
    return make("till.bad_amount", QT_TRANSLATE_NOOP("Till", "Enter the cash as zero or more rupees."));
}

Error badReason()
{
    return make("till.bad_reason", QT_TRANSLATE_NOOP("Till", "Give a reason, in at most 200 characters."));
}

Error badOperator()
{
    return make("till.bad_operator", QT_TRANSLATE_NOOP("Till", "Give the operator's name, in at most 60 characters."));
}

Error operatorTaken(const QString& name)
{
    Error e = make("till.bad_operator",
                   QT_TRANSLATE_NOOP("Till", "An operator named %1 is already set up. Choose another name."), name);
    e.userMessage = e.userMessage.arg(name);
    return e;
}

Error unknownOperator(const QString& name)
{
    Error e = make("till.unknown_operator",
                   QT_TRANSLATE_NOOP("Till", "No operator named %1 is set up. Check the name in Settings."), name);
    e.userMessage = e.userMessage.arg(name);
    return e;
}

Error wrongPin()
{
    return make("till.wrong_pin", QT_TRANSLATE_NOOP("Till", "That PIN is not this operator's. Try again."));
}

Error badKey(const QString& key)
{
    return make("till.bad_key", QT_TRANSLATE_NOOP("Till", "The till could not record this step. Try again."),
                QStringLiteral("idempotency key of %1 characters").arg(key.size()));
}

} // namespace saathi::till::errors
