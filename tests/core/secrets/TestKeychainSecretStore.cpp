// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace saathi;

namespace {
SecretResult waitFor(SecretJob* job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (spy.isEmpty()) {
        spy.wait(20000);
    }
    if (spy.isEmpty()) {
        SecretResult r;
        r.error.code = QStringLiteral("test.no_answer");
        return r;
    }
    return spy.first().first().value<SecretResult>();
}
} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through tests/support/with-keyring.sh");
        QCoreApplication::setOrganizationName(QStringLiteral("Saathi"));
        QCoreApplication::setApplicationName(QStringLiteral("saathi-test"));
    }

    void writeReadRemoveRoundTripsThroughTheRealKeyring()
    {
        KeychainSecretStore store(QStringLiteral("in.saathi.Saathi.test"));
        const QString secret = QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30");
        const SecretResult written = waitFor(store.write(QStringLiteral("eko/uat/access_key"), secret));
        QVERIFY2(written.ok(), qPrintable(written.error.detail));
        const SecretResult read = waitFor(store.read(QStringLiteral("eko/uat/access_key")));
        QVERIFY2(read.ok(), qPrintable(read.error.detail));
        QCOMPARE(read.value, secret);

        // The keyring's own tool sees it: it really is in the Secret Service, not in a file of ours.
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("in.saathi.Saathi.test"),
                      QStringLiteral("user"), QStringLiteral("eko/uat/access_key")});
        QVERIFY(lookup.waitForFinished(10000));
        QCOMPARE(lookup.readAllStandardOutput().trimmed(), secret.toUtf8());

        // No file the app writes holds the key in clear.
        for (const auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                                    QStandardPaths::GenericConfigLocation}) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.fileName().contains(QLatin1String("keyrings"))) {
                    continue; // the keyring's own encrypted store
                }
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
            }
        }

        QVERIFY(waitFor(store.remove(QStringLiteral("eko/uat/access_key"))).ok());
        const SecretResult gone = waitFor(store.read(QStringLiteral("eko/uat/access_key")));
        QVERIFY(gone.ok());
        QVERIFY(gone.notFound);
    }

    void missingEntryIsNotFoundNotAnError()
    {
        KeychainSecretStore store(QStringLiteral("in.saathi.Saathi.test"));
        const SecretResult r = waitFor(store.read(QStringLiteral("never/written")));
        QVERIFY(r.ok());
        QVERIFY(r.notFound);
        QVERIFY(r.value.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
