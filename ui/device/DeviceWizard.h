// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/device/DeviceTypes.h"

#include <QWizard>

#include <memory>

class QSettings;

namespace saathi::device {
class BiometricDevice;
}
namespace saathi::agent {
class AgentSession;
}

namespace saathi::ui {

struct DeviceWizardState;
class DeviceDiscoveryPage;
class DeviceChoosePage;
class DeviceDetailsPage;
class DeviceCapturePage;
class DeviceSavePage;

// Sets up the fingerprint device: search every RD port with live progress → choose among the services found →
// check the device's details (vendor, model, serial, RD service) → a test capture with its quality → save.
// Embedded in the main window's page stack (never modal, never exec()). Saving writes DeviceChoice::toJson() to
// the settings key (`device/choice` unless the app names one per environment) and calls
// BiometricDevice::setChosenDevice. Enter goes on; Esc cancels what is running, else goes back, else closes.
// openTestCapture() is the short way for the strike guard (issue #18): search, then straight to the test capture
// on the best (or saved) device; a test that passes the quality gate is recorded in the agent's session.
class DeviceWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { DiscoveryPageId, ChoosePageId, DetailsPageId, CapturePageId, SavePageId };

    DeviceWizard(device::BiometricDevice& device, QSettings& settings, QWidget* parent = nullptr);
    ~DeviceWizard() override;

    // The settings key the choice is saved under unless setSettingsKey() names another (the app gives each
    // environment its own: device/<env>/choice).
    static QString settingsKey();
    void setSettingsKey(const QString& key);
    // The device timeout of the test capture (default 10 s); the wizard gives up 10 s after it.
    void setTestCaptureTimeoutMs(int ms);
    // Back to the search page and search again (call before showing the wizard a second time).
    void restartWizard();
    // The agent's session, told when a test capture passes the quality gate (may be null: nothing is told).
    void setAgentSession(agent::AgentSession* session);
    // Searches again and goes straight to the test capture on the preferred device (the saved one when it is
    // there, else the best ready one); Back returns to the search's list.
    void openTestCapture();
    int nextId() const override;

Q_SIGNALS:
    // The agent saved this device (settings written, device told); closeRequested() follows.
    void deviceSaved(const saathi::device::DeviceChoice& choice);
    void closeRequested();

public Q_SLOTS:
    void done(int result) override; // stays embedded: reports instead of hiding

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void save();
    // The wizard's keys (PageKeys): Esc stops what runs, else goes back a step, else closes; Enter goes on when
    // the page is complete, else runs the page's own action (search again, test capture).
    void stepBack();
    void goOn();
    bool pageBusy() const;
    void cancelPageWork();
    void onSearchSettled();

    device::BiometricDevice& m_device;
    QSettings& m_settings;
    QString m_settingsKey = settingsKey();
    std::unique_ptr<DeviceWizardState> m_state;
    DeviceDiscoveryPage* m_discovery = nullptr;
    DeviceChoosePage* m_choose = nullptr;
    DeviceDetailsPage* m_details = nullptr;
    DeviceCapturePage* m_capture = nullptr;
    DeviceSavePage* m_save = nullptr;
    bool m_testOnly = false; // openTestCapture(): the search leads straight to the test capture
};

} // namespace saathi::ui
