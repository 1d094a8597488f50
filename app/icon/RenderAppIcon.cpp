// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Build tool: renders the application icon's SVG into the hicolor theme's PNG sizes,
//     saathi-render-icon <icon.svg> <folder> <size>...   writes <folder>/<N>x<N>/apps/<icon>.png
// so the package's PNGs and the window icon are the SVG's own pixels at every build, never a stale copy.
#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char* argv[])
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s <icon.svg> <folder> <size>...\n", argv[0]);
        return 2;
    }
    const QString svgPath = QString::fromLocal8Bit(argv[1]);
    QSvgRenderer svg(svgPath);
    if (!svg.isValid()) {
        std::fprintf(stderr, "saathi-render-icon: %s is not a valid SVG\n", argv[1]);
        return 1;
    }
    const QString name = QFileInfo(svgPath).completeBaseName(); // in.saathi.Saathi.svg -> in.saathi.Saathi
    const QString folder = QString::fromLocal8Bit(argv[2]);
    for (int i = 3; i < argc; ++i) {
        bool ok = false;
        const int size = QByteArray(argv[i]).toInt(&ok);
        if (!ok || size <= 0) {
            std::fprintf(stderr, "saathi-render-icon: %s is not a size in pixels\n", argv[i]);
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString apps = QStringLiteral("%1/%2x%2/apps").arg(folder).arg(size);
        const QString png = apps + QLatin1Char('/') + name + QStringLiteral(".png");
        if (!QDir().mkpath(apps) || !image.convertToFormat(QImage::Format_ARGB32).save(png, "PNG")) {
            std::fprintf(stderr, "saathi-render-icon: cannot write %s\n", qPrintable(png));
            return 1;
        }
    }
    return 0;
}
