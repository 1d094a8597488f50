// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/onboarding/ServiceStatusPage.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace saathi::ui {

ServiceStatusPage::ServiceStatusPage(setup::OnboardingService& service, QWidget* parent)
    : QWizardPage(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("serviceStatusPage"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("servicesTreeWidget"));
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    m_recheck = new QPushButton(this);
    m_recheck->setObjectName(QStringLiteral("recheckButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("statusMessageLabel"));
    m_message->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_recheck, 0, Qt::AlignLeft);
    connect(m_recheck, &QPushButton::clicked, this, &ServiceStatusPage::recheck);
    connect(&m_service, &setup::OnboardingService::servicesChecked, this, &ServiceStatusPage::showServices);
    retranslate();
}

void ServiceStatusPage::initializePage()
{
    recheck();
}

void ServiceStatusPage::recheck()
{
    if (m_busy) {
        return;
    }
    m_busy = true;
    m_recheck->setEnabled(false);
    m_message->setText(tr("Asking Eko…"));
    m_service.checkServices();
}

void ServiceStatusPage::showServices(const setup::OnboardingService::Services& answer)
{
    if (!m_busy) {
        return; // not asked by this page
    }
    m_busy = false;
    m_recheck->setEnabled(true);
    if (!answer.error.isNull()) {
        m_message->setText(answer.error.userMessage); // the last list stays on screen
        return;
    }
    m_services = answer.services;
    m_message->setText(m_services.isEmpty() ? tr("Eko lists no services for this agent yet.")
                                            : tr("Checked with Eko just now."));
    fill();
    Q_EMIT servicesUpdated();
}

void ServiceStatusPage::fill()
{
    m_list->clear();
    for (const setup::ServiceStatus& s : std::as_const(m_services)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, setup::ServiceStatus::serviceName(s.serviceCode));
        item->setText(1, setup::ServiceStatus::stateText(s.status));
        item->setText(2, s.comments);
        item->setData(0, Qt::UserRole, s.serviceCode);
        item->setData(1, Qt::UserRole, s.status);
    }
}

void ServiceStatusPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void ServiceStatusPage::retranslate()
{
    setTitle(tr("Service status"));
    setSubTitle(tr("AePS works once Eko shows it as activated. Approval usually takes 1 to 3 working days."));
    m_list->setHeaderLabels({tr("Service"), tr("Status"), tr("Eko's comments")});
    m_recheck->setText(tr("&Re-check"));
    fill();
}

} // namespace saathi::ui
