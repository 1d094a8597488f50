// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "app/icon/AppIcon.h"

#include <QDirIterator>

namespace saathi {

QIcon appIcon()
{
    // app/icon/AppIcon.cmake embeds the rendered hicolor tree: :/icons/app/<N>x<N>/apps/in.saathi.Saathi.png.
    QIcon icon;
    QDirIterator png(QStringLiteral(":/icons/app"), {QStringLiteral("*.png")}, QDir::Files,
                     QDirIterator::Subdirectories);
    while (png.hasNext()) {
        icon.addFile(png.next());
    }
    return icon;
}

} // namespace saathi
