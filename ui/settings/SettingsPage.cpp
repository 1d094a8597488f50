// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/settings/SettingsPage.h"

#include "core/settings/AppSettings.h"
#include "core/settings/EnvironmentProfile.h"
#include "ui/form/FormKit.h"
#include "ui/form/PageKeys.h"
#include "ui/form/Theme.h"
#include "ui/settings/CredentialsWidget.h"
#include "ui/settings/CustomerMemoryBox.h"
#include "ui/settings/LanguageSwitcher.h"
#include "ui/settings/OperatorsBox.h"
#include "ui/settings/PinWidget.h"
#include "ui/settings/PrinterSettingsBox.h"
#include "ui/settings/SupportFileBox.h"
#include "ui/settings/SwitchRefusedBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace saathi::ui {

namespace {
QLabel* errorLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    Theme::setTone(label, Tone::Error);
    return label;
}
// Tab in reading order, section after section; within a section, the order its widgets were made in. Widgets inside
// a combo or spin box follow their box.
void chainTabs(const QList<QWidget*>& sections)
{
    QWidget* previous = nullptr;
    for (QWidget* section : sections) {
        QList<QWidget*> inSection;
        if (section->focusPolicy() != Qt::NoFocus) {
            inSection << section;
        }
        for (QWidget* w = section->nextInFocusChain(); w != section; w = w->nextInFocusChain()) {
            const bool inner
                = qobject_cast<QComboBox*>(w->parentWidget()) || qobject_cast<QSpinBox*>(w->parentWidget());
            if (section->isAncestorOf(w) && w->focusPolicy() != Qt::NoFocus && !inner) {
                inSection << w;
            }
        }
        for (QWidget* w : std::as_const(inSection)) {
            if (previous) {
                QWidget::setTabOrder(previous, w);
            }
            previous = w;
        }
    }
}
} // namespace

SettingsPage::SettingsPage(AppSettings& settings, EkoCredentialStore& credentials, LanguageSwitcher& language,
                           QWidget* parent, const Clock& clock)
    : QWidget(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_language(language)
    , m_pending(settings.environment())
{
    setObjectName(QStringLiteral("settingsPage"));
    m_title = FormKit::titleLabel(this, QStringLiteral("titleLabel"));
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    // Esc arrives through PageKeys here, or through the main window's back handler; a button shortcut would clash
    // with the window's own Esc.
    PageKeys::install(this, {[this] { Q_EMIT backRequested(); }, {}, {}, {}});
    m_onboard = new QPushButton(this);
    m_onboard->setObjectName(QStringLiteral("onboardButton"));
    m_goLive = new QPushButton(this);
    m_goLive->setObjectName(QStringLiteral("goLiveButton"));
    m_credentials = new CredentialsWidget(credentials, this);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("savedLabel"));

    auto* content = new QWidget(this);
    auto* columns = new QHBoxLayout(content);
    columns->addWidget(buildGeneral(), 1);
    columns->addWidget(buildPrinterAndKiosk(), 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields inside
    scroll->setWidget(content);

    auto* header = new QHBoxLayout;
    header->addWidget(m_back);
    header->addWidget(m_title, 1);
    header->addWidget(m_goLive);
    header->addWidget(m_onboard);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_saved, 1);
    footer->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);
    layout->addLayout(footer);

    connect(m_back, &QPushButton::clicked, this, &SettingsPage::backRequested);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_onboard, &QPushButton::clicked, this, &SettingsPage::onboardingRequested);
    connect(m_goLive, &QPushButton::clicked, this, &SettingsPage::goLiveRequested);
    connect(m_environment, &QComboBox::activated, this, &SettingsPage::chooseEnvironment);
    connect(m_credentials, &CredentialsWidget::loaded, this, &SettingsPage::credentialsKnown);
    connect(m_credentials, &CredentialsWidget::saved, this,
            [this](EkoEnvironment env) { credentialsKnown(env, true); });
    connect(m_languageBox, &QComboBox::activated, this, &SettingsPage::chooseLanguage);
    connect(m_latLong, &QLineEdit::returnPressed, this, &SettingsPage::save);

    orderTabs();
    retranslate();
    m_environment->setCurrentIndex(m_environment->findData(int(m_pending)));
    m_credentials->setEnvironment(m_pending);
}

QWidget* SettingsPage::buildGeneral()
{
    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    m_envGroup = new QGroupBox(column);
    m_environment = new QComboBox(m_envGroup);
    m_environment->setObjectName(QStringLiteral("environmentComboBox"));
    for (EkoEnvironment env : {EkoEnvironment::Training, EkoEnvironment::Uat, EkoEnvironment::Production}) {
        m_environment->addItem(QString(), int(env));
    }
    m_environmentMessage = new QLabel(m_envGroup);
    m_environmentMessage->setObjectName(QStringLiteral("environmentMessageLabel"));
    m_environmentMessage->setWordWrap(true);
    auto* env = new QVBoxLayout(m_envGroup);
    m_refused = new SwitchRefusedBox(m_settings, m_clock, m_envGroup);
    connect(m_refused, &SwitchRefusedBox::overrideConfirmed, this,
            [this](EkoEnvironment wanted) { Q_EMIT environmentRequested(wanted, true); });
    env->addWidget(m_environment);
    env->addWidget(m_environmentMessage);
    env->addWidget(m_refused);
    env->addWidget(m_credentials);

    m_locationGroup = new QGroupBox(column);
    m_latLong = new QLineEdit(m_settings.latLong(), m_locationGroup);
    m_latLong->setObjectName(QStringLiteral("latLongLineEdit"));
    m_latLong->setPlaceholderText(QStringLiteral("28.6139,77.2090"));
    m_latLongError = errorLabel(QStringLiteral("latLongErrorLabel"), m_locationGroup);
    auto* location = new QVBoxLayout(m_locationGroup);
    location->addWidget(m_latLong);
    location->addWidget(m_latLongError);

    m_languageGroup = new QGroupBox(column);
    m_languageBox = new QComboBox(m_languageGroup);
    m_languageBox->setObjectName(QStringLiteral("languageComboBox"));
    m_languageBox->addItem(QStringLiteral("English"), QStringLiteral("en")); // each name in its own language
    m_languageBox->addItem(QStringLiteral("हिन्दी"), QStringLiteral("hi"));
    m_languageBox->setCurrentIndex(m_languageBox->findData(m_settings.language()));
    (new QVBoxLayout(m_languageGroup))->addWidget(m_languageBox);

    layout->addWidget(m_envGroup);
    layout->addWidget(m_locationGroup);
    layout->addWidget(m_languageGroup);
    layout->addStretch();
    return column;
}

QWidget* SettingsPage::buildPrinterAndKiosk()
{
    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    m_printer = new PrinterSettingsBox(m_settings, column);

    const KioskSettings kiosk = m_settings.kiosk();
    m_kioskGroup = new QGroupBox(column);
    m_kiosk = new QCheckBox(m_kioskGroup);
    m_kiosk->setObjectName(QStringLiteral("kioskCheckBox"));
    m_kiosk->setChecked(kiosk.enabled);
    m_idleLabel = new QLabel(m_kioskGroup);
    m_idleMinutes = new QSpinBox(m_kioskGroup);
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutesSpinBox"));
    m_idleMinutes->setRange(AppSettings::kMinIdleMinutes, AppSettings::kMaxIdleMinutes);
    m_idleMinutes->setValue(kiosk.idleLockMinutes);
    m_idleLabel->setBuddy(m_idleMinutes);
    m_kioskError = errorLabel(QStringLiteral("kioskErrorLabel"), m_kioskGroup);
    auto* kioskForm = new QFormLayout(m_kioskGroup);
    kioskForm->addRow(m_kiosk);
    kioskForm->addRow(m_idleLabel, m_idleMinutes);
    kioskForm->addRow(m_kioskError);

    m_pinGroup = new QGroupBox(column);
    (new QVBoxLayout(m_pinGroup))->addWidget(new PinWidget(m_settings, m_clock, PinWidget::Kind::Agent, m_pinGroup));
    m_supervisorGroup = new QGroupBox(column);
    (new QVBoxLayout(m_supervisorGroup))
        ->addWidget(new PinWidget(m_settings, m_clock, PinWidget::Kind::Supervisor, m_supervisorGroup));

    for (QWidget* w : {static_cast<QWidget*>(m_printer), static_cast<QWidget*>(m_kioskGroup),
                       static_cast<QWidget*>(m_pinGroup), static_cast<QWidget*>(m_supervisorGroup)}) {
        layout->addWidget(w);
    }
    layout->addStretch();
    m_secondColumn = layout;
    return column;
}

void SettingsPage::addSupportFile(support::SupportFileWriter& writer)
{
    // Above the stretch, under the PINs.
    m_secondColumn->insertWidget(m_secondColumn->count() - 1,
                                 new SupportFileBox(writer, m_secondColumn->parentWidget()));
    orderTabs();
}

void SettingsPage::addCustomerMemory(journal::JournalService& journal)
{
    m_secondColumn->insertWidget(m_secondColumn->count() - 1,
                                 new CustomerMemoryBox(journal, m_secondColumn->parentWidget()));
    orderTabs();
}

void SettingsPage::addOperators(till::Operators& operators)
{
    m_secondColumn->insertWidget(m_secondColumn->count() - 1,
                                 new OperatorsBox(operators, m_secondColumn->parentWidget()));
    orderTabs();
}

void SettingsPage::orderTabs()
{
    // The header, the left column, the right column box by box, then Save.
    QList<QWidget*> sections {m_back,    m_goLive,     m_onboard,  m_envGroup->parentWidget(),
                              m_printer, m_kioskGroup, m_pinGroup, m_supervisorGroup};
    if (auto* support = findChild<SupportFileBox*>()) {
        sections << support;
    }
    if (auto* memory = findChild<CustomerMemoryBox*>()) {
        sections << memory;
    }
    if (auto* operators = findChild<OperatorsBox*>()) {
        sections << operators;
    }
    chainTabs(sections << m_save);
}

void SettingsPage::chooseEnvironment(int index)
{
    m_pending = static_cast<EkoEnvironment>(m_environment->itemData(index).toInt());
    m_credentialsComplete = false;
    m_credentials->setEnvironment(m_pending); // loaded() continues in credentialsKnown()
    showEnvironmentState();
}

void SettingsPage::credentialsKnown(EkoEnvironment env, bool complete)
{
    if (env != m_pending) {
        return;
    }
    m_credentialsComplete = complete && EnvironmentProfile::missingCredentials(m_credentials->credentials()).isEmpty();
    tryApplyPending();
}

void SettingsPage::tryApplyPending()
{
    const bool ready
        = m_pending == EkoEnvironment::Training || (m_credentialsComplete && !m_settings.latLong().isEmpty());
    if (ready && m_pending != m_settings.environment()) {
        Q_EMIT environmentRequested(m_pending, false); // the counter switches, or says why not
    }
    showEnvironmentState();
}

void SettingsPage::showSwitchRefused(EkoEnvironment wanted, const QList<journal::TransactionRecord>& rows)
{
    m_refused->showRows(wanted, rows);
    showEnvironmentState();
}

void SettingsPage::showEnvironmentState()
{
    if (!m_refused->isHidden() && m_settings.environment() == m_refused->wanted()) {
        m_refused->hide(); // the switch happened after all
    }
    const EkoEnvironment current = m_settings.environment();
    QString text = tr("In use: %1.").arg(m_environment->itemText(m_environment->findData(int(current))));
    if (m_pending != current) {
        QStringList missing = EnvironmentProfile::missingCredentials(m_credentials->credentials());
        if (m_settings.latLong().isEmpty()) {
            missing << tr("Shop location");
        }
        if (m_credentials->isBusy()) {
            text += QLatin1Char(' ') + tr("Reading the saved credentials…");
        } else if (!missing.isEmpty()) {
            text += QLatin1Char(' ')
                + tr("To switch to %1, save these first: %2.")
                      .arg(m_environment->currentText(), missing.join(QStringLiteral(", ")));
        } else {
            text += QLatin1Char(' ') + tr("Save the credentials to switch to %1.").arg(m_environment->currentText());
        }
    }
    m_environmentMessage->setText(text);
}

void SettingsPage::chooseLanguage(int index)
{
    const QString code = m_languageBox->itemData(index).toString();
    if (!m_settings.setLanguage(code).isNull()) {
        return;
    }
    m_settings.sync();
    m_language.setLanguage(code);
    Q_EMIT languageChanged(code);
}

void SettingsPage::save()
{
    bool ok = true;
    QWidget* firstBad = nullptr;
    auto mark = [&](QLabel* label, const Error& e, QWidget* field) {
        label->setText(e.userMessage);
        if (!e.isNull()) {
            ok = false;
            firstBad = firstBad ? firstBad : field;
        }
    };
    mark(m_latLongError, m_settings.setLatLong(m_latLong->text()), m_latLong);
    if (ok) {
        m_latLong->setText(m_settings.latLong());
    }
    QWidget* badPrinterField = nullptr;
    if (!m_printer->save(&badPrinterField)) {
        ok = false;
        firstBad = firstBad ? firstBad : badPrinterField;
    }
    mark(m_kioskError, m_settings.setKiosk({m_kiosk->isChecked(), m_idleMinutes->value()}), m_kiosk);
    m_settings.sync();
    m_saved->setText(ok ? tr("Settings saved.") : tr("Some settings need attention: see the messages above."));
    if (firstBad) {
        firstBad->setFocus();
    }
    tryApplyPending();
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_onboard->setText(tr("&Onboard an agent with Eko…"));
    m_goLive->setText(tr("&Go live with Eko UAT or production…"));
    m_title->setText(tr("Settings"));
    m_back->setText(tr("Back"));
    m_save->setText(tr("&Save"));
    // A group's Alt+letter focuses its first field.
    m_envGroup->setTitle(tr("Eko &environment"));
    m_environment->setItemText(0, tr("Training (built-in sandbox)"));
    m_environment->setItemText(1, tr("Eko UAT"));
    m_environment->setItemText(2, tr("Eko production (real money)"));
    m_locationGroup->setTitle(tr("Shop &location (latitude,longitude)"));
    m_languageGroup->setTitle(tr("La&nguage"));
    m_kioskGroup->setTitle(tr("Kiosk mode"));
    m_kiosk->setText(tr("Full screen, and closing needs the supervisor's PIN"));
    m_idleLabel->setText(tr("Lock after idle &minutes"));
    m_pinGroup->setTitle(tr("Agent's unlock PIN"));
    m_supervisorGroup->setTitle(tr("Supervisor's PIN (to close Saathi in kiosk mode)"));
    showEnvironmentState();
}

} // namespace saathi::ui
