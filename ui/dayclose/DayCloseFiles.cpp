// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/dayclose/DayCloseFiles.h"

#include <QFutureWatcher>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace saathi::ui {

namespace {

void runLater(std::function<Error()> work, QObject* context, DayCloseFiles::Done done)
{
    auto* watcher = new QFutureWatcher<Error>(context);
    QObject::connect(watcher, &QFutureWatcher<Error>::finished, context, [watcher, done = std::move(done)] {
        const Error error = watcher->future().resultCount() > 0 ? watcher->result() : Error {};
        watcher->deleteLater();
        if (done) {
            done(error);
        }
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

Error notSaved(const QString& detail)
{
    return {QStringLiteral("dayclose.file_not_saved"),
            DayCloseFiles::tr("The report could not be saved there: the disk may be full or the folder read-only. "
                              "Choose another folder."),
            detail};
}

} // namespace

Error DayCloseFiles::savePdf(const QString& title, const QString& html, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return notSaved(file.errorString());
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Saathi"));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    return file.commit() ? Error {} : notSaved(file.errorString());
}

Error DayCloseFiles::saveCsv(const QByteArray& csv, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size()) {
        return notSaved(file.errorString());
    }
    return file.commit() ? Error {} : notSaved(file.errorString());
}

void DayCloseFiles::savePdfLater(const QString& title, const QString& html, const QString& path, QObject* context,
                                 Done done)
{
    runLater([title, html, path] { return savePdf(title, html, path); }, context, std::move(done));
}

void DayCloseFiles::saveCsvLater(const QByteArray& csv, const QString& path, QObject* context, Done done)
{
    runLater([csv, path] { return saveCsv(csv, path); }, context, std::move(done));
}

} // namespace saathi::ui
