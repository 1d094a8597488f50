// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/device/DeviceTypes.h"

#include <QHash>
#include <QWizardPage>

#include <functional>

class QLabel;
class QVBoxLayout;

namespace saathi::device {
class BiometricDevice;
}
namespace saathi::agent {
class AgentSession;
}

namespace saathi::ui {

// What the pages of the device wizard share: the search's result and the service the agent picked.
struct DeviceWizardState
{
    explicit DeviceWizardState(device::BiometricDevice& d)
        : device(d)
    {
    }
    device::BiometricDevice& device;
    device::DiscoveryResult result;
    bool searched = false; // result holds a finished search
    device::RdServiceInfo selected; // the picked service; its DeviceInfo refreshed by the details page
    int captureTimeoutMs = 10000;
    // The agent's session (may be null): a test capture that passes the quality gate is recorded for the strike
    // guard (AgentSession::markTestCapturePassed).
    agent::AgentSession* agent = nullptr;
};

// A wizard page over the wizard's shared state, with a job that Esc can cancel and an action Enter runs when Next
// is not available.
class DeviceWizardStepPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DeviceWizardStepPage(DeviceWizardState& state, QWidget* parent = nullptr)
        : QWizardPage(parent)
        , m_state(state)
    {
    }
    virtual bool isBusy() const { return false; }
    virtual void cancelWork() { }
    virtual void primaryAction() { }

protected:
    // The page's layout, with the page's bold title first (bound: said again after a language switch).
    QVBoxLayout* titledLayout(std::function<QString()> title);
    static QLabel* makeErrorLabel(const QString& objectName, QWidget* parent);
    // Sets the text of a QLabel, QAbstractButton or QProgressBar (its format) now and again on every language
    // change; a null `text` clears it and stops that.
    void bindText(QWidget* widget, std::function<QString()> text);
    void changeEvent(QEvent* event) override;
    // On a language change, after the bound texts: what is built from the state (lists, details).
    virtual void retranslate() { }

    DeviceWizardState& m_state;

private:
    QHash<QWidget*, std::function<QString()>> m_texts;
};

// Plain-words helpers shared by the pages.
QString describeService(const device::RdServiceInfo& service);
bool isSelectable(const device::RdServiceInfo& service); // usable and not NOTREADY: the agent may pick it
QString orNotKnown(const QString& text); // the text trimmed, or "not known"
QString notReadyReason(const device::RdServiceInfo& service);
// The device certificate's expiry (mc, base64 DER) in words: a date, "expired on …", or "not known".
QString certificateText(const device::DeviceInfo& info);

} // namespace saathi::ui
