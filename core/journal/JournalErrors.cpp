// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/journal/JournalErrors.h"

#include <QCoreApplication>

namespace saathi::journal {

Error diskFullError(const QString& detail)
{
    return Error {QString::fromLatin1(kDiskFullCode),
                  QCoreApplication::translate("Journal",
                                              "The disk is full: free some disk space, then try again. Saathi "
                                              "sends nothing it cannot first save in the transaction journal."),
                  detail};
}

bool isDiskFull(const Error& error)
{
    return error.code == QLatin1String(kDiskFullCode);
}

Error outcomeNotSavedError(const Error& cause)
{
    return Error {QString::fromLatin1(kOutcomeNotSavedCode),
                  QCoreApplication::translate("Journal",
                                              "Saved as pending: free some disk space. The disk is full, so the "
                                              "answer could not be saved. Do not repeat this transaction and do "
                                              "not give cash now; Saathi checks it with Eko once there is space."),
                  cause.detail};
}

} // namespace saathi::journal
