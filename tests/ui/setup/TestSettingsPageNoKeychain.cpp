// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/secrets/EkoCredentialStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/AppSettings.h"
#include "ui/settings/CredentialsWidget.h"
#include "ui/settings/LanguageSwitcher.h"
#include "ui/settings/SettingsPage.h"

#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;
using namespace saathi::ui;

class TestSettingsPageNoKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutAKeychainTheFormSaysSoAndNothingIsWritten()
    {
        QTemporaryDir home;
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
        const QString accessKey = QStringLiteral("NO-KEYCHAIN-ACCESS-KEY-5150");
        {
            QSettings ini(home.filePath(QStringLiteral("saathi.ini")), QSettings::IniFormat);
            AppSettings settings(ini);
            QVERIFY(settings.setLatLong(QStringLiteral("28.6139,77.2090")).isNull());
            KeychainSecretStore keychain(QStringLiteral("in.saathi.Saathi.test"));
            EkoCredentialStore credentials(keychain);
            LanguageSwitcher switcher;
            SettingsPage page(settings, credentials, switcher);
            page.show();
            auto* env = page.findChild<QComboBox*>(QStringLiteral("environmentComboBox"));
            auto* form = page.findChild<CredentialsWidget*>();
            QSignalSpy loaded(form, &CredentialsWidget::loaded);
            env->setFocus();
            QTest::keyClick(env, Qt::Key_Down); // Eko UAT
            QVERIFY(loaded.wait(20000));
            auto* status = page.findChild<QLabel*>(QStringLiteral("credentialsStatusLabel"));
            QVERIFY2(status->text().contains(QStringLiteral("keychain")), qPrintable(status->text()));

            QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("developerKeyLineEdit")),
                             QStringLiteral("becbbce45f79c6f5109f848acd540567"));
            QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("accessKeyLineEdit")), accessKey);
            QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("initiatorIdLineEdit")),
                             QStringLiteral("9962981729"));
            QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("userCodeLineEdit")),
                             QStringLiteral("20810200"));
            QSignalSpy failed(form, &CredentialsWidget::saveFailed);
            QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveCredentialsButton")), Qt::LeftButton);
            QVERIFY(failed.wait(20000));
            QVERIFY2(status->text().contains(QStringLiteral("keychain")), qPrintable(status->text()));
            // What was typed is still there, and the environment did not switch.
            QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("accessKeyLineEdit"))->text(), accessKey);
            QCOMPARE(settings.environment(), EkoEnvironment::Training);
            settings.sync();
        }
        QDirIterator it(home.path(), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(accessKey.toUtf8()), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files >= 1); // the settings file exists, without the key
    }
};

QTEST_MAIN(TestSettingsPageNoKeychain)
#include "TestSettingsPageNoKeychain.moc"
