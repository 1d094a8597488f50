// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/device/DeviceErrors.h"
#include "core/device/QualityGate.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;
using namespace saathi::device;

namespace {

PidData pid(const QString& qScore, const QString& nmPoints, const QString& dpId = QStringLiteral("MANTRA.MSIPL"))
{
    PidData p;
    p.errCode = QStringLiteral("0");
    p.qScoreText = qScore;
    p.nmPointsText = nmPoints;
    p.device.dpId = dpId;
    return p;
}

} // namespace

// The gate's thresholds, vendors, settings and coach, without a device (issue #18; rd-service.md §7).
class TestQualityGate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInDefaultRefusesBelowEkosFigures()
    {
        const QualityGate gate;
        QCOMPARE(gate.threshold(QStringLiteral("default")), (QualityThreshold {45, 35}));
        QVERIFY(gate.check(pid(QStringLiteral("45"), QStringLiteral("35"))).isNull());
        const QualityRefusal low = gate.check(pid(QStringLiteral("44"), QStringLiteral("60")));
        QCOMPARE(low.figure, QualityFigure::QScore);
        QCOMPARE(low.value, 44);
        QCOMPARE(low.threshold, 45);
        QCOMPARE(low.vendorKey, QStringLiteral("default"));
        const QualityRefusal few = gate.check(pid(QStringLiteral("80"), QStringLiteral("34")));
        QCOMPARE(few.figure, QualityFigure::NmPoints);
        QCOMPARE(few.value, 34);
        QCOMPARE(few.threshold, 35);
    }

    void aFigureTheDeviceDoesNotReportPasses()
    {
        const QualityGate gate;
        QVERIFY(gate.check(pid(QString(), QString())).isNull());
        QVERIFY(gate.check(pid(QStringLiteral("80"), QString())).isNull()); // no nmPoints: that part passes
        QVERIFY(gate.check(pid(QString(), QStringLiteral("40"))).isNull()); // no qScore: that part passes
        QVERIFY(gate.check(pid(QStringLiteral("n/a"), QStringLiteral(" "))).isNull()); // not numbers: unreported
        QCOMPARE(gate.check(pid(QString(), QStringLiteral("12"))).figure, QualityFigure::NmPoints);
    }

    void aListCountsByItsLowestNumber()
    {
        const QualityGate gate;
        QVERIFY(gate.check(pid(QStringLiteral("60,60"), QStringLiteral("44,41"))).isNull());
        const QualityRefusal r = gate.check(pid(QStringLiteral("60,20"), QStringLiteral("44,41")));
        QCOMPARE(r.figure, QualityFigure::QScore);
        QCOMPARE(r.value, 20);
        QVERIFY(gate.check(pid(QStringLiteral("59\n"), QStringLiteral("35"))).isNull()); // Morpho's newline
    }

    void settingsSetTheDefaultAndEachVendor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("counter.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // As a distributor writes it: INI reads "50,30" as a list, which the gate must still understand.
        file.write("[capture]\n"
                   "min_quality\\default=50,30\n"
                   "min_quality\\Mantra=30,20\n"
                   "min_quality\\morpho=40\n"
                   "min_quality\\startek=\"25, 10\"\n"
                   "min_quality\\secugen=abc\n"
                   "min_quality\\precision=101,5\n");
        file.close();
        QSettings settings(path, QSettings::IniFormat);
        QStringList problems;
        const QualityGate gate = QualityGate::fromSettings(settings, &problems);
        QCOMPARE(gate.threshold(QStringLiteral("default")), (QualityThreshold {50, 30}));
        QCOMPARE(gate.threshold(QStringLiteral("mantra")), (QualityThreshold {30, 20}));
        QCOMPARE(gate.threshold(QStringLiteral("morpho")), (QualityThreshold {40, 30})); // points from the default
        QCOMPARE(gate.threshold(QStringLiteral("startek")), (QualityThreshold {25, 10}));
        QCOMPARE(gate.threshold(QStringLiteral("secugen")), (QualityThreshold {50, 30})); // bad value: default
        QCOMPARE(gate.threshold(QStringLiteral("precision")), (QualityThreshold {50, 30})); // out of range
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QLatin1String("secugen")));

        // The per-vendor threshold decides: a Mantra capture of 35 passes, any other device's is refused.
        QVERIFY(gate.check(pid(QStringLiteral("35"), QStringLiteral("25"))).isNull());
        const QualityRefusal other = gate.check(pid(QStringLiteral("35"), QStringLiteral("25"), QStringLiteral("X.Y")));
        QCOMPARE(other.figure, QualityFigure::QScore);
        QCOMPARE(other.threshold, 50);
        QCOMPARE(other.vendorKey, QStringLiteral("default"));
    }

    void noSettingsMeansTheBuiltInDefault()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        QStringList problems;
        const QualityGate gate = QualityGate::fromSettings(settings, &problems);
        QCOMPARE(gate.threshold(QStringLiteral("mantra")), (QualityThreshold {45, 35}));
        QVERIFY(problems.isEmpty());
    }

    void vendorKeysMatchTheDeviceByPrefixIgnoringCase()
    {
        QualityGate gate;
        for (const char* key : {"mantra", "MORPHO", "startek", "secugen", "bioenable", "precision", "evolute"}) {
            gate.setThreshold(QString::fromLatin1(key), {10, 1});
        }
        const auto keyOf = [&gate](const QString& dpId, const QString& info = {}) {
            DeviceInfo d;
            d.dpId = dpId;
            return gate.vendorKeyFor(d, info);
        };
        QCOMPARE(keyOf(QStringLiteral("MANTRA.MSIPL")), QStringLiteral("mantra"));
        QCOMPARE(keyOf(QStringLiteral("Morpho.SmartChip")), QStringLiteral("morpho"));
        QCOMPARE(keyOf(QStringLiteral("IDEMIA.L1")), QStringLiteral("morpho")); // one vendor, two names
        QCOMPARE(keyOf(QStringLiteral("STARTEK.ACPL")), QStringLiteral("startek"));
        QCOMPARE(keyOf(QStringLiteral("SecuGen.SGI")), QStringLiteral("secugen"));
        QCOMPARE(keyOf(QStringLiteral("EVOLUTE.EVT")), QStringLiteral("evolute"));
        QCOMPARE(keyOf(QStringLiteral("LEGACY.SIM")), QStringLiteral("default"));
        // No DeviceInfo: the RD service's info string names the vendor.
        QCOMPARE(keyOf(QString(), QStringLiteral("RD service for Startek FM220 provided by Access Computech")),
                 QStringLiteral("startek"));
        QCOMPARE(keyOf(QString(), QStringLiteral("Precision - Biometric Device is ready for capture")),
                 QStringLiteral("precision"));
        // The longest key wins: a model's own key over its vendor's.
        gate.setThreshold(QStringLiteral("mantra.msipl"), {20, 2});
        QCOMPARE(keyOf(QStringLiteral("MANTRA.MSIPL")), QStringLiteral("mantra.msipl"));
    }

    void theCoachMovesToAnotherFingerOnTheSecondRefusal()
    {
        const QString first = QualityGate::coach(1, Finger::LeftThumb);
        QVERIFY(first.contains(QLatin1String("Clean and dry")));
        QVERIFY(first.contains(QLatin1String("flat")));
        QVERIFY(!first.contains(displayName(Finger::LeftThumb)));
        const QString second = QualityGate::coach(2, Finger::LeftThumb);
        QVERIFY(second.contains(QLatin1String("another finger")));
        QVERIFY(second.contains(displayName(Finger::LeftThumb)));
        QVERIFY(QualityGate::coach(3, Finger::Unknown).contains(QLatin1String("another finger")));

        QualityRefusal r;
        r.figure = QualityFigure::QScore;
        r.value = 18;
        r.threshold = 45;
        r.vendorKey = QStringLiteral("default");
        QCOMPARE(r.reason(), QStringLiteral("Quality 18 of the 45 needed."));
        const Error e = QualityGate::refusalError(r, 1, Finger::RightThumb);
        QCOMPARE(e.code, QString::fromLatin1(codes::kQualityTooLow));
        QVERIFY(e.userMessage.contains(r.reason()));
        QVERIFY(e.userMessage.contains(QualityGate::coach(1, Finger::RightThumb)));
        QVERIFY(e.detail.contains(QLatin1String("qScore=18")));
    }
};

QTEST_GUILESS_MAIN(TestQualityGate)
#include "TestQualityGate.moc"
