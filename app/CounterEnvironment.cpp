// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "CounterEnvironment.h"

#include "app/LiveEnvironment.h"
#include "app/TrainingEnvironment.h"
#include "core/bank/BankDirectory.h"
#include "core/device/QualityGate.h"
#include "core/eko/EkoClient.h"
#include "core/journal/JournalPaths.h"
#include "core/logging/LogCategories.h"
#include "core/util/Clock.h"
#include "rd_service/RdServiceDevice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTimer>

namespace saathi {

CounterEnvironment::CounterEnvironment(EkoEnvironment kind, const Context& context, QObject* parent)
    : QObject(parent)
    , m_kind(kind)
    , m_context(context)
{
}

CounterEnvironment::~CounterEnvironment() = default;

std::unique_ptr<CounterEnvironment> CounterEnvironment::create(EkoEnvironment kind, const Context& context)
{
    if (kind == EkoEnvironment::Training) {
        return std::make_unique<TrainingEnvironment>(context);
    }
    return std::make_unique<LiveEnvironment>(kind, context);
}

const Clock& CounterEnvironment::clock() const
{
    return m_context.clock ? *m_context.clock : static_cast<const Clock&>(SystemClock::instance());
}

bank::BankDirectory* CounterEnvironment::bankDirectory()
{
    if (!m_banks && m_client) {
        m_banks = std::make_unique<bank::BankDirectory>(*m_client);
    }
    return m_banks.get();
}

device::BiometricDevice* CounterEnvironment::fingerprintDevice() const
{
    return m_device.get();
}

QString CounterEnvironment::journalPath() const
{
    // journal.sqlite → journal-uat.sqlite: the old shared file stays where it was, for the migration.
    return journal::JournalPaths::forEnvironment(m_context.journalBase, m_kind);
}

QString CounterEnvironment::deviceChoiceKey() const
{
    return QStringLiteral("device/%1/choice").arg(environmentName(m_kind));
}

void CounterEnvironment::setUserCode(const QString& userCode)
{
    m_identity.userCode = userCode;
    if (m_client && m_client->config().credentials.userCode != userCode) {
        auto config = m_client->config();
        config.credentials.userCode = userCode;
        m_client->setConfig(config);
    }
}

void CounterEnvironment::makeDevice(const device::RdSettings& settings)
{
    m_device = std::make_unique<rd::RdServiceDevice>(&m_deviceNetwork, settings);
    if (m_context.settings) {
        const auto saved = QJsonDocument::fromJson(m_context.settings->value(deviceChoiceKey()).toByteArray());
        m_device->setChosenDevice(device::DeviceChoice::fromJson(saved.object()));
        // The capture quality gate per vendor (README "Quality gate and coach"); the same keys for every environment.
        QStringList problems;
        m_device->setQualityGate(device::QualityGate::fromSettings(*m_context.settings, &problems));
        for (const QString& problem : problems) {
            qCWarning(lcApp) << "settings:" << problem;
        }
    }
}

void CounterEnvironment::finishPreparing(Error problem)
{
    m_problem = std::move(problem);
    m_prepared = true;
    QTimer::singleShot(0, this, [this] { Q_EMIT prepared(m_problem.isNull()); });
}

} // namespace saathi
