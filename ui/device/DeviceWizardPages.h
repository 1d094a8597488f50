// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/device/DeviceTypes.h"

#include <QHash>
#include <QPointer>
#include <QWizardPage>

#include <functional>

class QFormLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace saathi::device {
class BiometricDevice;
class DiscoveryJob;
class DeviceInfoJob;
} // namespace saathi::device

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
};

// A wizard page with a job that Esc can cancel and an action Enter runs when Next is not available.
class DeviceWizardStepPage : public QWizardPage
{
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;
    virtual bool isBusy() const { return false; }
    virtual void cancelWork() { }
    virtual void primaryAction() { }

protected:
    static QLabel* makeTitle(const QString& text, QWidget* parent);
    static QLabel* makeErrorLabel(const QString& objectName, QWidget* parent);
    // Sets the text of a QLabel, QAbstractButton or QProgressBar (its format) now and again on every language
    // change; a null `text` clears it and stops that.
    void bindText(QWidget* widget, std::function<QString()> text);
    void changeEvent(QEvent* event) override;
    // On a language change, after the bound texts: what is built from the state (lists, details).
    virtual void retranslate() { }

private:
    QHash<QWidget*, std::function<QString()>> m_texts;
};

// Step 1: probes every RD port; each service is listed as it answers, with a progress bar over the ports.
class DeviceDiscoveryPage : public DeviceWizardStepPage
{
    Q_OBJECT
public:
    DeviceDiscoveryPage(DeviceWizardState& state, QWidget* parent = nullptr);
    ~DeviceDiscoveryPage() override;
    void initializePage() override;
    bool isComplete() const override;
    bool isBusy() const override { return !m_job.isNull(); }
    void cancelWork() override;
    void primaryAction() override;
    void startSearch();

protected:
    void retranslate() override;

private:
    void renderResult();
    void onServiceFound(const device::RdServiceInfo& service);
    void onPortProbed(quint16 port, int probed, int total);
    void onFinished(const device::DiscoveryResult& result);
    void setBusy(bool busy);

    DeviceWizardState& m_state;
    QPointer<device::DiscoveryJob> m_job;
    QListWidget* m_found = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_retry = nullptr;
};

// Step 2: the services found, best first; the best ready one (or the saved one) preselected, not-ready ones greyed
// out with the reason.
class DeviceChoosePage : public DeviceWizardStepPage
{
    Q_OBJECT
public:
    DeviceChoosePage(DeviceWizardState& state, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void retranslate() override;

private:
    void onSelectionChanged();

    DeviceWizardState& m_state;
    QListWidget* m_list = nullptr;
    QLabel* m_note = nullptr;
};

// Step 3: what the device says about itself, read again from the service, so the agent can spot an impostor.
class DeviceDetailsPage : public DeviceWizardStepPage
{
    Q_OBJECT
public:
    DeviceDetailsPage(DeviceWizardState& state, QWidget* parent = nullptr);
    ~DeviceDetailsPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override { return m_job.isNull(); }
    bool isBusy() const override { return !m_job.isNull(); }
    void cancelWork() override;

protected:
    void retranslate() override { showInfo(m_state.selected); }

private:
    void showInfo(const device::RdServiceInfo& service);

    DeviceWizardState& m_state;
    QPointer<device::DeviceInfoJob> m_job;
    QLabel* m_vendor = nullptr;
    QLabel* m_model = nullptr;
    QLabel* m_serial = nullptr;
    QLabel* m_service = nullptr;
    QLabel* m_level = nullptr;
    QLabel* m_certificate = nullptr;
    QLabel* m_port = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
};

// Step 5: a summary; Finish saves.
class DeviceSavePage : public DeviceWizardStepPage
{
    Q_OBJECT
public:
    DeviceSavePage(DeviceWizardState& state, QWidget* parent = nullptr);
    void initializePage() override;

protected:
    void retranslate() override { initializePage(); }

private:
    DeviceWizardState& m_state;
    QLabel* m_summary = nullptr;
};

// Plain-words helpers shared by the pages.
QString describeService(const device::RdServiceInfo& service);
bool isSelectable(const device::RdServiceInfo& service); // usable and not NOTREADY: the agent may pick it
QString orNotKnown(const QString& text); // the text trimmed, or "not known"
QString notReadyReason(const device::RdServiceInfo& service);
// The device certificate's expiry (mc, base64 DER) in words: a date, "expired on …", or "not known".
QString certificateText(const device::DeviceInfo& info);

} // namespace saathi::ui
