// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/device/DeviceWizard.h"

#include "core/device/BiometricDevice.h"
#include "ui/device/DeviceCapturePage.h"
#include "ui/device/DeviceChoosePage.h"
#include "ui/device/DeviceDetailsPage.h"
#include "ui/device/DeviceDiscoveryPage.h"
#include "ui/device/DeviceSavePage.h"
#include "ui/form/PageKeys.h"
#include "ui/form/WizardKit.h"

#include <QEvent>
#include <QJsonDocument>
#include <QPushButton>
#include <QSettings>

namespace saathi::ui {

DeviceWizard::DeviceWizard(device::BiometricDevice& device, QSettings& settings, QWidget* parent)
    : QWizard(parent)
    , m_device(device)
    , m_settings(settings)
    , m_state(std::make_unique<DeviceWizardState>(device))
{
    setObjectName(QStringLiteral("deviceWizard"));
    WizardKit::embed(this); // Enter goes on (Next/Save), never Back or Close
    retranslate();

    m_discovery = new DeviceDiscoveryPage(*m_state, this);
    m_choose = new DeviceChoosePage(*m_state, this);
    m_details = new DeviceDetailsPage(*m_state, this);
    m_capture = new DeviceCapturePage(*m_state, this);
    m_save = new DeviceSavePage(*m_state, this);
    setPage(DiscoveryPageId, m_discovery);
    setPage(ChoosePageId, m_choose);
    setPage(DetailsPageId, m_details);
    setPage(CapturePageId, m_capture);
    setPage(SavePageId, m_save);
    setStartId(DiscoveryPageId);
    // Queued: the wizard updates its own buttons on completeChanged first.
    connect(m_discovery, &QWizardPage::completeChanged, this, &DeviceWizard::onSearchSettled, Qt::QueuedConnection);
    PageKeys::install(
        this,
        {[this] { stepBack(); }, [this] { goOn(); }, [this] { return pageBusy(); }, [this] { cancelPageWork(); }});
}

void DeviceWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizard::changeEvent(event);
}

void DeviceWizard::retranslate()
{
    setButtonText(QWizard::FinishButton, tr("Save"));
    setButtonText(QWizard::CancelButton, tr("Close"));
}

// Pages are children: their destructors cancel whatever is still running.
DeviceWizard::~DeviceWizard() = default;

QString DeviceWizard::settingsKey()
{
    return QStringLiteral("device/choice");
}

void DeviceWizard::setSettingsKey(const QString& key)
{
    m_settingsKey = key;
}

void DeviceWizard::setTestCaptureTimeoutMs(int ms)
{
    m_state->captureTimeoutMs = qMax(1000, ms);
}

void DeviceWizard::setAgentSession(agent::AgentSession* session)
{
    m_state->agent = session;
}

void DeviceWizard::openTestCapture()
{
    restartWizard();
    m_state->selected = {}; // the search picks it
    m_testOnly = true; // the search just started runs on; onSearchSettled() moves on when it ends
}

int DeviceWizard::nextId() const
{
    // Without a usable pick (nothing ready was preferred) Next takes the full way: choose, details, test.
    if (m_testOnly && currentId() == DiscoveryPageId && m_state->selected.isUsable()) {
        return CapturePageId;
    }
    return QWizard::nextId();
}

void DeviceWizard::onSearchSettled()
{
    if (!m_testOnly || currentId() != DiscoveryPageId || !m_discovery->isComplete()) {
        return;
    }
    const device::RdServiceInfo* preferred = m_state->result.preferred();
    if (!preferred || !isSelectable(*preferred)) {
        return; // the search's page says why; the agent may pick from the full wizard instead
    }
    m_state->selected = *preferred;
    next();
}

void DeviceWizard::restartWizard()
{
    m_testOnly = false;
    for (auto* page : {static_cast<DeviceWizardStepPage*>(m_details), static_cast<DeviceWizardStepPage*>(m_capture),
                       static_cast<DeviceWizardStepPage*>(m_discovery)}) {
        page->cancelWork();
    }
    restart(); // initialises the search page, which starts a new search
}

void DeviceWizard::done(int result)
{
    if (result == QDialog::Accepted) {
        save();
    } else {
        for (auto* page :
             {static_cast<DeviceWizardStepPage*>(m_discovery), static_cast<DeviceWizardStepPage*>(m_details),
              static_cast<DeviceWizardStepPage*>(m_capture)}) {
            page->cancelWork();
        }
    }
    Q_EMIT closeRequested();
}

void DeviceWizard::save()
{
    const device::DeviceChoice choice = device::DeviceChoice::fromService(m_state->selected);
    m_settings.setValue(m_settingsKey, QJsonDocument(choice.toJson()).toJson(QJsonDocument::Compact));
    m_settings.sync();
    m_device.setChosenDevice(choice);
    Q_EMIT deviceSaved(choice);
}

bool DeviceWizard::pageBusy() const
{
    auto* page = qobject_cast<DeviceWizardStepPage*>(currentPage());
    return page && page->isBusy();
}

void DeviceWizard::cancelPageWork()
{
    if (auto* page = qobject_cast<DeviceWizardStepPage*>(currentPage())) {
        page->cancelWork();
    }
}

void DeviceWizard::stepBack()
{
    if (currentId() != startId() && button(QWizard::BackButton)->isEnabled()) {
        back();
    } else {
        done(QDialog::Rejected);
    }
}

void DeviceWizard::goOn()
{
    auto* page = qobject_cast<DeviceWizardStepPage*>(currentPage());
    if (!page) {
        return;
    }
    if (!page->isComplete()) {
        page->primaryAction();
    } else if (currentId() == SavePageId) {
        button(QWizard::FinishButton)->click();
    } else {
        next();
    }
}

} // namespace saathi::ui
