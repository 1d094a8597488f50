// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QIcon>

namespace saathi {

// The application icon (in.saathi.Saathi) at every size the build rendered from its SVG, read from the binary's own
// resources: the window icon on every platform, with no icon theme and no SVG plugin needed at run time.
QIcon appIcon();

} // namespace saathi
