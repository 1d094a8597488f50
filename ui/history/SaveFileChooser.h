// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>

class QWidget;

namespace saathi::ui {

// The save-file dialog behind a wrapper whose next answer a test presets (KeePassXC's MessageBox idea), so no
// test ever waits on a modal dialog.
class SaveFileChooser
{
public:
    // Empty: cancelled.
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                const QString& filter);
    // The next saveFileName() returns this without showing anything (once).
    static void setNextAnswer(const QString& path);

private:
    static QString& nextAnswer();
    static bool& hasNextAnswer();
};

} // namespace saathi::ui
