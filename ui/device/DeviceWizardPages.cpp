// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "device/DeviceWizardPages.h"

#include "device/BiometricDevice.h"
#include "device/DeviceErrors.h"

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
constexpr int kServiceIndexRole = Qt::UserRole + 1;

bool isSelectable(const RdServiceInfo& service)
{
    return service.isUsable() && service.status != RdStatus::NotReady;
}

QString orNotKnown(const QString& text)
{
    return text.trimmed().isEmpty() ? DeviceWizardStepPage::tr("not known") : text.trimmed();
}

} // namespace

QString describeService(const RdServiceInfo& service)
{
    QString who = service.vendor();
    if (!service.device.model().isEmpty()) {
        who = who.isEmpty() ? service.device.model() : who + QLatin1Char(' ') + service.device.model();
    }
    if (who.isEmpty()) {
        who = DeviceWizardStepPage::tr("unknown maker");
    }
    QString text = DeviceWizardStepPage::tr("Port %1: %2, %3").arg(service.port).arg(statusName(service.status), who);
    const QString serial = service.device.serial();
    if (!serial.isEmpty()) {
        text += DeviceWizardStepPage::tr(", serial %1").arg(serial);
    }
    if (!service.info.isEmpty()) {
        text += DeviceWizardStepPage::tr(" (%1)").arg(service.info.left(80));
    }
    return text;
}

QString notReadyReason(const RdServiceInfo& service)
{
    if (service.status == RdStatus::NotReady) {
        return DeviceWizardStepPage::tr("Not ready: the service is running but the scanner is unplugged or not set "
                                        "up. Plug it in (try another USB port) and search again.");
    }
    if (!service.isUsable()) {
        return DeviceWizardStepPage::tr("Cannot be used: the service did not say how to take a fingerprint. "
                                        "Reinstall the vendor's RD service.");
    }
    if (service.status == RdStatus::Used) {
        return DeviceWizardStepPage::tr("In use: another program is using the scanner. Close it before the test "
                                        "capture.");
    }
    return {};
}

QString certificateText(const device::DeviceInfo& info)
{
    if (info.mc.isEmpty()) {
        return DeviceWizardStepPage::tr("none sent (the scanner may not be ready)");
    }
    const auto certs = QSslCertificate::fromData(QByteArray::fromBase64(info.mc.toLatin1()), QSsl::Der);
    if (certs.isEmpty() || !certs.first().expiryDate().isValid()) {
        return DeviceWizardStepPage::tr("present; expiry date not known");
    }
    const QDateTime expiry = certs.first().expiryDate();
    const QString date = expiry.toString(QStringLiteral("yyyy-MM-dd"));
    if (expiry < QDateTime::currentDateTimeUtc()) {
        return DeviceWizardStepPage::tr("expired on %1: restart the RD service so it renews it").arg(date);
    }
    return DeviceWizardStepPage::tr("valid until %1").arg(date);
}

QLabel* DeviceWizardStepPage::makeTitle(const QString& text, QWidget* parent)
{
    auto* title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    return title;
}

QLabel* DeviceWizardStepPage::makeErrorLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    return label;
}

void DeviceWizardStepPage::bindText(QWidget* widget, std::function<QString()> text)
{
    const QString value = text ? text() : QString();
    if (text) {
        m_texts.insert(widget, std::move(text));
    } else {
        m_texts.remove(widget);
    }
    if (auto* label = qobject_cast<QLabel*>(widget)) {
        label->setText(value);
    } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
        button->setText(value);
    } else if (auto* bar = qobject_cast<QProgressBar*>(widget)) {
        bar->setFormat(value);
    }
}

void DeviceWizardStepPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        const auto texts = m_texts; // bindText() changes the hash
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            bindText(it.key(), it.value());
        }
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

// ---- discovery ----

DeviceDiscoveryPage::DeviceDiscoveryPage(DeviceWizardState& state, QWidget* parent)
    : DeviceWizardStepPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("deviceDiscoveryPage"));
    auto* layout = new QVBoxLayout(this);
    {
        auto* title = makeTitle(QString(), this);
        bindText(title, [] { return tr("Find the fingerprint device"); });
        layout->addWidget(title);
    }
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

// ---- choose ----

DeviceChoosePage::DeviceChoosePage(DeviceWizardState& state, QWidget* parent)
    : DeviceWizardStepPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("deviceChoosePage"));
    auto* layout = new QVBoxLayout(this);
    {
        auto* title = makeTitle(QString(), this);
        bindText(title, [] { return tr("Choose the fingerprint device"); });
        layout->addWidget(title);
    }
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

// ---- details ----

DeviceDetailsPage::DeviceDetailsPage(DeviceWizardState& state, QWidget* parent)
    : DeviceWizardStepPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("deviceDetailsPage"));
    auto* layout = new QVBoxLayout(this);
    {
        auto* title = makeTitle(QString(), this);
        bindText(title, [] { return tr("Check the device"); });
        layout->addWidget(title);
    }
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

// ---- save ----

DeviceSavePage::DeviceSavePage(DeviceWizardState& state, QWidget* parent)
    : DeviceWizardStepPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("deviceSavePage"));
    setFinalPage(true);
    auto* layout = new QVBoxLayout(this);
    {
        auto* title = makeTitle(QString(), this);
        bindText(title, [] { return tr("Save the device"); });
        layout->addWidget(title);
    }
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
