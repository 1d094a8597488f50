// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "onboarding/FileChooser.h"

#include <QFileDialog>
#include <QStandardPaths>

namespace saathi::ui {

QString FileChooser::s_nextAnswer;
bool FileChooser::s_hasNextAnswer = false;

QString FileChooser::openFile(QWidget* parent, const QString& caption, const QString& filter)
{
    if (s_hasNextAnswer) {
        s_hasNextAnswer = false;
        return std::exchange(s_nextAnswer, QString());
    }
    return QFileDialog::getOpenFileName(parent, caption,
                                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter);
}

void FileChooser::setNextAnswer(const QString& path)
{
    s_nextAnswer = path;
    s_hasNextAnswer = true;
}

} // namespace saathi::ui
