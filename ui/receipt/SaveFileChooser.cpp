// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "receipt/SaveFileChooser.h"

#include <QFileDialog>

namespace saathi::ui {

QString SaveFileChooser::s_nextAnswer;
bool SaveFileChooser::s_hasNextAnswer = false;

QString SaveFileChooser::saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                      const QString& filter)
{
    if (s_hasNextAnswer) {
        s_hasNextAnswer = false;
        return std::exchange(s_nextAnswer, QString());
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

void SaveFileChooser::setNextAnswer(const QString& path)
{
    s_nextAnswer = path;
    s_hasNextAnswer = true;
}

} // namespace saathi::ui
