// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/onboarding/AgentDetailsPage.h"

#include "core/eko/EkoClient.h"
#include "core/validation/FieldValidators.h"
#include "ui/onboarding/AddressWidget.h"
#include "ui/widgets/ScrollingForm.h"

#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QWizard>

namespace saathi::ui {

namespace {
enum Field { FirstName, LastName, Mobile, Email, Dob, Pan, ShopName };
}

AgentDetailsPage::AgentDetailsPage(eko::EkoClient& client, QWidget* parent)
    : QWizardPage(parent)
    , m_client(client)
    , m_ops(client)
{
    setObjectName(QStringLiteral("agentDetailsPage"));
    auto edit = [this](const char* name) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        return e;
    };
    m_firstName = edit("firstNameLineEdit");
    m_lastName = edit("lastNameLineEdit");
    m_mobile = edit("mobileLineEdit");
    m_email = edit("emailLineEdit");
    m_dob = new QDateEdit(QDate(1990, 1, 1), this);
    m_dob->setObjectName(QStringLiteral("dobDateEdit"));
    m_dob->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_dob->setMaximumDate(QDate::currentDate().addYears(-18));
    m_pan = edit("panLineEdit");
    m_pan->setMaxLength(10);
    m_shopName = edit("shopNameLineEdit");
    m_residence = new AddressWidget(QStringLiteral("residence"), this);
    m_pageError = new QLabel(this);
    m_pageError->setObjectName(QStringLiteral("onboardErrorLabel"));
    m_pageError->setWordWrap(true);
    m_pageError->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_userCodeLabel = new QLabel(this);
    m_userCodeLabel->setObjectName(QStringLiteral("userCodeLabel"));
    m_userCodeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QFormLayout* form = scrollingForm(this);
    QWidget* fields[7] = {m_firstName, m_lastName, m_mobile, m_email, m_dob, m_pan, m_shopName};
    static const char* errorNames[7]
        = {"firstNameErrorLabel", "lastNameErrorLabel", "mobileErrorLabel",  "emailErrorLabel",
           "dobErrorLabel",       "panErrorLabel",      "shopNameErrorLabel"};
    for (int i = 0; i < 7; ++i) {
        m_fieldLabels[i] = new QLabel(this);
        m_fieldLabels[i]->setBuddy(fields[i]);
        m_fieldErrors[i] = new QLabel(this);
        m_fieldErrors[i]->setObjectName(QString::fromLatin1(errorNames[i]));
        m_fieldErrors[i]->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        form->addRow(m_fieldLabels[i], fields[i]);
        form->addRow(QString(), m_fieldErrors[i]);
    }
    form->addRow(m_residence);
    form->addRow(m_pageError);
    form->addRow(m_userCodeLabel);
    retranslate();
}

bool AgentDetailsPage::isComplete() const
{
    return !m_busy && QWizardPage::isComplete();
}

eko::AgentProfile AgentDetailsPage::profile() const
{
    eko::AgentProfile p;
    p.firstName = m_firstName->text().trimmed();
    p.lastName = m_lastName->text().trimmed();
    p.mobile = validate::mobile(m_mobile->text()).normalized;
    p.email = m_email->text().trimmed();
    p.dob = m_dob->date().toString(QStringLiteral("yyyy-MM-dd"));
    p.pan = validate::pan(m_pan->text()).normalized;
    p.shopName = m_shopName->text().trimmed();
    p.residence = m_residence->address();
    return p;
}

bool AgentDetailsPage::checkFields()
{
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    QString messages[7];
    if (m_firstName->text().trimmed().isEmpty()) {
        messages[FirstName] = tr("Enter the first name as on the PAN card.");
    }
    if (m_lastName->text().trimmed().isEmpty() || m_lastName->text().trimmed().contains(QLatin1Char(' '))) {
        messages[LastName] = tr("Enter the surname only, as on the PAN card.");
    }
    messages[Mobile] = validate::mobile(m_mobile->text()).message;
    if (!emailRe.match(m_email->text().trimmed()).hasMatch()) {
        messages[Email] = tr("Enter an email address such as name@example.com.");
    }
    messages[Pan] = validate::pan(m_pan->text()).message;
    if (m_shopName->text().trimmed().isEmpty()) {
        messages[ShopName] = tr("Enter the shop's name.");
    }
    QWidget* fields[7] = {m_firstName, m_lastName, m_mobile, m_email, m_dob, m_pan, m_shopName};
    QWidget* firstBad = nullptr;
    for (int i = 0; i < 7; ++i) {
        m_fieldErrors[i]->setText(messages[i]);
        if (!messages[i].isEmpty() && !firstBad) {
            firstBad = fields[i];
        }
    }
    const bool addressOk = m_residence->check();
    if (firstBad) {
        firstBad->setFocus();
    }
    return !firstBad && addressOk;
}

bool AgentDetailsPage::validatePage()
{
    if (!m_userCode.isEmpty()) {
        return true; // already onboarded: Back and Next again must not onboard twice
    }
    if (m_busy || !checkFields()) {
        return false;
    }
    m_busy = true;
    Q_EMIT completeChanged();
    m_pageError->setText(tr("Sending the details to Eko…"));
    eko::EkoJob* job = m_ops.onboard(profile());
    connect(job, &eko::EkoJob::finished, this, &AgentDetailsPage::onboarded);
    return false; // onboarded() moves the wizard on
}

void AgentDetailsPage::onboarded(const eko::EkoResponse& response)
{
    m_busy = false;
    Q_EMIT completeChanged();
    const QString code = response.envelope.text(QStringLiteral("user_code"));
    if (response.outcome != eko::Outcome::Success || code.isEmpty()) {
        const QMap<QString, QString>& invalid = response.envelope.invalidParams;
        static const QMap<QString, int> fieldOf {{QStringLiteral("first_name"), FirstName},
                                                 {QStringLiteral("last_name"), LastName},
                                                 {QStringLiteral("mobile"), Mobile},
                                                 {QStringLiteral("email"), Email},
                                                 {QStringLiteral("dob"), Dob},
                                                 {QStringLiteral("pan_number"), Pan},
                                                 {QStringLiteral("shop_name"), ShopName}};
        for (auto it = invalid.cbegin(); it != invalid.cend(); ++it) {
            if (fieldOf.contains(it.key())) {
                m_fieldErrors[fieldOf.value(it.key())]->setText(it.value());
            }
        }
        m_pageError->setText(response.error.userMessage.isEmpty() ? response.envelope.reason()
                                                                  : response.error.userMessage);
        return;
    }
    m_userCode = code;
    m_pageError->clear();
    // From here on every call is for this agent.
    eko::EkoConfig config = m_client.config();
    config.credentials.userCode = code;
    m_client.setConfig(config);
    retranslate();
    Q_EMIT userCodeReceived(code);
    if (wizard()) {
        wizard()->next();
    }
}

void AgentDetailsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void AgentDetailsPage::retranslate()
{
    setTitle(tr("Agent details"));
    setSubTitle(tr("As on the agent's PAN card. Eko creates the agent's user code from these."));
    const QString labels[7]
        = {tr("First name"), tr("Surname"), tr("Mobile"), tr("Email"), tr("Date of birth"), tr("PAN"), tr("Shop name")};
    for (int i = 0; i < 7; ++i) {
        m_fieldLabels[i]->setText(labels[i]);
    }
    m_userCodeLabel->setText(m_userCode.isEmpty() ? QString() : tr("Agent's user code: %1").arg(m_userCode));
}

} // namespace saathi::ui
