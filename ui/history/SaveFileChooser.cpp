// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "history/SaveFileChooser.h"

#include <QFileDialog>

namespace saathi::ui {

QString& SaveFileChooser::nextAnswer()
{
    static QString answer;
    return answer;
}

bool& SaveFileChooser::hasNextAnswer()
{
    static bool has = false;
    return has;
}

void SaveFileChooser::setNextAnswer(const QString& path)
{
    nextAnswer() = path;
    hasNextAnswer() = true;
}

QString SaveFileChooser::saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                      const QString& filter)
{
    if (hasNextAnswer()) {
        hasNextAnswer() = false;
        return std::exchange(nextAnswer(), QString());
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

} // namespace saathi::ui
