// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/device/DeviceWizard.h"

#include "core/device/BiometricDevice.h"
#include "ui/device/DeviceCapturePage.h"
#include "ui/device/DeviceWizardPages.h"

#include <QEvent>
#include <QJsonDocument>
#include <QKeyEvent>
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
    setWindowFlags(Qt::Widget); // a page of the main window, not a dialog
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    retranslate();
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNextButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizardCancelButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    // Enter must go on (Next/Save), never fall through to Back or Close.
    for (auto which : {QWizard::BackButton, QWizard::CancelButton}) {
        if (auto* push = qobject_cast<QPushButton*>(button(which))) {
            push->setAutoDefault(false);
        }
    }

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

void DeviceWizard::restartWizard()
{
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

void DeviceWizard::keyPressEvent(QKeyEvent* event)
{
    auto* page = qobject_cast<DeviceWizardStepPage*>(currentPage());
    const bool plain = event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier;
    if (page && plain && event->key() == Qt::Key_Escape) {
        // Esc stops what is running, else goes back a step, else closes.
        if (page->isBusy()) {
            page->cancelWork();
        } else if (currentId() != startId() && button(QWizard::BackButton)->isEnabled()) {
            back();
        } else {
            done(QDialog::Rejected);
        }
        event->accept();
        return;
    }
    if (page && plain && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        // Enter goes on when it can; otherwise it runs the page's own action (search again, test capture).
        if (page->isComplete() && !page->isBusy()) {
            if (currentId() == SavePageId) {
                button(QWizard::FinishButton)->click();
            } else {
                next();
            }
        } else if (!page->isBusy()) {
            page->primaryAction();
        }
        event->accept();
        return;
    }
    QWizard::keyPressEvent(event);
}

} // namespace saathi::ui
