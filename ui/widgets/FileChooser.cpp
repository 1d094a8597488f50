// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/widgets/FileChooser.h"

#include <QFileDialog>
#include <QStandardPaths>

#include <optional>

namespace saathi::ui {

namespace {
std::optional<QString>& nextAnswer()
{
    static std::optional<QString> answer;
    return answer;
}
} // namespace

void FileChooser::setNextAnswer(const QString& path)
{
    nextAnswer() = path;
}

bool FileChooser::takeNextAnswer(QString* answer)
{
    if (!nextAnswer()) {
        return false;
    }
    *answer = *std::exchange(nextAnswer(), std::nullopt);
    return true;
}

QString FileChooser::openFile(QWidget* parent, const QString& caption, const QString& filter)
{
    QString answer;
    if (takeNextAnswer(&answer)) {
        return answer;
    }
    return QFileDialog::getOpenFileName(parent, caption,
                                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter);
}

QString FileChooser::saveFile(QWidget* parent, const QString& caption, const QString& suggestedPath,
                              const QString& filter)
{
    QString answer;
    if (takeNextAnswer(&answer)) {
        return answer;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString FileChooser::folder(QWidget* parent, const QString& caption, const QString& start)
{
    QString answer;
    if (takeNextAnswer(&answer)) {
        return answer;
    }
    return QFileDialog::getExistingDirectory(parent, caption, start);
}

} // namespace saathi::ui
