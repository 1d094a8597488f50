// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// saathi-cli with an integrator's catalogue (--catalogue) that switches Aadhaar Pay off (README "Catalogue
// switches"): `aeps aadhaar-pay` is refused with exit 2 before any finger, journal row or request.
#include "CannedHttpServer.h"
#include "CliRunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using saathi::test::CannedHttpServer;

class TestCliCatalogueSwitches : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aadhaarPayOffIsRefusedWithExit2AndNothingSent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CannedHttpServer eko; // answers nothing: the test fails if anything reaches it
        QFile builtIn(QStringLiteral(":/saathi/eko/endpoints.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(builtIn.readAll()).object();
        QJsonObject switches = root.value(QStringLiteral("switches")).toObject();
        switches.insert(QStringLiteral("aadhaar_pay"), QStringLiteral("off"));
        root.insert(QStringLiteral("switches"), switches);
        const QString catalogue = write(dir, QStringLiteral("endpoints.json"), QJsonDocument(root).toJson());
        const QString config = write(
            dir, QStringLiteral("config.json"),
            QJsonDocument(
                QJsonObject {{QStringLiteral("base_url"), QString::fromLatin1(eko.baseUrl())},
                             {QStringLiteral("developer_key"), QStringLiteral("becbbce45f79c6f5109f848acd540567")},
                             {QStringLiteral("access_key"), QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30")},
                             {QStringLiteral("initiator_id"), QStringLiteral("9962981729")},
                             {QStringLiteral("user_code"), QStringLiteral("20810200")},
                             {QStringLiteral("latlong"), QStringLiteral("28.6139,77.2090")}})
                .toJson());
        const QString db = dir.filePath(QStringLiteral("journal.sqlite"));
        const saathi::test::CliRun r = saathi::test::runCli(
            {QStringLiteral("aeps"), QStringLiteral("aadhaar-pay"), QStringLiteral("--customer-mobile"),
             QStringLiteral("9876543210"), QStringLiteral("--bank"), QStringLiteral("SBIN"),
             QStringLiteral("--aadhaar"), QStringLiteral("-"), QStringLiteral("--amount"), QStringLiteral("500"),
             QStringLiteral("--rd-port"), QStringLiteral("1"), QStringLiteral("--db"), db, QStringLiteral("--config"),
             config, QStringLiteral("--catalogue"), catalogue, QStringLiteral("--insecure-loopback")},
            "999941057058\n");
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY2(r.err.contains("Aadhaar Pay is not offered"), r.err.constData());
        QVERIFY2(r.err.contains("aadhaar_pay"), r.err.constData()); // names the switch for the integrator
        QVERIFY(!r.err.contains("999941057058"));
        QCOMPARE(eko.received().size(), 0);
        QVERIFY(!QFile::exists(db)); // nothing journaled
    }

private:
    static QString write(QTemporaryDir& dir, const QString& name, const QByteArray& content)
    {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            qFatal("cannot write %s", qPrintable(name));
        }
        return file.fileName();
    }
};

QTEST_GUILESS_MAIN(TestCliCatalogueSwitches)
#include "TestCliCatalogueSwitches.moc"
