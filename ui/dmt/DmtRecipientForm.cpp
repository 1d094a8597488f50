// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/dmt/DmtRecipientForm.h"

#include "ui/form/FormKit.h"
#include "ui/form/PageKeys.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace saathi::ui {

using dmt::DmtField;

DmtRecipientForm::DmtRecipientForm(const dmt::RecipientBook& book, QWidget* parent)
    : QWidget(parent)
    , m_book(book)
{
    setObjectName(QStringLiteral("recipientFormWidget"));
    const auto edit = [this](const char* name, int maxLength) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setMaxLength(maxLength);
        return e;
    };
    m_account = edit("accountLineEdit", 18);
    m_accountError = FormKit::errorLabel(this, QStringLiteral("accountErrorLabel"));
    m_ifsc = edit("ifscLineEdit", 11);
    m_ifscError = FormKit::errorLabel(this, QStringLiteral("ifscErrorLabel"));
    m_ifscBank = FormKit::textLabel(this, QStringLiteral("ifscBankLabel"));
    m_name = edit("recipientNameLineEdit", 60);
    m_nameError = FormKit::errorLabel(this, QStringLiteral("recipientNameErrorLabel"));
    m_mobile = edit("recipientMobileLineEdit", 14);
    m_mobileError = FormKit::errorLabel(this, QStringLiteral("recipientMobileErrorLabel"));
    m_formError = FormKit::errorLabel(this, QStringLiteral("recipientFormErrorLabel"));
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveRecipientButton"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelAddRecipientButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &DmtRecipientForm::saveRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &DmtRecipientForm::cancelRequested);
    connect(m_ifsc, &QLineEdit::textEdited, this, &DmtRecipientForm::onIfscEdited);

    auto* ifscBox = new QVBoxLayout;
    ifscBox->setSpacing(2);
    ifscBox->addWidget(m_ifsc);
    ifscBox->addWidget(m_ifscBank);
    ifscBox->addWidget(m_ifscError);
    auto* form = new QFormLayout;
    m_accountLabel = FormKit::fieldLabel(m_account);
    m_ifscLabel = FormKit::fieldLabel(m_ifsc);
    m_nameLabel = FormKit::fieldLabel(m_name);
    m_mobileLabel = FormKit::fieldLabel(m_mobile);
    form->addRow(m_accountLabel, FormKit::fieldBox(m_account, m_accountError));
    form->addRow(m_ifscLabel, ifscBox);
    form->addRow(m_nameLabel, FormKit::fieldBox(m_name, m_nameError));
    form->addRow(m_mobileLabel, FormKit::fieldBox(m_mobile, m_mobileError));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addLayout(buttons);
    layout->addStretch();
    setTabOrder(m_account, m_ifsc);
    setTabOrder(m_ifsc, m_name);
    setTabOrder(m_name, m_mobile);
    setTabOrder(m_mobile, m_saveButton);
    setTabOrder(m_saveButton, m_cancelButton);
    // Esc goes on to the step (back to the list); Enter moves on, and saves from the mobile.
    PageKeys::install(this, {{}, [this] { proceed(); }, {}, {}});
    retranslate();
}

void DmtRecipientForm::retranslate()
{
    m_accountLabel->setText(tr("A&ccount number"));
    m_ifscLabel->setText(tr("&IFSC"));
    m_nameLabel->setText(tr("Recipient's &name"));
    m_mobileLabel->setText(tr("Recipient's &mobile"));
    m_account->setPlaceholderText(tr("9 to 18 digits"));
    m_ifsc->setPlaceholderText(tr("e.g. SBIN0001234"));
    m_mobile->setPlaceholderText(tr("10-digit mobile number"));
    m_saveButton->setText(tr("Sa&ve recipient"));
    m_cancelButton->setText(tr("Cancel"));
}

void DmtRecipientForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshBank();
    }
    QWidget::changeEvent(event);
}

void DmtRecipientForm::proceed()
{
    if (!m_saveButton->isEnabled()) {
        return; // a request is on its way
    }
    if (focusWidget() == m_mobile) {
        Q_EMIT saveRequested();
    } else {
        focusNextChild();
    }
}

void DmtRecipientForm::onIfscEdited(const QString& text)
{
    const dmt::RecipientBook::IfscCheck check = m_book.checkIfsc(text);
    if (check.normalized != text) {
        const int cursor = m_ifsc->cursorPosition();
        m_ifsc->setText(check.normalized);
        m_ifsc->setCursorPosition(cursor);
    }
    FormKit::clearMessage(m_ifscError);
    if (!check.error.isNull()) {
        FormKit::showMessage(m_ifscError, check.error.message);
    }
    m_ifscBank->setText(check.bankText);
}

void DmtRecipientForm::refreshBank()
{
    if (!m_ifsc->text().isEmpty()) {
        onIfscEdited(m_ifsc->text());
    }
}

dmt::NewRecipient DmtRecipientForm::recipient() const
{
    dmt::NewRecipient r;
    r.account = m_account->text().trimmed();
    r.ifsc = m_ifsc->text().trimmed();
    r.name = m_name->text().trimmed();
    r.mobile = m_mobile->text().trimmed();
    return r;
}

void DmtRecipientForm::showError(const dmt::FieldError& error)
{
    QLabel* label = m_formError;
    QWidget* widget = nullptr;
    switch (error.field) {
    case DmtField::Account:
        label = m_accountError;
        widget = m_account;
        break;
    case DmtField::Ifsc:
        label = m_ifscError;
        widget = m_ifsc;
        break;
    case DmtField::RecipientName:
        label = m_nameError;
        widget = m_name;
        break;
    case DmtField::RecipientMobile:
        label = m_mobileError;
        widget = m_mobile;
        break;
    default:
        break;
    }
    FormKit::showMessage(label, error.message);
    if (widget) {
        widget->setFocus();
    }
}

void DmtRecipientForm::clearErrors()
{
    for (QLabel* l : {m_accountError, m_ifscError, m_nameError, m_mobileError, m_formError}) {
        FormKit::clearMessage(l);
    }
}

void DmtRecipientForm::clear()
{
    for (QLineEdit* e : {m_account, m_ifsc, m_name, m_mobile}) {
        e->clear();
    }
    m_ifscBank->clear();
    clearErrors();
}

void DmtRecipientForm::focusFirstField()
{
    m_account->setFocus();
}

void DmtRecipientForm::setSaveEnabled(bool enabled)
{
    m_saveButton->setEnabled(enabled);
}

} // namespace saathi::ui
