// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/secrets/EkoCredentialStore.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/AppSettings.h"
#include "ui/settings/LanguageSwitcher.h"
#include "ui/settings/SettingsPage.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;
using namespace saathi::ui;

namespace {
// This test never reaches the keychain: Training needs no credentials.
class UnusedSecretStore final : public SecretStore
{
public:
    SecretJob* read(const QString&) override { return answer(); }
    SecretJob* write(const QString&, const QString&) override { return answer(); }
    SecretJob* remove(const QString&) override { return answer(); }

private:
    SecretJob* answer()
    {
        auto* job = new SecretJob(this);
        QMetaObject::invokeMethod(
            job,
            [job] {
                SecretResult r;
                r.notFound = true;
                Q_EMIT job->finished(r);
                job->deleteLater();
            },
            Qt::QueuedConnection);
        return job;
    }
};
} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hindiAppliesAtOnceAndBack()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(QStringLiteral("lang.ini")), QSettings::IniFormat);
        AppSettings settings(ini);
        UnusedSecretStore secrets;
        EkoCredentialStore credentials(secrets);
        LanguageSwitcher switcher;
        SettingsPage page(settings, credentials, switcher);
        page.show();
        auto* title = page.findChild<QLabel*>(QStringLiteral("titleLabel"));
        auto* language = page.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
        QVERIFY(title && language);
        QCOMPARE(title->text(), QStringLiteral("Settings"));

        QSignalSpy changed(&page, &SettingsPage::languageChanged);
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Down); // keyboard only: English → हिन्दी
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("hi"));
        QTRY_COMPARE(title->text(), QStringLiteral("सेटिंग्स"));
        QCOMPARE(settings.language(), QStringLiteral("hi"));

        // A window opened after the switch comes up in Hindi too.
        SettingsPage second(settings, credentials, switcher);
        QCOMPARE(second.findChild<QLabel*>(QStringLiteral("titleLabel"))->text(), QStringLiteral("सेटिंग्स"));

        QTest::keyClick(language, Qt::Key_Up);
        QTRY_COMPARE(title->text(), QStringLiteral("Settings"));
        QCOMPARE(second.findChild<QLabel*>(QStringLiteral("titleLabel"))->text(), QStringLiteral("Settings"));
        QCOMPARE(settings.language(), QStringLiteral("en"));
    }

    void everyHindiStringIsInTheCatalogue()
    {
        QTranslator hindi;
        QVERIFY(hindi.load(LanguageSwitcher::catalogueFor(QStringLiteral("hi"))));
        QCOMPARE(hindi.translate("saathi::ui::LockScreen", "Counter locked"), QStringLiteral("काउंटर बंद है"));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "TestLanguageSwitch.moc"
