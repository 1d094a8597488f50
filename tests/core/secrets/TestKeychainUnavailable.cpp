// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savingFailsClearlyAndWritesNothing()
    {
        QTemporaryDir home;
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
        QStandardPaths::setTestModeEnabled(false);
        KeychainSecretStore store(QStringLiteral("in.saathi.Saathi.test"));
        SecretJob* job = store.write(QStringLiteral("eko/uat/access_key"), QStringLiteral("SECRET-ACCESS-KEY-42"));
        QSignalSpy spy(job, &SecretJob::finished);
        QVERIFY(spy.wait(20000));
        const auto result = spy.first().first().value<SecretResult>();
        QVERIFY(!result.ok());
        QVERIFY2(result.error.userMessage.contains(QStringLiteral("keychain")), qPrintable(result.error.userMessage));
        QDirIterator it(home.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("SECRET-ACCESS-KEY-42"), qPrintable(f.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "TestKeychainUnavailable.moc"
