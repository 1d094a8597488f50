// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "RdTestSupport.h"
#include "core/agent/AgentSession.h"
#include "core/agent/StrikeGuard.h"
#include "core/device/DeviceErrors.h"
#include "core/util/Clock.h"
#include "rd_service/RdServiceDevice.h"
#include "sandbox/rd/RdSimulator.h"
#include "ui/device/DeviceWizard.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;
using saathi::device::DeviceChoice;
using saathi::rd::RdServiceDevice;
using saathi::sandbox::rd::RdSimulator;
using saathi::ui::DeviceWizard;

namespace {

constexpr int kProbeMs = 800;

// The wizard over the real RD client, probing `count` consecutive loopback ports where simulators may listen.
struct Rig
{
    explicit Rig(int count)
        : base(test::freePortRange(count))
        , settings(dir.filePath(QStringLiteral("saathi.ini")), QSettings::IniFormat)
    {
        saathi::device::RdSettings s;
        s.firstPort = base;
        s.lastPort = quint16(base + count - 1);
        s.probeTimeoutMs = kProbeMs;
        s.deviceInfoTimeoutMs = kProbeMs;
        s.captureGraceMs = 2000;
        device = std::make_unique<RdServiceDevice>(&nam, s);
    }

    RdSimulator* addSimulator(int offset, const char* profile, RdSimulator::Fault fault = RdSimulator::Fault::None,
                              RdSimulator::FaultTarget target = RdSimulator::FaultTarget::AllVerbs)
    {
        auto sim = std::make_unique<RdSimulator>();
        if (!sim->setProfile(QString::fromLatin1(profile)) || !sim->listen(quint16(base + offset))) {
            return nullptr;
        }
        sim->setCaptureDelayMs(50);
        sim->setFault(fault, target);
        sims.push_back(std::move(sim));
        return sims.back().get();
    }

    DeviceWizard& wizard()
    {
        if (!w) {
            w = std::make_unique<DeviceWizard>(*device, settings);
            w->setTestCaptureTimeoutMs(1000);
            w->resize(800, 600);
        }
        return *w;
    }

    template<typename T>
    T* child(const char* name)
    {
        return wizard().findChild<T*>(QString::fromLatin1(name));
    }

    QPushButton* next() { return child<QPushButton>("wizardNextButton"); }
    QString text(const char* labelName) { return child<QLabel>(labelName)->text(); }

    QStringList rows(const char* listName)
    {
        QStringList out;
        auto* list = child<QListWidget>(listName);
        for (int i = 0; i < list->count(); ++i) {
            out << list->item(i)->text();
        }
        return out;
    }

    QTemporaryDir dir;
    quint16 base;
    QSettings settings;
    QNetworkAccessManager nam;
    std::unique_ptr<RdServiceDevice> device;
    std::vector<std::unique_ptr<RdSimulator>> sims;
    std::unique_ptr<DeviceWizard> w;
};

QString portText(quint16 port)
{
    return QStringLiteral("Port %1:").arg(port);
}

} // namespace

class TestDeviceWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchesLiveChoosesChecksTestsAndSavesTheChosenDevice()
    {
        Rig rig(5);
        QVERIFY(rig.base != 0);
        QVERIFY(rig.addSimulator(0, "mantra-mfs110"));
        QVERIFY(rig.addSimulator(1, "morpho-mso1300"));
        QVERIFY(rig.addSimulator(3, "startek-fm220u", RdSimulator::Fault::NotReady));
        // A port that accepts and never answers keeps the search open for the probe timeout: the rows found so far
        // must already be on screen.
        QVERIFY(rig.addSimulator(4, "mantra-mfs100", RdSimulator::Fault::Hang, RdSimulator::FaultTarget::Discovery));
        auto& w = rig.wizard();
        QSignalSpy saved(&w, &DeviceWizard::deviceSaved);
        QSignalSpy closed(&w, &DeviceWizard::closeRequested);
        w.show();
        QCOMPARE(w.currentId(), int(DeviceWizard::DiscoveryPageId));

        auto* bar = rig.child<QProgressBar>("discoveryProgressBar");
        auto* stop = rig.child<QPushButton>("cancelSearchButton");
        QTRY_COMPARE_WITH_TIMEOUT(int(rig.rows("foundListWidget").size()), 3, kProbeMs / 2);
        QTRY_COMPARE_WITH_TIMEOUT(bar->value(), 4, kProbeMs / 2);
        QCOMPARE(bar->maximum(), 5);
        QVERIFY(stop->isVisible()); // still searching: the rows came in live
        QVERIFY(!rig.next()->isEnabled());
        QVERIFY(rig.rows("foundListWidget").join(u'\n').contains(QStringLiteral("READY")));

        QTRY_VERIFY_WITH_TIMEOUT(rig.next()->isEnabled(), kProbeMs * 3);
        QCOMPARE(bar->value(), 5);
        QVERIFY(!stop->isVisible());
        const QString found = rig.rows("foundListWidget").join(u'\n');
        QVERIFY2(found.contains(portText(rig.base + 4) + QStringLiteral(" something answered, but not")),
                 qPrintable(found));
        QVERIFY2(rig.text("discoveryStatusLabel").contains(QStringLiteral("Found 2")),
                 qPrintable(rig.text("discoveryStatusLabel")));
        QVERIFY(rig.text("discoveryErrorLabel").contains(QString::number(rig.base + 4)));

        // Enter goes on: the best ready device (L1 Mantra) is preselected, the not-ready Startek greyed out.
        QTest::keyClick(&w, Qt::Key_Return);
        QCOMPARE(w.currentId(), int(DeviceWizard::ChoosePageId));
        // Esc goes back a step, Enter forward again.
        QTest::keyClick(&w, Qt::Key_Escape);
        QCOMPARE(w.currentId(), int(DeviceWizard::DiscoveryPageId));
        QTest::keyClick(&w, Qt::Key_Return);
        QCOMPARE(w.currentId(), int(DeviceWizard::ChoosePageId));
        auto* list = rig.child<QListWidget>("deviceListWidget");
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->selectedItems().size(), 1);
        QVERIFY(list->selectedItems().first()->text().contains(QStringLiteral("MFS110")));
        QListWidgetItem* startek = nullptr;
        QListWidgetItem* morpho = nullptr;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().contains(QStringLiteral("FM220U"))) {
                startek = list->item(i);
            } else if (list->item(i)->text().contains(QStringLiteral("MSO1300"))) {
                morpho = list->item(i);
            }
        }
        QVERIFY(startek && morpho);
        QVERIFY(!(startek->flags() & Qt::ItemIsEnabled));
        QVERIFY(startek->text().contains(QStringLiteral("NOTREADY")));
        QVERIFY(startek->text().contains(QStringLiteral("Not ready:")));

        // The agent picks the Morpho instead.
        list->setCurrentItem(morpho);
        QVERIFY(rig.next()->isEnabled());
        rig.next()->click();
        QCOMPARE(w.currentId(), int(DeviceWizard::DetailsPageId));
        QTRY_COMPARE(rig.text("detailsStatusLabel"), QStringLiteral("Details read from the device."));
        QCOMPARE(rig.text("modelLabel"), QStringLiteral("MSO1300E3L0SW"));
        QCOMPARE(rig.text("serialLabel"), QStringLiteral("SIM1300E3-0003"));
        QVERIFY(rig.text("vendorLabel").contains(QStringLiteral("Morpho.SmartChip")));
        QVERIFY(rig.text("rdServiceLabel").contains(QStringLiteral("SCPL")));
        QVERIFY(rig.text("portLabel").startsWith(QString::number(rig.base + 1)));
        QVERIFY(!rig.text("certificateLabel").isEmpty());
        QVERIFY(rig.next()->isEnabled());

        rig.next()->click();
        QCOMPARE(w.currentId(), int(DeviceWizard::CapturePageId));
        QVERIFY(!rig.next()->isEnabled()); // a test capture first
        QTest::keyClick(&w, Qt::Key_Return); // Enter runs the test capture when Next is not possible yet
        QTRY_VERIFY_WITH_TIMEOUT(!rig.text("qualityLabel").isEmpty(), 5000);
        QCOMPARE(rig.text("qualityLabel"), QStringLiteral("Quality: 59 of 100")); // Morpho's "59⏎"
        QVERIFY(rig.text("verdictLabel").startsWith(QStringLiteral("Good")));
        QVERIFY(rig.text("captureErrorLabel").isEmpty());
        QVERIFY(rig.next()->isEnabled());

        rig.next()->click();
        QCOMPARE(w.currentId(), int(DeviceWizard::SavePageId));
        QVERIFY(rig.text("saveSummaryLabel").contains(QStringLiteral("SIM1300E3-0003")));
        rig.child<QPushButton>("wizardFinishButton")->click();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(closed.size(), 1);

        const auto json = QJsonDocument::fromJson(rig.settings.value(QStringLiteral("device/choice")).toByteArray());
        const DeviceChoice stored = DeviceChoice::fromJson(json.object());
        QCOMPARE(stored.serial, QStringLiteral("SIM1300E3-0003"));
        QCOMPARE(stored.model, QStringLiteral("MSO1300E3L0SW"));
        QCOMPARE(stored.port, quint16(rig.base + 1));
        QCOMPARE(saved.first().first().value<DeviceChoice>().serial, stored.serial);
        QCOMPARE(rig.device->chosenDevice().serial, stored.serial);
        QCOMPARE(rig.device->chosenDevice().port, stored.port);

        // Shown again: the saved Morpho is found and preselected although the Mantra ranks higher.
        w.restartWizard();
        QCOMPARE(w.currentId(), int(DeviceWizard::DiscoveryPageId));
        QTRY_VERIFY_WITH_TIMEOUT(rig.next()->isEnabled(), kProbeMs * 3);
        QTest::keyClick(&w, Qt::Key_Return);
        QCOMPARE(list->selectedItems().size(), 1);
        QVERIFY(list->selectedItems().first()->text().contains(QStringLiteral("SIM1300E3-0003")));
        QVERIFY(list->selectedItems().first()->text().contains(QStringLiteral("[saved device]")));
    }

    void captureFailuresAreExplainedAndTestingAgainWorks()
    {
        Rig rig(1);
        auto* sim = rig.addSimulator(0, "mantra-mfs110");
        QVERIFY(sim);
        auto& w = rig.wizard();
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(rig.next()->isEnabled(), kProbeMs * 3);
        rig.next()->click();
        rig.next()->click();
        QTRY_VERIFY(rig.next()->isEnabled()); // details read
        rig.next()->click();
        QCOMPARE(w.currentId(), int(DeviceWizard::CapturePageId));
        auto* test = rig.child<QPushButton>("testCaptureButton");

        // 730: the driver's advice, in plain words; the page stays usable.
        sim->setFault(RdSimulator::Fault::CaptureFailed);
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(!rig.text("captureErrorLabel").isEmpty(), 5000);
        QCOMPARE(rig.text("captureErrorLabel"), device::errorForRdCode(QStringLiteral("730")).userMessage);
        QVERIFY(rig.text("qualityLabel").isEmpty());
        QVERIFY(!rig.next()->isEnabled());
        QVERIFY(test->isEnabled());

        // A dirty finger: the quality is shown with "try again, clean the finger".
        sim->setFault(RdSimulator::Fault::PoorQuality);
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(!rig.text("qualityLabel").isEmpty(), 5000);
        QCOMPARE(rig.text("qualityLabel"), QStringLiteral("Quality: 18 of 100"));
        QVERIFY(rig.text("verdictLabel").startsWith(QStringLiteral("Try again")));
        QVERIFY(rig.text("verdictLabel").contains(device::qualityAdvice(18).userMessage));
        QVERIFY(rig.text("captureErrorLabel").isEmpty());

        // A driver that takes the capture and never answers: the client's deadline, then a clear message.
        sim->setFault(RdSimulator::Fault::Hang, RdSimulator::FaultTarget::Capture);
        QElapsedTimer timer;
        timer.start();
        test->click();
        QVERIFY(rig.child<QPushButton>("cancelCaptureButton")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!rig.text("captureErrorLabel").isEmpty(), 8000);
        QVERIFY(timer.elapsed() < 6000);
        QVERIFY2(rig.text("captureErrorLabel").contains(QStringLiteral("did not answer in time")),
                 qPrintable(rig.text("captureErrorLabel")));
        QVERIFY(!rig.next()->isEnabled());

        // Stop during a capture (Esc) and then a good one.
        test->click();
        QTest::keyClick(&w, Qt::Key_Escape);
        QTRY_VERIFY(rig.text("captureStatusLabel").startsWith(QStringLiteral("Test stopped")));
        QCOMPARE(w.currentId(), int(DeviceWizard::CapturePageId));
        sim->setFault(RdSimulator::Fault::None);
        test->click();
        QTRY_COMPARE_WITH_TIMEOUT(rig.text("qualityLabel"), QStringLiteral("Quality: 78 of 100"), 5000);
        QVERIFY(rig.text("verdictLabel").startsWith(QStringLiteral("Good")));
        QVERIFY(rig.next()->isEnabled());
    }

    // Issue #18: after two failed fingerprint logins the daily login page opens the test capture directly; a
    // capture under the quality gate changes nothing, one that passes it lifts the strike guard's stop.
    void openTestCaptureGoesStraightToTheTestAndAPassingCaptureLiftsTheStrikeStop()
    {
        Rig rig(1);
        auto* sim = rig.addSimulator(0, "mantra-mfs110", RdSimulator::Fault::PoorQuality);
        QVERIFY(sim);
        ManualClock clock;
        agent::AgentSession session(rig.settings, clock, EkoEnvironment::Training, QStringLiteral("20810200"));
        session.recordAgentAuthFailure();
        session.recordAgentAuthFailure();
        QVERIFY(agent::StrikeGuard::stops(session.preflightState()));
        auto& w = rig.wizard();
        w.setAgentSession(&session);
        w.show();
        w.openTestCapture();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(DeviceWizard::CapturePageId), kProbeMs * 4);
        auto* test = rig.child<QPushButton>("testCaptureButton");
        QCOMPARE(w.focusWidget(), test);

        QTest::keyClick(&w, Qt::Key_Return); // Enter runs the page's action: the test capture
        QTRY_COMPARE_WITH_TIMEOUT(rig.text("qualityLabel"), QStringLiteral("Quality: 18 of 100"), 5000);
        QVERIFY(!session.testCapturePassed()); // under the gate: still stopped
        QVERIFY(agent::StrikeGuard::stops(session.preflightState()));

        sim->setFault(RdSimulator::Fault::None);
        test->setFocus();
        QTest::keyClick(test, Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(rig.text("qualityLabel"), QStringLiteral("Quality: 78 of 100"), 5000);
        QVERIFY(session.testCapturePassed());
        QCOMPARE(agent::StrikeGuard::check(session.preflightState())->severity, preflight::Severity::Warn);
        QVERIFY(rig.text("captureStatusLabel").contains(QStringLiteral("fingerprint login again")));
        QCOMPARE(session.failedAuthStreak(), 2); // only a successful login clears the streak

        QTest::keyClick(&w, Qt::Key_Escape); // back to the search's list
        QCOMPARE(w.currentId(), int(DeviceWizard::DiscoveryPageId));
        QSignalSpy closed(&w, &DeviceWizard::closeRequested);
        QTest::keyClick(&w, Qt::Key_Escape);
        QCOMPARE(closed.size(), 1);
    }

    // The short way waits for a ready scanner: a not-ready one keeps the search page with its reason, and once the
    // scanner is plugged in and searched again the test capture follows.
    void openTestCaptureStaysOnTheSearchUntilAScannerIsReady()
    {
        Rig rig(1);
        auto* sim = rig.addSimulator(0, "mantra-mfs100", RdSimulator::Fault::NotReady);
        QVERIFY(sim);
        auto& w = rig.wizard();
        w.show();
        w.openTestCapture();
        QTRY_VERIFY_WITH_TIMEOUT(!rig.text("discoveryErrorLabel").isEmpty(), kProbeMs * 3);
        QTest::qWait(0); // the queued check after the search
        QCOMPARE(w.currentId(), int(DeviceWizard::DiscoveryPageId));
        QVERIFY(!rig.next()->isEnabled());

        sim->setFault(RdSimulator::Fault::None);
        rig.child<QPushButton>("retrySearchButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(DeviceWizard::CapturePageId), kProbeMs * 4);
    }

    void notReadyDeviceIsExplainedAndSearchAgainFindsItReady()
    {
        Rig rig(1);
        auto* sim = rig.addSimulator(0, "mantra-mfs100", RdSimulator::Fault::NotReady);
        QVERIFY(sim);
        auto& w = rig.wizard();
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(!rig.text("discoveryErrorLabel").isEmpty(), kProbeMs * 3);
        QVERIFY2(rig.text("discoveryErrorLabel").contains(QStringLiteral("no scanner is ready")),
                 qPrintable(rig.text("discoveryErrorLabel")));
        const QString rows = rig.rows("foundListWidget").join(u'\n');
        QVERIFY(rows.contains(QStringLiteral("NOTREADY")));
        QVERIFY(rows.contains(QStringLiteral("Not ready:")));
        QVERIFY(!rig.next()->isEnabled());

        sim->setFault(RdSimulator::Fault::None); // the agent plugs the scanner in
        rig.child<QPushButton>("retrySearchButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(rig.next()->isEnabled(), kProbeMs * 3);
        QVERIFY(rig.text("discoveryErrorLabel").isEmpty());
        QVERIFY(rig.rows("foundListWidget").join(u'\n').contains(QStringLiteral("MFS100")));
    }

    void nothingFoundSaysNoDeviceWithinTheBudget()
    {
        Rig rig(21); // 21 closed ports, like a PC without any driver
        QVERIFY(rig.base != 0);
        auto& w = rig.wizard();
        QSignalSpy closed(&w, &DeviceWizard::closeRequested);
        QElapsedTimer timer;
        timer.start();
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(!rig.text("discoveryErrorLabel").isEmpty(), kProbeMs * 2);
        QVERIFY(timer.elapsed() < kProbeMs * 2);
        QVERIFY(rig.text("discoveryErrorLabel")
                    .startsWith(QStringLiteral("No fingerprint device service answered on this computer.")));
        QVERIFY(rig.text("discoveryErrorLabel").contains(QStringLiteral("installed and running")));
        auto* bar = rig.child<QProgressBar>("discoveryProgressBar");
        QCOMPARE(bar->maximum(), 21);
        QCOMPARE(bar->value(), 21);
        QVERIFY(!rig.next()->isEnabled());

        // Search again works and says the same; Enter on this page searches again too.
        rig.child<QPushButton>("retrySearchButton")->click();
        QVERIFY(rig.text("discoveryErrorLabel").isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!rig.text("discoveryErrorLabel").isEmpty(), kProbeMs * 2);
        QTest::keyClick(&w, Qt::Key_Return);
        QVERIFY(rig.text("discoveryErrorLabel").isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!rig.text("discoveryErrorLabel").isEmpty(), kProbeMs * 2);

        QTest::keyClick(&w, Qt::Key_Escape); // nothing running, first page: Esc closes
        QCOMPARE(closed.size(), 1);
    }

    void aHungPortCanBeStoppedAndSearchedAgain()
    {
        Rig rig(2);
        auto* hung = rig.addSimulator(0, "mantra-mfs110", RdSimulator::Fault::Hang);
        QVERIFY(hung);
        auto& w = rig.wizard();
        QSignalSpy closed(&w, &DeviceWizard::closeRequested);
        w.show();
        auto* stop = rig.child<QPushButton>("cancelSearchButton");
        QTRY_VERIFY(stop->isVisible());
        QTRY_COMPARE(rig.child<QProgressBar>("discoveryProgressBar")->value(), 1); // the closed port
        stop->click();
        QVERIFY(rig.text("discoveryStatusLabel").startsWith(QStringLiteral("Search stopped")));
        QVERIFY(!stop->isVisible());
        QVERIFY(!rig.next()->isEnabled());

        // Esc while searching stops the search instead of closing.
        rig.child<QPushButton>("retrySearchButton")->click();
        QVERIFY(stop->isVisible());
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(rig.text("discoveryStatusLabel").startsWith(QStringLiteral("Search stopped")));
        QCOMPARE(closed.size(), 0);

        // Left to run out, the hung port is named and nothing is offered.
        rig.child<QPushButton>("retrySearchButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!rig.text("discoveryErrorLabel").isEmpty(), kProbeMs * 3);
        QVERIFY2(rig.text("discoveryErrorLabel").contains(QString::number(rig.base)),
                 qPrintable(rig.text("discoveryErrorLabel")));
        QVERIFY(!rig.next()->isEnabled());

        // The driver recovers: Search again finds it.
        hung->setFault(RdSimulator::Fault::None);
        rig.child<QPushButton>("retrySearchButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(rig.next()->isEnabled(), kProbeMs * 3);
    }
};

QTEST_MAIN(TestDeviceWizard)
#include "TestDeviceWizard.moc"
