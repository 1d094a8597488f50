// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>

class QWidget;

namespace saathi::ui {

// The one way the receipt screens ask where to save (ui/onboarding/FileChooser does the same for opening files)
// (KeePassXC's MessageBox::setNextAnswer idea): a test presets the next answer, so no modal file dialog ever blocks it.
// An empty answer means the agent cancelled.
class SaveFileChooser
{
public:
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                const QString& filter);
    // The next saveFileName() returns `path` without showing a dialog (once).
    static void setNextAnswer(const QString& path);

private:
    static QString s_nextAnswer;
    static bool s_hasNextAnswer;
};

} // namespace saathi::ui
