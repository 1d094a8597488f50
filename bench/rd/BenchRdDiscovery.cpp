// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Discovery figures over 21 loopback ports (rd-service.md §2.4): 20 closed + one simulator, and the same with one
// port that accepts and never answers. Prints figures and ratios against a loopback connect measured here;
// asserts nothing.
#include "rd_service/RdServiceDevice.h"
#include "sandbox/rd/RdSimulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace saathi;
using saathi::rd::RdServiceDevice;
using saathi::sandbox::rd::RdSimulator;

namespace {

constexpr int kPorts = 21;

quint16 freePortRange(int count)
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

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double loopbackConnectMs(quint16 port)
{
    std::vector<double> runs;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        socket.waitForConnected(1000);
        runs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return median(runs);
}

device::DiscoveryResult discoverOnce(RdServiceDevice& device)
{
    device::DiscoveryResult result;
    QEventLoop loop; // a benchmark may block; product code never does
    QObject::connect(device.discover(), &device::DiscoveryJob::finished, &loop, [&](const device::DiscoveryResult& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

double discoveryMs(RdServiceDevice& device, int runs, int* services)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto r = discoverOnce(device);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        *services = int(r.services.size());
    }
    return median(times);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const quint16 base = freePortRange(kPorts);
    if (base == 0) {
        fprintf(stderr, "no free port range\n");
        return 1;
    }
    RdSimulator sim;
    sim.listen(quint16(base + 10));
    const double connectMs = loopbackConnectMs(sim.serverPort());
    printf("ports 127.0.0.1:%u-%u (21), simulator on %u\n", base, base + kPorts - 1, unsigned(sim.serverPort()));
    printf("baseline: one loopback TCP connect            %8.3f ms (median of 20)\n", connectMs);

    QNetworkAccessManager nam;
    saathi::device::RdSettings settings;
    settings.firstPort = base;
    settings.lastPort = quint16(base + kPorts - 1);
    RdServiceDevice device(&nam, settings);
    int services = 0;
    const double withInfo = discoveryMs(device, 15, &services);
    printf("20 closed + 1 simulator, RDSERVICE+DEVICEINFO %8.3f ms (median of 15, %d found)  = %.0f x connect\n",
           withInfo, services, withInfo / connectMs);
    settings.readDeviceInfoOnDiscovery = false;
    device.setSettings(settings);
    const double probeOnly = discoveryMs(device, 15, &services);
    printf("20 closed + 1 simulator, RDSERVICE only       %8.3f ms (median of 15, %d found)  = %.0f x connect\n",
           probeOnly, services, probeOnly / connectMs);

    RdSimulator hanging;
    hanging.setFault(RdSimulator::Fault::Hang);
    hanging.listen(quint16(base + 3));
    settings.readDeviceInfoOnDiscovery = true;
    settings.probeTimeoutMs = 1000;
    device.setSettings(settings);
    const double withHang = discoveryMs(device, 3, &services);
    printf(
        "19 closed + 1 simulator + 1 never answering   %8.3f ms (median of 3, probe timeout %d ms, overrun %.1f ms)\n",
        withHang, settings.probeTimeoutMs, withHang - settings.probeTimeoutMs);
    return 0;
}
