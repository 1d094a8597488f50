// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// saathi-cli with an integrator's catalogue (--catalogue) that switches Aadhaar Pay off (README "Catalogue
// switches"): `aeps aadhaar-pay` is refused with exit 2 before any finger, journal row or request, and so is a
// withdrawal without --merchant-auth-id when the catalogue asks for merchant authentication per withdrawal.
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
        const QString catalogue = catalogueWith(dir, QStringLiteral("aadhaar_pay"), QStringLiteral("off"));
        const QString config = configFor(dir, eko);
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

    void withdrawalWithoutMerchantAuthIdIsRefusedWhenTheSwitchIsOn()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CannedHttpServer eko;
        const QString catalogue = catalogueWith(dir, QStringLiteral("merchant_auth_per_withdrawal"), true);
        const QString db = dir.filePath(QStringLiteral("journal.sqlite"));
        const saathi::test::CliRun r = saathi::test::runCli(
            {QStringLiteral("aeps"), QStringLiteral("withdraw"), QStringLiteral("--customer-mobile"),
             QStringLiteral("9876543210"), QStringLiteral("--bank"), QStringLiteral("SBIN"),
             QStringLiteral("--aadhaar"), QStringLiteral("-"), QStringLiteral("--amount"), QStringLiteral("500"),
             QStringLiteral("--rd-port"), QStringLiteral("1"), QStringLiteral("--db"), db, QStringLiteral("--config"),
             configFor(dir, eko), QStringLiteral("--catalogue"), catalogue, QStringLiteral("--insecure-loopback")},
            "999941057058\n");
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY2(r.err.contains("--merchant-auth-id"), r.err.constData());
        QVERIFY2(r.err.contains("aeps merchant-auth"), r.err.constData());
        QCOMPARE(eko.received().size(), 0);
        QVERIFY(!QFile::exists(db));
    }

private:
    static QString catalogueWith(QTemporaryDir& dir, const QString& name, const QJsonValue& value)
    {
        QFile builtIn(QStringLiteral(":/saathi/eko/endpoints.json"));
        if (!builtIn.open(QIODevice::ReadOnly)) {
            qFatal("no built-in catalogue");
        }
        QJsonObject root = QJsonDocument::fromJson(builtIn.readAll()).object();
        QJsonObject switches = root.value(QStringLiteral("switches")).toObject();
        switches.insert(name, value);
        root.insert(QStringLiteral("switches"), switches);
        return write(dir, QStringLiteral("endpoints.json"), QJsonDocument(root).toJson());
    }
    static QString configFor(QTemporaryDir& dir, const CannedHttpServer& eko)
    {
        return write(
            dir, QStringLiteral("config.json"),
            QJsonDocument(
                QJsonObject {{QStringLiteral("base_url"), QString::fromLatin1(eko.baseUrl())},
                             {QStringLiteral("developer_key"), QStringLiteral("becbbce45f79c6f5109f848acd540567")},
                             {QStringLiteral("access_key"), QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30")},
                             {QStringLiteral("initiator_id"), QStringLiteral("9962981729")},
                             {QStringLiteral("user_code"), QStringLiteral("20810200")},
                             {QStringLiteral("latlong"), QStringLiteral("28.6139,77.2090")}})
                .toJson());
    }
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
