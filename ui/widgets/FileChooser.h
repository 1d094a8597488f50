// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>

class QWidget;

namespace saathi::ui {

// The one way screens ask for a file to open (onboarding documents) or a place to save (receipt PDF, history CSV),
// KeePassXC's MessageBox::setNextAnswer idea: a test presets the next answer and no dialog opens, so no test ever
// waits on a modal window. An empty answer means the agent cancelled.
class FileChooser
{
public:
    static QString openFile(QWidget* parent, const QString& caption, const QString& filter);
    static QString saveFile(QWidget* parent, const QString& caption, const QString& suggestedPath,
                            const QString& filter);
    // A folder (the PDF receipts' folder in Settings).
    static QString folder(QWidget* parent, const QString& caption, const QString& start);
    // The next openFile(), saveFile() or folder() returns `path` without showing a dialog (once).
    static void setNextAnswer(const QString& path);

private:
    static bool takeNextAnswer(QString* answer);
};

} // namespace saathi::ui
