// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The .deb as a user gets it (issue #17): extracted into a scratch root with dpkg -x, it carries the programs, the
// desktop entry, AppStream metadata and the icon (hicolor SVG + PNG sizes that are the SVG's own pixels), Debian's
// copyright and changelog; every file is root's with standard modes; apt resolves its Depends on this Debian
// machine; and `saathi --self-test` run from the installed path, with nothing from the build tree and no settings,
// comes up in training mode and passes. scripts/quickstart.sh test builds the package before CTest runs; under CI
// a missing or stale package fails this test, elsewhere it skips with what to run.
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kIcon = QStringLiteral("in.saathi.Saathi");
const QList<int> kIconSizes {16, 24, 32, 48, 64, 128, 256, 512};

struct Run
{
    int exitCode = -1;
    QString output; // stdout and stderr, merged
};

Run run(const QString& program, const QStringList& args, const QProcessEnvironment& env = {},
        const QString& workingDir = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!env.isEmpty()) {
        p.setProcessEnvironment(env);
    }
    if (!workingDir.isEmpty()) {
        p.setWorkingDirectory(workingDir);
    }
    p.start(program, args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {-1, QStringLiteral("%1 did not finish: %2").arg(program, p.errorString())};
    }
    const int code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return {code, QString::fromUtf8(p.readAll())};
}

bool underCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

} // namespace

// Under CI every precondition is a failure; a developer's plain `ctest` skips with what to run.
#define REQUIRE_OR_SKIP(condition, message)                                                                            \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            if (underCi()) {                                                                                           \
                QFAIL(qPrintable(message));                                                                            \
            }                                                                                                          \
            QSKIP(qPrintable(message));                                                                                \
        }                                                                                                              \
    } while (false)

class TestDebPackage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        for (const char* tool : {"dpkg-deb", "desktop-file-validate", "appstreamcli", "apt-get"}) {
            REQUIRE_OR_SKIP(
                !QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                QStringLiteral("%1 is missing: scripts/quickstart.sh test installs it").arg(QLatin1String(tool)));
        }
        const QDir buildDir(qEnvironmentVariable("SAATHI_DEB_DIR"));
        const QFileInfoList debs = buildDir.entryInfoList({QStringLiteral("saathi_*.deb")}, QDir::Files, QDir::Time);
        const QString howTo
            = QStringLiteral("run `cmake --build %1 --target package` (scripts/quickstart.sh test does)")
                  .arg(buildDir.path());
        REQUIRE_OR_SKIP(!debs.isEmpty(), QStringLiteral("no saathi_*.deb in %1: %2").arg(buildDir.path(), howTo));
        m_deb = debs.first().absoluteFilePath(); // the newest
        const QFileInfo app(qEnvironmentVariable("SAATHI_APP"));
        REQUIRE_OR_SKIP(debs.first().lastModified() >= app.lastModified(),
                        QStringLiteral("%1 is older than %2: %3").arg(m_deb, app.filePath(), howTo));

        const Run version = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.output.startsWith(qEnvironmentVariable("SAATHI_VERSION") + QLatin1Char('-')),
                 qPrintable(version.output));

        QVERIFY(m_root.isValid());
        const Run extract = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root.path()});
        QVERIFY2(extract.exitCode == 0, qPrintable(extract.output));
    }

    void carriesProgramsDocsAndDesktopFiles()
    {
        for (const QString& program : {QStringLiteral("saathi"), QStringLiteral("saathi-cli"),
                                       QStringLiteral("saathi-eko-sandbox"), QStringLiteral("saathi-rd-sandbox")}) {
            const QFileInfo bin(path(QStringLiteral("usr/bin/") + program));
            QVERIFY2(bin.isFile() && bin.isExecutable(), qPrintable(bin.filePath()));
            QVERIFY2(QFileInfo::exists(path(QStringLiteral("usr/share/man/man1/%1.1.gz").arg(program))),
                     qPrintable(program));
        }
        for (const char* file :
             {"usr/share/doc/saathi/copyright", "usr/share/doc/saathi/changelog.Debian.gz",
              "usr/share/applications/in.saathi.Saathi.desktop", "usr/share/metainfo/in.saathi.Saathi.metainfo.xml",
              "usr/share/lintian/overrides/saathi"}) {
            QVERIFY2(QFileInfo(path(QLatin1String(file))).isFile(), file);
        }
        // Nothing may point back at the build tree: no RUNPATH at all (Debian's libraries are on the default path).
        const Run dynamic
            = run(QStringLiteral("readelf"), {QStringLiteral("-d"), path(QStringLiteral("usr/bin/saathi"))});
        QCOMPARE(dynamic.exitCode, 0);
        QVERIFY2(!dynamic.output.contains(QStringLiteral("RUNPATH"))
                     && !dynamic.output.contains(QStringLiteral("RPATH")),
                 qPrintable(dynamic.output));
    }

    void iconPngsAreTheSvgsPixels()
    {
        const QString svgPath = path(QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(kIcon));
        QSvgRenderer svg(svgPath);
        QVERIFY2(svg.isValid(), qPrintable(svgPath));
        for (const int size : kIconSizes) {
            const QString pngPath
                = path(QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kIcon));
            const QImage png = QImage(pngPath).convertToFormat(QImage::Format_ARGB32);
            QVERIFY2(!png.isNull(), qPrintable(pngPath));
            QCOMPARE(png.size(), QSize(size, size));
            QImage expected(size, size, QImage::Format_ARGB32_Premultiplied);
            expected.fill(Qt::transparent);
            QPainter painter(&expected);
            painter.setRenderHint(QPainter::Antialiasing);
            svg.render(&painter);
            painter.end();
            QVERIFY2(png == expected.convertToFormat(QImage::Format_ARGB32), qPrintable(pngPath));
            // Legible: the white mark is there at every size (not a blank or transparent tile).
            int white = 0;
            for (int y = 0; y < size; ++y) {
                for (int x = 0; x < size; ++x) {
                    white += qRed(png.pixel(x, y)) > 200 && qAlpha(png.pixel(x, y)) == 255 ? 1 : 0;
                }
            }
            QVERIFY2(white * 20 > size * size,
                     qPrintable(QStringLiteral("%1: %2 white pixels").arg(pngPath).arg(white)));
        }
    }

    void filesAreRootsWithStandardModes()
    {
        const Run listing = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
        QCOMPARE(listing.exitCode, 0);
        int entries = 0;
        for (const QString& line : listing.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts); // mode owner size date time path
            QVERIFY2(f.size() >= 6, qPrintable(line));
            QCOMPARE(f.at(1), QStringLiteral("root/root"));
            const QString& name = f.at(5);
            const QString mode = f.at(0);
            const QString expected = mode.startsWith(QLatin1Char('d')) || name.startsWith(QLatin1String("./usr/bin/"))
                ? QStringLiteral("rwxr-xr-x")
                : QStringLiteral("rw-r--r--");
            QVERIFY2(mode.mid(1) == expected, qPrintable(line));
            ++entries;
        }
        QVERIFY(entries > 20);
    }

    void desktopEntryValidatesAndStartsTheInstalledProgram()
    {
        const QString desktop = path(QStringLiteral("usr/share/applications/%1.desktop").arg(kIcon));
        const Run validate = run(QStringLiteral("desktop-file-validate"), {desktop});
        QVERIFY2(validate.exitCode == 0 && validate.output.trimmed().isEmpty(), qPrintable(validate.output));
        QFile file(desktop);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QRegularExpressionMatch exec
            = QRegularExpression(QStringLiteral("^Exec=(\\S+)$"), QRegularExpression::MultilineOption).match(text);
        QVERIFY2(exec.hasMatch(), qPrintable(text));
        QVERIFY2(QFileInfo(path(QStringLiteral("usr/bin/") + exec.captured(1))).isExecutable(),
                 qPrintable(exec.captured(1)));
        QVERIFY2(text.contains(QStringLiteral("\nIcon=%1\n").arg(kIcon)), qPrintable(text));
    }

    void metainfoValidates()
    {
        const Run validate = run(QStringLiteral("appstreamcli"),
                                 {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                  path(QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(kIcon))});
        QVERIFY2(validate.exitCode == 0, qPrintable(validate.output));
        QVERIFY2(!validate.output.contains(
                     QRegularExpression(QStringLiteral("^[EW]: "), QRegularExpression::MultilineOption)),
                 qPrintable(validate.output));
    }

    void aptResolvesItsDependsOnThisMachine()
    {
        // A simulation needs no root: every Depends is a Debian package apt knows (and here, already installed).
        const Run simulate = run(QStringLiteral("apt-get"), {QStringLiteral("-s"), QStringLiteral("install"), m_deb});
        QVERIFY2(simulate.exitCode == 0, qPrintable(simulate.output));
        QVERIFY2(simulate.output.contains(QStringLiteral("Inst saathi "))
                     || simulate.output.contains(QStringLiteral("saathi is already the newest version")),
                 qPrintable(simulate.output));
        QVERIFY2(!simulate.output.contains(QStringLiteral("Remv ")), qPrintable(simulate.output));
        const Run depends = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
        for (const char* runtime :
             {"libqt6sql6-sqlite", "gnome-keyring | kwalletmanager", "libqt6gui6", "libqt6network6"}) {
            QVERIFY2(depends.output.contains(QLatin1String(runtime)), runtime);
        }
    }

    void selfTestFromTheInstalledPathOpensTraining()
    {
        // As from the menu on a fresh account: no settings, no journal path, nothing of the build's environment.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), path(QStringLiteral("usr/bin")) + QStringLiteral(":/usr/bin:/bin"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("share")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const char* session : {"DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"}) { // the keyring's session
            if (qEnvironmentVariableIsSet(session)) {
                env.insert(QLatin1String(session), qEnvironmentVariable(session));
            }
        }
        const Run selfTest
            = run(path(QStringLiteral("usr/bin/saathi")), {QStringLiteral("--self-test")}, env, home.path());
        QVERIFY2(selfTest.exitCode == 0, qPrintable(selfTest.output));
        QVERIFY2(selfTest.output.contains(QStringLiteral("Eko: connected")), qPrintable(selfTest.output));
        QVERIFY2(selfTest.output.contains(QRegularExpression(QStringLiteral("Fingerprint device: .* ready"))),
                 qPrintable(selfTest.output));
        // Training, not UAT or production: the journal it opened is training's, in the fresh data folder.
        QStringList journals;
        for (QDirIterator it(home.filePath(QStringLiteral("share")), {QStringLiteral("journal-*.sqlite")}, QDir::Files,
                             QDirIterator::Subdirectories);
             it.hasNext();) {
            journals << QFileInfo(it.next()).fileName();
        }
        QCOMPARE(journals, QStringList {QStringLiteral("journal-training.sqlite")});

        const Run cli
            = run(path(QStringLiteral("usr/bin/saathi-cli")), {QStringLiteral("--version")}, env, home.path());
        QVERIFY2(cli.exitCode == 0 && cli.output.contains(qEnvironmentVariable("SAATHI_VERSION")),
                 qPrintable(cli.output));
    }

private:
    QString path(const QString& relative) const { return m_root.filePath(relative); }

    QString m_deb;
    QTemporaryDir m_root;
};

QTEST_GUILESS_MAIN(TestDebPackage)
#include "TestDebPackage.moc"
