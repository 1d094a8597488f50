// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace saathi {
class Clock;
}

class QHttpMultiPart;

namespace saathi::test {

struct HttpResult
{
    bool finished = false; // false: no answer within the timeout
    int httpStatus = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QByteArray dateHeader;

    int status() const { return json.value(QStringLiteral("status")).toInt(-1); }
    int typeId() const { return json.value(QStringLiteral("response_type_id")).toInt(0); }
    QJsonObject data() const { return json.value(QStringLiteral("data")).toObject(); }
    QString dataText(const QString& key) const { return data().value(key).toString(); }
    QJsonObject invalidParams() const { return json.value(QStringLiteral("invalid_params")).toObject(); }
};

// Talks to the sandbox the way Eko's integrators do: headers signed with EkoSigner on the test's clock, `aadhar`
// encrypted with the sandbox's public key, simulated PIDs. Waits with QSignalSpy (tests only).
class SandboxTestClient
{
public:
    SandboxTestClient(const QUrl& baseUrl, const Clock& clock);

    QString developerKey = QStringLiteral("becbbce45f79c6f5109f848acd540567");
    QString accessKey = QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30");
    QString initiatorId = QStringLiteral("9962981729");
    QString userCode = QStringLiteral("20810200");
    int timeoutMs = 5000;
    bool sign = true;
    qint64 timestampOffsetMs = 0;
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // added to the next requests
    QList<QSslCertificate> trustedCas; // TLS: the sandbox CA, by configuration

    // `path` below the base URL, e.g. "/v3/tools/reference/banks". initiator_id/user_code are added to JSON bodies
    // and GET queries unless `addIds` is false.
    HttpResult json(const QByteArray& method, const QString& path, QJsonObject body, bool addIds = true);
    HttpResult get(const QString& path, QList<QPair<QString, QString>> query = {}, bool addIds = true);
    HttpResult raw(const QByteArray& method, const QUrl& url, const QByteArray& body, const QByteArray& contentType);
    // As a Qt client would upload the AePS activation documents (QHttpMultiPart sets its own boundary).
    HttpResult multipart(const QByteArray& method, const QUrl& url, QHttpMultiPart* parts);

    QString encryptAadhaar(const QString& digits) const;
    // A simulated RD capture: wadh for eKYC, none otherwise; errCode/mc/fType overridable for negative tests.
    static QString pid(bool withWadh, const QString& errCode = QStringLiteral("0"), bool withMc = true, int fType = 2);
    QUrl url(const QString& path) const;

private:
    QNetworkRequest prepare(const QUrl& url, const QByteArray& contentType) const;
    HttpResult wait(QNetworkReply* reply) const;

    QUrl m_base;
    const Clock& m_clock;
    QNetworkAccessManager m_nam;
};

} // namespace saathi::test
