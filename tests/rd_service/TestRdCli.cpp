// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "sandbox/rd/RdSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using saathi::sandbox::rd::RdSimulator;

// saathi-cli rd discover | info | capture against the in-process simulator: JSON on stdout, errors on stderr with
// a non-zero exit (README "saathi-cli").
class TestRdCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // The simulator lives in this process, so the CLI runs asynchronously while our event loop serves it.
    static Run run(const QStringList& args)
    {
        QProcess p;
        p.start(qEnvironmentVariable("SAATHI_CLI"), args);
        Run r;
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 20000)) {
            p.kill();
            p.waitForFinished(1000);
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(!qEnvironmentVariable("SAATHI_CLI").isEmpty()); }

    void discoverInfoAndCapturePrintJson()
    {
        RdSimulator sim;
        sim.setCaptureDelayMs(10);
        QVERIFY(sim.listen(0));
        const QString port = QString::number(sim.serverPort());

        const Run discover = run({QStringLiteral("rd"), QStringLiteral("discover"), QStringLiteral("--ports"),
                                  port + QLatin1Char('-') + port});
        QCOMPARE(discover.exitCode, 0);
        const QJsonObject found = QJsonDocument::fromJson(discover.out).object();
        QCOMPARE(found.value(QStringLiteral("services")).toArray().size(), 1);
        const QJsonObject service = found.value(QStringLiteral("services")).toArray().first().toObject();
        QCOMPARE(service.value(QStringLiteral("status")).toString(), QStringLiteral("READY"));
        QCOMPARE(service.value(QStringLiteral("info")).toString(), sim.profile().info);
        QVERIFY(found.contains(QStringLiteral("ms")));

        const Run info = run({QStringLiteral("rd"), QStringLiteral("info"), QStringLiteral("--port"), port});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject device
            = QJsonDocument::fromJson(info.out).object().value(QStringLiteral("device")).toObject();
        QCOMPARE(device.value(QStringLiteral("model")).toString(), sim.profile().mi);
        QCOMPARE(device.value(QStringLiteral("serial")).toString(), sim.profile().serial());

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("pid.xml"));
        const Run capture = run({QStringLiteral("rd"), QStringLiteral("capture"), QStringLiteral("--port"), port,
                                 QStringLiteral("--wadh"), QStringLiteral("abc="), QStringLiteral("--out"), file});
        QCOMPARE(capture.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(capture.out).object().value(QStringLiteral("errCode")).toString(),
                 QStringLiteral("0"));
        QVERIFY(!capture.out.contains("<PidData")); // the PID goes to the file only
        QFile pid(file);
        QVERIFY(pid.open(QIODevice::ReadOnly));
        QVERIFY(pid.readAll().contains("<PidData>"));
        QCOMPARE(sim.lastPidOptions().value(QStringLiteral("wadh")), QStringLiteral("abc="));
    }

    void failuresGoToStderrWithNonZeroExit()
    {
        RdSimulator sim;
        sim.setFault(RdSimulator::Fault::NeedsReinit);
        QVERIFY(sim.listen(0));
        const Run capture = run({QStringLiteral("rd"), QStringLiteral("capture"), QStringLiteral("--port"),
                                 QString::number(sim.serverPort())});
        QCOMPARE(capture.exitCode, 1);
        QVERIFY(capture.out.isEmpty());
        QVERIFY(capture.err.contains("rd.740"));
        const QString port = QString::number(sim.serverPort());
        sim.close();
        const Run nothing = run({QStringLiteral("rd"), QStringLiteral("discover"), QStringLiteral("--port"), port});
        QCOMPARE(nothing.exitCode, 1);
        const Run usage = run({QStringLiteral("rd"), QStringLiteral("fly")});
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestRdCli)
#include "TestRdCli.moc"
