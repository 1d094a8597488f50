// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/device/DeviceDiscoveryPage.h"

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
constexpr int kStandardPortCount = 21; // 11100–11120
} // namespace

DeviceDiscoveryPage::DeviceDiscoveryPage(DeviceWizardState& state, QWidget* parent)
    : DeviceWizardStepPage(state, parent)
{
    setObjectName(QStringLiteral("deviceDiscoveryPage"));
    auto* layout = titledLayout([] { return tr("Find the fingerprint device"); });
    auto* why = new QLabel(this);
    bindText(why,
             [] { return tr("Saathi looks for the scanner's RD service (the vendor's driver) on this computer."); });
    why->setWordWrap(true);
    layout->addWidget(why);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("discoveryProgressBar"));
    m_progress->setRange(0, kStandardPortCount);
    bindText(m_progress, [] { return tr("%v of %m ports checked"); });
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("discoveryStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_found = new QListWidget(this);
    m_found->setObjectName(QStringLiteral("foundListWidget"));
    m_found->setSelectionMode(QAbstractItemView::NoSelection);
    m_found->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_found, 1);
    m_error = makeErrorLabel(QStringLiteral("discoveryErrorLabel"), this);
    layout->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    m_cancel = new QPushButton(this);
    bindText(m_cancel, [] { return tr("Stop searching"); });
    m_cancel->setObjectName(QStringLiteral("cancelSearchButton"));
    m_cancel->setAutoDefault(false);
    m_retry = new QPushButton(this);
    bindText(m_retry, [] { return tr("Search again"); });
    m_retry->setObjectName(QStringLiteral("retrySearchButton"));
    m_retry->setAutoDefault(false);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &DeviceDiscoveryPage::cancelWork);
    connect(m_retry, &QPushButton::clicked, this, &DeviceDiscoveryPage::startSearch);
    setBusy(false);
}

DeviceDiscoveryPage::~DeviceDiscoveryPage()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

void DeviceDiscoveryPage::initializePage()
{
    startSearch();
}

bool DeviceDiscoveryPage::isComplete() const
{
    if (m_job || !m_state.searched) {
        return false;
    }
    return std::any_of(m_state.result.services.cbegin(), m_state.result.services.cend(), isSelectable);
}

void DeviceDiscoveryPage::cancelWork()
{
    if (m_job) {
        m_job->cancel(); // finishes with rd.cancelled
    }
}

void DeviceDiscoveryPage::primaryAction()
{
    if (!m_job) {
        startSearch();
    }
}

void DeviceDiscoveryPage::startSearch()
{
    if (m_job) {
        return;
    }
    m_state.searched = false;
    m_state.result = {};
    m_found->clear();
    bindText(m_error, nullptr);
    m_progress->setValue(0);
    bindText(m_status, [] { return tr("Searching for fingerprint device services…"); });
    m_job = m_state.device.discover();
    connect(m_job, &device::DiscoveryJob::serviceFound, this, &DeviceDiscoveryPage::onServiceFound);
    connect(m_job, &device::DiscoveryJob::portProbed, this, &DeviceDiscoveryPage::onPortProbed);
    connect(m_job, &device::DiscoveryJob::finished, this, &DeviceDiscoveryPage::onFinished);
    setBusy(true);
    Q_EMIT completeChanged();
}

void DeviceDiscoveryPage::onServiceFound(const RdServiceInfo& service)
{
    auto* item = new QListWidgetItem(describeService(service), m_found);
    item->setData(Qt::UserRole, service.port);
    bindText(m_status, [port = service.port] {
        return tr("Found a service on port %1. Still checking the other ports…").arg(port);
    });
}

void DeviceDiscoveryPage::onPortProbed(quint16 /*port*/, int probed, int total)
{
    if (total > 0 && m_progress->maximum() != total) {
        m_progress->setMaximum(total);
    }
    m_progress->setValue(probed);
}

void DeviceDiscoveryPage::onFinished(const device::DiscoveryResult& result)
{
    m_job = nullptr;
    setBusy(false);
    bindText(m_status, nullptr); // renderResult() sets both lines from the state
    bindText(m_error, nullptr);
    const bool cancelled = result.error.code == QLatin1String(device::codes::kCancelled);
    if (cancelled) {
        bindText(m_status, [] { return tr("Search stopped. Press Search again when the device is ready."); });
        Q_EMIT completeChanged();
        return;
    }
    m_state.result = result;
    m_state.searched = true;
    if (result.probedPorts > 0) {
        m_progress->setMaximum(result.probedPorts);
        m_progress->setValue(result.probedPorts);
    }
    renderResult();
    Q_EMIT completeChanged();
}

void DeviceDiscoveryPage::retranslate()
{
    if (!m_job && m_state.searched) {
        renderResult();
    }
}

void DeviceDiscoveryPage::renderResult()
{
    const device::DiscoveryResult& result = m_state.result;
    // The final list: every service with what its DeviceInfo said, then the ports that answered badly.
    m_found->clear();
    for (const auto& service : result.services) {
        QString text = describeService(service);
        const QString why = notReadyReason(service);
        if (!why.isEmpty()) {
            text += QLatin1Char('\n') + why;
        }
        new QListWidgetItem(text, m_found);
    }
    QStringList badPorts;
    for (const auto& [port, error] : result.failures) {
        badPorts << QString::number(port);
        new QListWidgetItem(
            tr("Port %1: something answered, but not as a fingerprint service. %2").arg(port).arg(error.userMessage),
            m_found);
    }
    const int usable = int(std::count_if(result.services.cbegin(), result.services.cend(), isSelectable));
    if (usable > 0) {
        m_status->setText(tr("Found %n fingerprint device(s) ready to use. Press Next to choose.", nullptr, usable));
        m_error->setText(badPorts.isEmpty()
                             ? QString()
                             : tr("Port %1 did not answer properly and was left out.").arg(badPorts.join(u", ")));
    } else if (!result.services.isEmpty()) {
        m_status->setText(tr("Search finished: %n port(s) checked.", nullptr, result.probedPorts));
        m_error->setText(tr("A fingerprint device service is running, but no scanner is ready. Check that the "
                            "scanner is plugged in (try another USB port), wait a few seconds, then press Search "
                            "again. The list above says what each service reported."));
    } else {
        m_status->setText(tr("Search finished: %n port(s) checked.", nullptr, result.probedPorts));
        QString text = tr("No fingerprint device service answered on this computer. Check that the device is "
                          "plugged in and its RD service (the vendor's driver) is installed and running, then "
                          "press Search again.");
        if (!badPorts.isEmpty()) {
            text += QLatin1Char(' ')
                + tr("Something on port %1 answered but not as an RD service: restart the RD service, or close "
                     "the program using that port.")
                      .arg(badPorts.join(u", "));
        }
        m_error->setText(text);
    }
}

void DeviceDiscoveryPage::setBusy(bool busy)
{
    m_cancel->setVisible(busy);
    m_retry->setEnabled(!busy);
}

} // namespace saathi::ui
