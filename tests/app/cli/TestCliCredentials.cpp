// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "CliRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {
using Run = saathi::test::CliRun;

Run cli(const QStringList& args, const QByteArray& input = {})
{
    return saathi::test::runCli(args, input);
}
} // namespace

class TestCliCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void setShowDeleteThroughTheKeychain()
    {
        const QStringList set = {QStringLiteral("credentials"),     QStringLiteral("set"),
                                 QStringLiteral("--env"),           QStringLiteral("uat"),
                                 QStringLiteral("--developer-key"), QStringLiteral("becbbce45f79c6f5109f848acd540567"),
                                 QStringLiteral("--initiator-id"),  QStringLiteral("9962981729"),
                                 QStringLiteral("--user-code"),     QStringLiteral("20810200")};
        const Run saved = cli(set, "d2fe1d99-6298-4af2-8cc5-d97dcf46df30\n");
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        QVERIFY(!saved.out.contains("d2fe1d99"));

        const Run shown = cli(
            {QStringLiteral("credentials"), QStringLiteral("show"), QStringLiteral("--env"), QStringLiteral("uat")});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json().value(QStringLiteral("found")).toBool(), true);
        QCOMPARE(shown.json().value(QStringLiteral("user_code")).toString(), QStringLiteral("20810200"));
        QCOMPARE(shown.json().value(QStringLiteral("developer_key")).toString(), QStringLiteral("****0567"));
        QVERIFY2(!shown.out.contains("d2fe1d99") && !shown.out.contains("becbbce45f"), "a secret was printed");

        QCOMPARE(cli({QStringLiteral("credentials"), QStringLiteral("delete"), QStringLiteral("--env"),
                      QStringLiteral("uat")})
                     .exitCode,
                 0);
        const Run gone = cli(
            {QStringLiteral("credentials"), QStringLiteral("show"), QStringLiteral("--env"), QStringLiteral("uat")});
        QCOMPARE(gone.json().value(QStringLiteral("found")).toBool(), false);
    }

    void badCredentialsAreRefusedWithTheFieldNamed()
    {
        const Run r = cli({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--env"),
                           QStringLiteral("production"), QStringLiteral("--developer-key"), QStringLiteral("k"),
                           QStringLiteral("--initiator-id"), QStringLiteral("12345"), QStringLiteral("--user-code"),
                           QStringLiteral("1")},
                          "secret\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("initiator ID"));
    }

    void ekoCommandsWithoutSavedCredentialsSaySo()
    {
        const Run r = cli({QStringLiteral("wallet"), QStringLiteral("balance"), QStringLiteral("--env"),
                           QStringLiteral("production")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no Eko credentials for production"));
    }
};

QTEST_GUILESS_MAIN(TestCliCredentials)
#include "TestCliCredentials.moc"
