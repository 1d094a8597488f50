// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/device/BiometricDevice.h"
#include "core/device/RdXml.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>

#include <memory>
#include <optional>
#include <vector>

namespace saathi::test {

// A run of `count` consecutive loopback ports that were free a moment ago (tests never use 11100–11120, where a
// real driver or another engineer's simulator may listen).
inline quint16 freePortRange(int count)
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        const auto base = quint16(20000 + QRandomGenerator::global()->bounded(40000 - count));
        std::vector<std::unique_ptr<QTcpServer>> servers;
        bool ok = true;
        for (int i = 0; i < count && ok; ++i) {
            servers.push_back(std::make_unique<QTcpServer>());
            ok = servers.back()->listen(QHostAddress::LocalHost, quint16(base + i));
        }
        if (ok) {
            return base;
        }
    }
    return 0;
}

// Collects a job's one result; use with QTRY_VERIFY_WITH_TIMEOUT(slot.has_value(), …).
template<typename Job, typename Result>
void collect(Job* job, std::optional<Result>* slot, int* count = nullptr)
{
    QObject::connect(job, &Job::finished, job, [slot, count](const Result& r) {
        *slot = r;
        if (count) {
            ++*count;
        }
    });
}

inline device::RdServiceInfo serviceAt(quint16 port, const QString& advertisedCapturePath)
{
    device::RdServiceInfo s;
    s.port = port;
    s.status = device::RdStatus::Ready;
    QString path = advertisedCapturePath;
    path.replace(QLatin1String("@port"), QString::number(port));
    s.capturePath = device::rdxml::sanitiseInterfacePath(path).value_or(QString());
    return s;
}

} // namespace saathi::test
