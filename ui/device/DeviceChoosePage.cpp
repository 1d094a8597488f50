// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/device/DeviceChoosePage.h"

#include "core/device/BiometricDevice.h"
#include "core/device/DeviceErrors.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSslCertificate>
#include <QVBoxLayout>

#include <algorithm>

namespace saathi::ui {

using device::RdServiceInfo;
using device::RdStatus;

namespace {
constexpr int kServiceIndexRole = Qt::UserRole + 1;
} // namespace

DeviceChoosePage::DeviceChoosePage(DeviceWizardState& state, QWidget* parent)
    : DeviceWizardStepPage(state, parent)
{
    setObjectName(QStringLiteral("deviceChoosePage"));
    auto* layout = titledLayout([] { return tr("Choose the fingerprint device"); });
    auto* why = new QLabel(this);
    bindText(why, [] {
        return tr("The best ready device is selected. Devices that are not ready are greyed out, "
                  "with the reason.");
    });
    why->setWordWrap(true);
    layout->addWidget(why);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("deviceListWidget"));
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("chooseNoteLabel"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &DeviceChoosePage::onSelectionChanged);
}

void DeviceChoosePage::retranslate()
{
    // Rebuilt in the new language with the agent's pick kept.
    const auto items = m_list->selectedItems();
    const int picked = items.isEmpty() ? -1 : items.first()->data(kServiceIndexRole).toInt();
    initializePage();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (picked >= 0 && item->data(kServiceIndexRole).toInt() == picked) {
            m_list->setCurrentItem(item);
            item->setSelected(true);
        }
    }
}

void DeviceChoosePage::initializePage()
{
    m_list->clear();
    const auto& services = m_state.result.services;
    const RdServiceInfo* preferred = m_state.result.preferred();
    for (int i = 0; i < services.size(); ++i) {
        const auto& service = services[i];
        QString text = describeService(service);
        if (i == m_state.result.chosenIndex) {
            text += QLatin1Char(' ') + tr("[saved device]");
        }
        const QString why = notReadyReason(service);
        if (!why.isEmpty()) {
            text += QLatin1Char('\n') + why;
        }
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(kServiceIndexRole, i);
        if (!isSelectable(service)) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        }
        if (preferred == &service) {
            item->setSelected(true);
            m_list->setCurrentItem(item);
        }
    }
    m_list->setFocus();
    onSelectionChanged();
}

bool DeviceChoosePage::isComplete() const
{
    const auto items = m_list->selectedItems();
    return !items.isEmpty() && (items.first()->flags() & Qt::ItemIsEnabled);
}

bool DeviceChoosePage::validatePage()
{
    const auto items = m_list->selectedItems();
    if (items.isEmpty()) {
        return false;
    }
    const int index = items.first()->data(kServiceIndexRole).toInt();
    if (index < 0 || index >= m_state.result.services.size()) {
        return false;
    }
    m_state.selected = m_state.result.services[index];
    return true;
}

void DeviceChoosePage::onSelectionChanged()
{
    const auto items = m_list->selectedItems();
    if (items.isEmpty()) {
        m_note->setText(tr("Select a device to continue."));
    } else {
        const int index = items.first()->data(kServiceIndexRole).toInt();
        const QString why = notReadyReason(m_state.result.services.value(index));
        m_note->setText(why.isEmpty() ? tr("Press Next to check this device's details.") : why);
    }
    Q_EMIT completeChanged();
}

} // namespace saathi::ui
