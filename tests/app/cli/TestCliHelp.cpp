// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// saathi-cli's help, as an integrator meets it: every command and sub-command of the real binary (walked from its
// own `help --all` listing) answers --help, -h and `help PATH` on stdout with exit 0, names its summary and every
// option it takes; every option the sources declare or read is documented; the exit codes are listed as README
// lists them; usage mistakes name the option and point at --help.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

using saathi::test::CliRun;
using saathi::test::runCli;

QString sourceDir()
{
    return qEnvironmentVariable("SAATHI_SOURCE_DIR");
}

} // namespace

class TestCliHelp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const CliRun r = runCli({QStringLiteral("help"), QStringLiteral("--all")});
        QCOMPARE(r.exitCode, 0);
        m_tree = r.json();
        m_commands = m_tree.value(QStringLiteral("commands")).toArray();
        QVERIFY2(m_commands.size() > 40, "the listing should hold the whole tree");
    }

    void everyCommandAndSubCommandHasHelp()
    {
        int leaves = 0;
        for (const QJsonValue& v : std::as_const(m_commands)) {
            const QJsonObject c = v.toObject();
            const QString path = c.value(QStringLiteral("path")).toString();
            const QString summary = c.value(QStringLiteral("summary")).toString();
            QVERIFY2(!summary.trimmed().isEmpty(), qPrintable(path + QStringLiteral(": no summary")));
            const QStringList words = path.split(QLatin1Char(' '));
            const CliRun help = runCli(words + QStringList {QStringLiteral("--help")});
            QVERIFY2(help.exitCode == 0,
                     qPrintable(path + QStringLiteral(": --help exit ") + QString::number(help.exitCode)));
            QVERIFY2(help.err.isEmpty(), qPrintable(path + QStringLiteral(": --help wrote to stderr: ") + help.err));
            const QString text = QString::fromUtf8(help.out);
            QVERIFY2(text.startsWith(QStringLiteral("saathi-cli %1: %2\n").arg(path, summary)), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("usage: saathi-cli ") + path), qPrintable(text));
            // The same text for -h and for `help PATH`.
            QCOMPARE(runCli(words + QStringList {QStringLiteral("-h")}).out, help.out);
            const CliRun viaHelp = runCli(QStringList {QStringLiteral("help")} + words);
            QCOMPARE(viaHelp.exitCode, 0);
            QCOMPARE(viaHelp.out, help.out);
            for (const QJsonValue& s : c.value(QStringLiteral("subcommands")).toArray()) {
                QVERIFY2(text.contains(QStringLiteral("\n  ") + s.toString() + QLatin1Char(' ')),
                         qPrintable(path + QStringLiteral(" does not list ") + s.toString()));
            }
            for (const QJsonValue& o : c.value(QStringLiteral("options")).toArray()) {
                const QJsonObject option = o.toObject();
                QStringList dashed;
                for (const QJsonValue& n : option.value(QStringLiteral("names")).toArray()) {
                    dashed << (n.toString().size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n.toString();
                }
                const QString name = dashed.join(QStringLiteral(", "));
                const QString description = option.value(QStringLiteral("description")).toString();
                QVERIFY2(description.size() > 3,
                         qPrintable(path + QLatin1Char(' ') + name + QStringLiteral(": no description")));
                QString shown = QStringLiteral("\n  ") + name;
                if (const QString value = option.value(QStringLiteral("value_name")).toString(); !value.isEmpty()) {
                    shown += QLatin1Char(' ') + value;
                }
                QVERIFY2(text.contains(shown),
                         qPrintable(path + QStringLiteral(": ") + shown + QStringLiteral(" not in its help")));
                // The explanation is there too (its first words; long ones wrap).
                const QString firstWords = description.section(QLatin1Char(' '), 0, 2);
                QVERIFY2(text.contains(firstWords), qPrintable(path + QStringLiteral(": ") + firstWords));
            }
            leaves += c.value(QStringLiteral("subcommands")).toArray().isEmpty() ? 1 : 0;
        }
        QVERIFY(leaves > 30);
    }

    // The two from the issue: `dmt --help` printed nothing (exit 2), `aeps --help` said "Unknown option 'help'".
    void groupHelpIsHelpNotAnError()
    {
        for (const char* group : {"dmt", "aeps", "agent", "journal", "receipt", "rd", "credentials", "support"}) {
            const CliRun r = runCli({QString::fromLatin1(group), QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains("Sub-commands:"));
            QVERIFY(!r.err.contains("Unknown option"));
        }
        const CliRun top = runCli({QStringLiteral("--help")});
        QCOMPARE(top.exitCode, 0);
        QVERIFY(top.out.contains("agent"));
        QCOMPARE(runCli({QStringLiteral("help")}).out, top.out);
    }

    // Every option name the sources declare (QCommandLineOption, the opt() helpers) or read by name
    // (p.value/values/isSet("name")) is documented in some command's help listing, and every documented option is
    // declared in the sources: an option added without its CommandSpec entry fails here.
    void everyOptionTheCodeReadsIsDocumented()
    {
        QSet<QString> documented;
        for (const QJsonValue& v : std::as_const(m_commands)) {
            for (const QJsonValue& o : v.toObject().value(QStringLiteral("options")).toArray()) {
                for (const QJsonValue& n : o.toObject().value(QStringLiteral("names")).toArray()) {
                    documented.insert(n.toString());
                }
            }
        }
        for (const QJsonValue& o : m_tree.value(QStringLiteral("global_options")).toArray()) {
            for (const QJsonValue& n : o.toObject().value(QStringLiteral("names")).toArray()) {
                documented.insert(n.toString());
            }
        }
        const QDir dir(sourceDir() + QStringLiteral("/app/cli"));
        const QStringList files = dir.entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files);
        QVERIFY2(files.size() > 20, qPrintable(dir.path()));
        static const QRegularExpression declared(
            QStringLiteral(R"(QCommandLineOption\s*\w*\s*[({]\s*\{?\s*QStringLiteral\("([A-Za-z0-9-]+)\"\))"
                           R"(|\bopt\("([A-Za-z0-9-]+)\")"));
        static const QRegularExpression read(QStringLiteral(
            R"(\b(?:p|parser|o\.parser)\.(?:value|values|isSet)\(\s*QStringLiteral\("([A-Za-z0-9-]+)\"\))"));
        QSet<QString> inSources;
        for (const QString& name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            for (const QRegularExpression* re : {&declared, &read}) {
                for (auto it = re->globalMatch(text); it.hasNext();) {
                    const auto m = it.next();
                    const QString option = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
                    if (QStringList {QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("v"),
                                     QStringLiteral("version")}
                            .contains(option)) {
                        continue; // the help and version options every level has
                    }
                    inSources.insert(option);
                    QVERIFY2(documented.contains(option),
                             qPrintable(QStringLiteral("--%1 (%2) is not in any command's help").arg(option, name)));
                }
            }
        }
        QVERIFY2(inSources.size() > 60, "the source scan found too few options: has the declaration style changed?");
        for (const QString& name : std::as_const(documented)) {
            QVERIFY2(inSources.contains(name) || name.size() == 1,
                     qPrintable(QStringLiteral("--%1 is documented but the scan did not find it").arg(name)));
        }
    }

    // `--help` lists the exit codes, and README's saathi-cli table lists the same ones.
    void exitCodesAreListedAsReadmeListsThem()
    {
        const QString help = QString::fromUtf8(runCli({QStringLiteral("--help")}).out);
        QFile readme(sourceDir() + QStringLiteral("/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString readmeText = QString::fromUtf8(readme.readAll());
        const QJsonArray codes = m_tree.value(QStringLiteral("exit_codes")).toArray();
        QCOMPARE(codes.size(), 8);
        // Issue #18: 5 is the pre-flight step's refusal; a full disk at the outcome moved from 5 to 6.
        QVERIFY(
            codes.at(5).toObject().value(QStringLiteral("meaning")).toString().contains(QLatin1String("pre-flight")));
        QCOMPARE(codes.at(6).toObject().value(QStringLiteral("code")).toInt(), 6);
        QVERIFY(
            codes.at(6).toObject().value(QStringLiteral("meaning")).toString().contains(QLatin1String("disk is full")));
        // Issue #19: 7 is a refusal by the counter's state (a day close while a till shift is open).
        QCOMPARE(codes.at(7).toObject().value(QStringLiteral("code")).toInt(), 7);
        QVERIFY(codes.at(7).toObject().value(QStringLiteral("meaning")).toString().contains(QLatin1String("refused")));
        for (const QJsonValue& v : codes) {
            const int code = v.toObject().value(QStringLiteral("code")).toInt();
            const QString meaning = v.toObject().value(QStringLiteral("meaning")).toString();
            QVERIFY2(help.contains(QStringLiteral("\n  %1  %2").arg(code).arg(meaning)), qPrintable(meaning));
            QVERIFY2(readmeText.contains(QStringLiteral("\n| %1 | ").arg(code)),
                     qPrintable(QStringLiteral("README's exit code table lacks %1").arg(code)));
        }
    }

    void usageMistakesNameTheOptionAndPointAtHelp()
    {
        CliRun r = runCli({QStringLiteral("aeps"), QStringLiteral("balance"), QStringLiteral("--nope")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unknown option '--nope'") && r.err.contains("saathi-cli aeps balance --help"),
                 r.err.constData());
        r = runCli({QStringLiteral("--nope"), QStringLiteral("agent"), QStringLiteral("services")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("'--nope'") && r.err.contains("--help"), r.err.constData());
        r = runCli({QStringLiteral("dmt"), QStringLiteral("teleport")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unknown dmt sub-command 'teleport'") && r.err.contains("saathi-cli dmt --help"),
                 r.err.constData());
        r = runCli({QStringLiteral("dmt")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("give a sub-command"));
        QVERIFY(r.out.isEmpty());
        // A global option given before a command that does not talk to Eko is refused there, by name.
        r = runCli({QStringLiteral("--config"), QStringLiteral("x.json"), QStringLiteral("validate"),
                    QStringLiteral("mobile"), QStringLiteral("9876543210")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unknown option '--config' for saathi-cli validate"), r.err.constData());
        r = runCli({QStringLiteral("--config")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("missing value after '--config'"));
    }

private:
    QJsonObject m_tree;
    QJsonArray m_commands;
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "TestCliHelp.moc"
