// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Test helper: prints N client_ref_ids from the process-wide generator, one per line.
#include "core/util/ClientRefId.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1;
    QByteArray out;
    out.reserve(qsizetype(count) * 20);
    for (int i = 0; i < count; ++i) {
        out += saathi::ClientRefIdGenerator::instance().next().toLatin1();
        out += '\n';
    }
    fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}
