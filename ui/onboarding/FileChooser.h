// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>

class QWidget;

namespace saathi::ui {

// The one way screens ask for a file (KeePassXC's MessageBox::setNextAnswer idea): a test presets the next answer
// and no dialog opens, so no test ever waits on a modal window. An empty answer means "cancelled".
class FileChooser
{
public:
    static QString openFile(QWidget* parent, const QString& caption, const QString& filter);
    static void setNextAnswer(const QString& path);

private:
    static QString s_nextAnswer;
    static bool s_hasNextAnswer;
};

} // namespace saathi::ui
