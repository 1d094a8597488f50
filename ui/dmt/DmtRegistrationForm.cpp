// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/dmt/DmtRegistrationForm.h"

#include "ui/form/FormKit.h"
#include "ui/form/PageKeys.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace saathi::ui {

namespace {

QDate parseDate(const QString& text)
{
    const QString t = text.trimmed();
    for (const QString& format :
         {QStringLiteral("dd/MM/yyyy"), QStringLiteral("d/M/yyyy"), QStringLiteral("dd-MM-yyyy"),
          QStringLiteral("d-M-yyyy"), QStringLiteral("yyyy-MM-dd"), QStringLiteral("ddMMyyyy")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid()) {
            return d;
        }
    }
    return {};
}

} // namespace

DmtRegistrationForm::DmtRegistrationForm(dmt::Rail rail, QWidget* parent)
    : QWidget(parent)
    , m_rail(rail)
{
    setObjectName(QStringLiteral("registrationFormWidget"));
    m_intro = FormKit::textLabel(this, QStringLiteral("registerIntroLabel"));
    const auto edit = [this](const char* name, int maxLength) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setMaxLength(maxLength);
        return e;
    };
    m_name = edit("nameLineEdit", 60);
    m_nameError = FormKit::errorLabel(this, QStringLiteral("nameErrorLabel"));
    m_dob = edit("dobLineEdit", 10);
    m_dobError = FormKit::errorLabel(this, QStringLiteral("dobErrorLabel"));
    m_address = edit("addressLineEdit", 120);
    m_addressError = FormKit::errorLabel(this, QStringLiteral("addressErrorLabel"));
    m_city = edit("cityLineEdit", 40);
    m_state = edit("stateLineEdit", 40);
    m_pinCode = edit("pinCodeLineEdit", 6);
    m_pinCodeError = FormKit::errorLabel(this, QStringLiteral("pinCodeErrorLabel"));
    m_registerButton = new QPushButton(this);
    m_registerButton->setObjectName(QStringLiteral("registerButton"));
    connect(m_registerButton, &QPushButton::clicked, this, &DmtRegistrationForm::submitRequested);

    auto* form = new QFormLayout;
    const auto row = [this, form](QLabel*& label, QWidget* field, QLabel* error) {
        label = new QLabel(this);
        label->setBuddy(field);
        if (error) {
            form->addRow(label, FormKit::fieldBox(field, error));
        } else {
            form->addRow(label, field);
        }
    };
    row(m_nameLabel, m_name, m_nameError);
    row(m_dobLabel, m_dob, m_dobError);
    row(m_addressLabel, m_address, m_addressError);
    row(m_cityLabel, m_city, nullptr);
    row(m_stateLabel, m_state, nullptr);
    row(m_pinCodeLabel, m_pinCode, m_pinCodeError);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_registerButton, 0, Qt::AlignLeft);
    layout->addStretch();
    setTabOrder(m_name, m_dob);
    setTabOrder(m_dob, m_address);
    setTabOrder(m_address, m_city);
    setTabOrder(m_city, m_state);
    setTabOrder(m_state, m_pinCode);
    setTabOrder(m_pinCode, m_registerButton);
    // Esc goes on to the step; Enter moves field to field and registers from the last one.
    PageKeys::install(this, {{}, [this] { proceed(); }, {}, {}});
    retranslate();
}

void DmtRegistrationForm::retranslate()
{
    m_intro->setText(tr("This mobile is not registered for money transfer. Register the customer:"));
    m_nameLabel->setText(tr("&Name (as on the ID)"));
    m_dobLabel->setText(tr("&Date of birth"));
    m_addressLabel->setText(tr("&Address"));
    m_cityLabel->setText(tr("C&ity"));
    m_stateLabel->setText(tr("S&tate"));
    m_pinCodeLabel->setText(tr("&PIN code"));
    m_dob->setPlaceholderText(tr("DD/MM/YYYY"));
    m_pinCode->setPlaceholderText(tr("6 digits"));
    m_registerButton->setText(m_rail == dmt::Rail::Classic ? tr("&Register and send OTP") : tr("&Register"));
}

void DmtRegistrationForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

dmt::CustomerRegistration DmtRegistrationForm::registration() const
{
    dmt::CustomerRegistration r;
    r.name = m_name->text().trimmed();
    r.dateOfBirth = parseDate(m_dob->text());
    r.addressLine = m_address->text().trimmed();
    r.city = m_city->text().trimmed();
    r.state = m_state->text().trimmed();
    r.pinCode = m_pinCode->text().trimmed();
    return r;
}

bool DmtRegistrationForm::showError(const dmt::FieldError& error)
{
    QLabel* label = nullptr;
    QWidget* widget = nullptr;
    switch (error.field) {
    case dmt::DmtField::Name:
        label = m_nameError;
        widget = m_name;
        break;
    case dmt::DmtField::DateOfBirth:
        label = m_dobError;
        widget = m_dob;
        break;
    case dmt::DmtField::Address:
        label = m_addressError;
        widget = m_address;
        break;
    case dmt::DmtField::PinCode:
        label = m_pinCodeError;
        widget = m_pinCode;
        break;
    default:
        return false;
    }
    FormKit::showMessage(label, error.message);
    widget->setFocus();
    return true;
}

void DmtRegistrationForm::clearErrors()
{
    for (QLabel* l : {m_nameError, m_dobError, m_addressError, m_pinCodeError}) {
        FormKit::clearMessage(l);
    }
}

void DmtRegistrationForm::clear()
{
    for (QLineEdit* e : {m_name, m_dob, m_address, m_city, m_state, m_pinCode}) {
        e->clear();
    }
    clearErrors();
}

void DmtRegistrationForm::focusFirstField()
{
    m_name->setFocus();
}

void DmtRegistrationForm::setSubmitEnabled(bool enabled)
{
    m_registerButton->setEnabled(enabled);
}

void DmtRegistrationForm::proceed()
{
    if (!m_registerButton->isEnabled()) {
        return; // a request is on its way
    }
    if (focusWidget() == m_pinCode) {
        Q_EMIT submitRequested();
    } else {
        focusNextChild();
    }
}

} // namespace saathi::ui
