// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/device/DeviceWizardPages.h"

#include "core/device/BiometricDevice.h"
#include "core/device/DeviceErrors.h"
#include "ui/form/FormKit.h"
#include "ui/form/Theme.h"

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

bool isSelectable(const RdServiceInfo& service)
{
    return service.isUsable() && service.status != RdStatus::NotReady;
}

QString orNotKnown(const QString& text)
{
    return text.trimmed().isEmpty() ? DeviceWizardStepPage::tr("not known") : text.trimmed();
}

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

QVBoxLayout* DeviceWizardStepPage::titledLayout(std::function<QString()> text)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    bindText(title, std::move(text));
    layout->addWidget(title);
    return layout;
}

QLabel* DeviceWizardStepPage::makeErrorLabel(const QString& objectName, QWidget* parent)
{
    QLabel* label = FormKit::textLabel(parent, objectName);
    Theme::setTone(label, Tone::Error);
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

} // namespace saathi::ui
