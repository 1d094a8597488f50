// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/device/DeviceDetailsPage.h"

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

DeviceDetailsPage::DeviceDetailsPage(DeviceWizardState& state, QWidget* parent)
    : DeviceWizardStepPage(state, parent)
{
    setObjectName(QStringLiteral("deviceDetailsPage"));
    auto* layout = titledLayout([] { return tr("Check the device"); });
    auto* why = new QLabel(this);
    bindText(why, [] {
        return tr("Check that the maker, model and serial number match the label on your scanner. If "
                  "they do not, another program may be pretending to be the scanner: do not use it, "
                  "and call support.");
    });
    why->setWordWrap(true);
    layout->addWidget(why);
    auto* form = new QFormLayout;
    const auto addRow = [this, form](std::function<QString()> label, const QString& name) {
        auto* caption = new QLabel(this);
        bindText(caption, std::move(label));
        auto* value = new QLabel(this);
        value->setObjectName(name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form->addRow(caption, value);
        return value;
    };
    m_vendor = addRow([] { return tr("Maker:"); }, QStringLiteral("vendorLabel"));
    m_model = addRow([] { return tr("Model:"); }, QStringLiteral("modelLabel"));
    m_serial = addRow([] { return tr("Serial number:"); }, QStringLiteral("serialLabel"));
    m_service = addRow([] { return tr("RD service:"); }, QStringLiteral("rdServiceLabel"));
    m_level = addRow([] { return tr("Security level:"); }, QStringLiteral("levelLabel"));
    m_certificate = addRow([] { return tr("Device certificate:"); }, QStringLiteral("certificateLabel"));
    m_port = addRow([] { return tr("Port:"); }, QStringLiteral("portLabel"));
    layout->addLayout(form);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("detailsStatusLabel"));
    layout->addWidget(m_status);
    m_error = makeErrorLabel(QStringLiteral("detailsErrorLabel"), this);
    layout->addWidget(m_error);
    layout->addStretch(1);
}

DeviceDetailsPage::~DeviceDetailsPage()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

void DeviceDetailsPage::initializePage()
{
    m_error->clear();
    showInfo(m_state.selected);
    cancelWork();
    bindText(m_status, [] { return tr("Reading the device's details again…"); });
    m_job = m_state.device.deviceInfo(m_state.selected);
    connect(m_job, &device::DeviceInfoJob::finished, this, [this](const device::DeviceInfoResult& result) {
        m_job = nullptr;
        if (result.ok()) {
            m_state.selected.device = result.info;
            bindText(m_status, [] { return tr("Details read from the device."); });
        } else if (result.error.code != QLatin1String(device::codes::kCancelled)) {
            bindText(m_status, [] { return tr("Showing the details found during the search."); });
            m_error->setText(result.error.userMessage);
        }
        showInfo(m_state.selected);
        Q_EMIT completeChanged();
    });
    Q_EMIT completeChanged();
}

void DeviceDetailsPage::cleanupPage()
{
    cancelWork();
}

void DeviceDetailsPage::cancelWork()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job = nullptr;
        bindText(m_status, [] { return tr("Showing the details found during the search."); });
        Q_EMIT completeChanged();
    }
}

void DeviceDetailsPage::showInfo(const RdServiceInfo& service)
{
    const device::DeviceInfo& info = service.device;
    const QString vendor = service.vendor();
    m_vendor->setText(info.dpId.isEmpty() ? orNotKnown(vendor)
                                          : tr("%1 (provider id %2)").arg(orNotKnown(vendor), info.dpId));
    m_model->setText(orNotKnown(info.model()));
    m_serial->setText(orNotKnown(info.serial()));
    m_service->setText(info.rdsId.isEmpty() ? orNotKnown(service.info)
                                            : tr("%1, version %2").arg(info.rdsId, orNotKnown(info.rdsVer)));
    switch (info.level()) {
    case device::DeviceLevel::L1:
        m_level->setText(tr("L1 (keys kept inside the scanner)"));
        break;
    case device::DeviceLevel::L0:
        m_level->setText(tr("L0 (keys kept on this computer)"));
        break;
    default:
        m_level->setText(tr("not known"));
        break;
    }
    m_certificate->setText(certificateText(info));
    m_port->setText(tr("%1 (%2)").arg(service.port).arg(statusName(service.status)));
}

} // namespace saathi::ui
