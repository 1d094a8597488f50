// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace saathi::ui {

// The day's report saved as a file, on a worker thread (a slow disk never freezes the counter): the PDF laid out
// from the report's HTML, the CSV as DayCloseOutput made it. Each goes through a QSaveFile, so a full disk is told
// and a half-written file never replaces a good one. `done` runs on `context`'s thread, not at all if it is gone.
class DayCloseFiles
{
    Q_DECLARE_TR_FUNCTIONS(DayCloseFiles)

public:
    using Done = std::function<void(const Error& error)>;

    static void savePdfLater(const QString& title, const QString& html, const QString& path, QObject* context,
                             Done done);
    static void saveCsvLater(const QByteArray& csv, const QString& path, QObject* context, Done done);

private:
    static Error savePdf(const QString& title, const QString& html, const QString& path);
    static Error saveCsv(const QByteArray& csv, const QString& path);
};

} // namespace saathi::ui
