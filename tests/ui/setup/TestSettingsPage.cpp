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

// Runs inside its own D-Bus session with an unlocked GNOME Keyring (tests/support/with-keyring.sh).
class TestSettingsPage : public QObject
{
    Q_OBJECT

    QLineEdit* edit(QWidget& page, const char* name) { return page.findChild<QLineEdit*>(QLatin1String(name)); }

private Q_SLOTS:
    void switchingToUatNeedsCredentialsSavedInTheKeychain()
    {
        QTemporaryDir dir;
        const QString accessKey = QStringLiteral("d2fe1d99-6298-4af2-8cc5-UITEST000042");
        QSettings ini(dir.filePath(QStringLiteral("saathi.ini")), QSettings::IniFormat);
        AppSettings settings(ini);
        KeychainSecretStore keychain(QStringLiteral("in.saathi.Saathi.uitest"));
        EkoCredentialStore credentials(keychain);
        LanguageSwitcher switcher;
        SettingsPage page(settings, credentials, switcher);
        page.show();
        auto* env = page.findChild<QComboBox*>(QStringLiteral("environmentComboBox"));
        auto* form = page.findChild<CredentialsWidget*>();
        auto* message = page.findChild<QLabel*>(QStringLiteral("environmentMessageLabel"));
        QSignalSpy switched(&page, &SettingsPage::environmentRequested);

        QSignalSpy loaded(form, &CredentialsWidget::loaded);
        env->setFocus();
        QTest::keyClick(env, Qt::Key_Down); // Eko UAT
        QVERIFY(loaded.wait(20000));
        QCOMPARE(settings.environment(), EkoEnvironment::Training); // nothing saved yet: no switch
        QVERIFY2(message->text().contains(QStringLiteral("Access key")), qPrintable(message->text()));
        QVERIFY2(message->text().contains(QStringLiteral("Shop location")), qPrintable(message->text()));

        // A bad location is refused at its field and stays as typed.
        QTest::keyClicks(edit(page, "latLongLineEdit"), QStringLiteral("near the temple"));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("latLongErrorLabel"))->text().isEmpty());
        QCOMPARE(edit(page, "latLongLineEdit")->text(), QStringLiteral("near the temple"));
        edit(page, "latLongLineEdit")->clear();
        QTest::keyClicks(edit(page, "latLongLineEdit"), QStringLiteral("28.6139,77.2090"));
        QTest::keyClick(edit(page, "latLongLineEdit"), Qt::Key_Return);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("latLongErrorLabel"))->text().isEmpty());
        QCOMPARE(settings.latLong(), QStringLiteral("28.6139,77.2090"));

        // A missing field is named at the field.
        QTest::keyClicks(edit(page, "developerKeyLineEdit"), QStringLiteral("becbbce45f79c6f5109f848acd540567"));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveCredentialsButton")), Qt::LeftButton);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("accessKeyErrorLabel"))->isVisibleTo(&page));
        QCOMPARE(edit(page, "accessKeyLineEdit")->echoMode(), QLineEdit::Password);

        QTest::keyClicks(edit(page, "accessKeyLineEdit"), accessKey);
        QTest::keyClicks(edit(page, "initiatorIdLineEdit"), QStringLiteral("9962981729"));
        QTest::keyClicks(edit(page, "userCodeLineEdit"), QStringLiteral("20810200"));
        QSignalSpy saved(form, &CredentialsWidget::saved);
        QTest::keyClick(edit(page, "userCodeLineEdit"), Qt::Key_Return);
        QVERIFY2(saved.wait(20000),
                 qPrintable(page.findChild<QLabel*>(QStringLiteral("credentialsStatusLabel"))->text()));
        QCOMPARE(switched.count(), 1);
        QCOMPARE(switched.first().first().value<EkoEnvironment>(), EkoEnvironment::Uat);
        QCOMPARE(switched.first().at(1).toBool(), false);
        // The page only asks: the counter switches (or refuses while money is unresolved) and saves the choice.
        QCOMPARE(settings.environment(), EkoEnvironment::Training);
        settings.setEnvironment(EkoEnvironment::Uat); // as the counter does once it has switched

        // The keychain has them; no file has the access key.
        bool done = false;
        EkoCredentials read;
        credentials.load(EkoEnvironment::Uat, this, [&](Result<EkoCredentials> r, bool found) {
            QVERIFY(r.ok() && found);
            read = r.value();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(read.accessKey, accessKey);
        settings.sync();
        for (const QString& root : {dir.path(), qEnvironmentVariable("XDG_CONFIG_HOME")}) {
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains(accessKey.toUtf8()), qPrintable(f.fileName()));
            }
        }

        // A new page reads them back into the form.
        SettingsPage again(settings, credentials, switcher);
        auto* againForm = again.findChild<CredentialsWidget*>();
        QSignalSpy againLoaded(againForm, &CredentialsWidget::loaded);
        QVERIFY(againLoaded.wait(20000));
        QCOMPARE(againForm->credentials().userCode, QStringLiteral("20810200"));

        bool removed = false;
        credentials.remove(EkoEnvironment::Uat, this, [&](const Error&) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
    }
};

QTEST_MAIN(TestSettingsPage)
#include "TestSettingsPage.moc"
