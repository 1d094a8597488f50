// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "LiveStandIns.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTimer>
#include <QtDebug>

namespace saathi::test {

LiveStandIns::LiveStandIns() = default;

LiveStandIns::~LiveStandIns()
{
    stopEko();
    stopDevice();
}

bool LiveStandIns::deviceRangeBusy()
{
    for (quint16 port = 11100; port <= 11120; ++port) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(300)) {
            qWarning() << "something already listens on 127.0.0.1:" << port;
            return true;
        }
    }
    return false;
}

bool LiveStandIns::start()
{
    return startEko() && startDevice();
}

bool LiveStandIns::startEko()
{
    const QString program = qEnvironmentVariable("SAATHI_EKO_SANDBOX");
    m_eko.setProcessChannelMode(QProcess::SeparateChannels);
    m_eko.start(program,
                {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls"),
                 QStringLiteral("--developer-key"), QLatin1String(kDeveloperKey), QStringLiteral("--access-key"),
                 QLatin1String(kAccessKey), QStringLiteral("--initiator-id"), QLatin1String(kInitiatorId),
                 QStringLiteral("--activation-delay-ms"), QStringLiteral("0"), QStringLiteral("--write-ca"), caFile(),
                 QStringLiteral("--write-public-key"), keyFile()});
    if (!m_eko.waitForStarted(20000)) {
        qWarning() << "saathi-eko-sandbox did not start:" << program << m_eko.errorString();
        return false;
    }
    QByteArray first;
    while (!first.contains('}') && m_eko.waitForReadyRead(20000)) {
        first += m_eko.readAllStandardOutput();
    }
    const QJsonObject line = QJsonDocument::fromJson(first.left(first.indexOf('}') + 1)).object();
    m_baseUrl = QUrl(line.value(QStringLiteral("base_url")).toString());
    m_controlUrl = QUrl(line.value(QStringLiteral("control_url")).toString());
    if (m_baseUrl.scheme() != QLatin1String("https")) {
        qWarning() << "saathi-eko-sandbox said" << first << m_eko.readAllStandardError();
        return false;
    }
    return true;
}

bool LiveStandIns::startDevice()
{
    // The first free port of the range a real RD service uses, as a vendor's service would take it.
    const QString program = qEnvironmentVariable("SAATHI_RD_SANDBOX");
    for (quint16 port = 11100; port <= 11120; ++port) {
        m_device.start(program, {QStringLiteral("--port"), QString::number(port)});
        if (!m_device.waitForStarted(20000)) {
            qWarning() << "saathi-rd-sandbox did not start:" << program << m_device.errorString();
            return false;
        }
        if (m_device.waitForReadyRead(20000) && m_device.readAllStandardOutput().contains("127.0.0.1:")) {
            m_devicePort = port;
            return true;
        }
        m_device.waitForFinished(5000); // that port was taken: the next one
    }
    qWarning() << "no free port in 11100-11120 for the RD simulator";
    return false;
}

void LiveStandIns::stopEko()
{
    if (m_eko.state() != QProcess::NotRunning) {
        m_eko.kill();
        m_eko.waitForFinished(10000);
    }
}

void LiveStandIns::stopDevice()
{
    if (m_device.state() != QProcess::NotRunning) {
        m_device.kill();
        m_device.waitForFinished(10000);
    }
}

bool LiveStandIns::control(const QList<std::pair<QString, QString>>& fields)
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_controlUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(QSslCertificate::fromPath(caFile()));
    request.setSslConfiguration(tls);
    QJsonObject body;
    for (const auto& [key, value] : fields) {
        // The control route takes JSON; counts are numbers there.
        bool isNumber = false;
        const int number = value.toInt(&isNumber);
        body.insert(key, isNumber ? QJsonValue(number) : QJsonValue(value));
    }
    QNetworkReply* reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        qWarning() << "sandbox control" << fields << "answered" << status << reply->errorString() << reply->readAll();
    }
    reply->deleteLater();
    return status == 200;
}

void LiveStandIns::provisionSettings(const QString& iniPath) const
{
    QSettings settings(iniPath, QSettings::IniFormat);
    settings.setValue(QStringLiteral("eko/environment"), QStringLiteral("uat"));
    settings.setValue(QStringLiteral("eko/uat/base_url"), m_baseUrl.toString());
    settings.setValue(QStringLiteral("eko/uat/ca_file"), caFile());
    settings.setValue(QStringLiteral("eko/uat/aadhaar_public_key_file"), keyFile());
    settings.sync();
}

} // namespace saathi::test
