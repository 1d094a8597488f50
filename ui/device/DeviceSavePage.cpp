// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/device/DeviceSavePage.h"

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

DeviceSavePage::DeviceSavePage(DeviceWizardState& state, QWidget* parent)
    : DeviceWizardStepPage(state, parent)
{
    setObjectName(QStringLiteral("deviceSavePage"));
    setFinalPage(true);
    auto* layout = titledLayout([] { return tr("Save the device"); });
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("saveSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addStretch(1);
}

void DeviceSavePage::initializePage()
{
    const auto& s = m_state.selected;
    m_summary->setText(tr("Saathi will use %1 %2 (serial %3) for every fingerprint. If the driver moves to another "
                          "port later, Saathi finds the same scanner again by its serial number. Press Save.")
                           .arg(orNotKnown(s.vendor()), orNotKnown(s.device.model()), orNotKnown(s.device.serial())));
}

} // namespace saathi::ui
