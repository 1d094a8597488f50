// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/settings/OperatorDialog.h"

#include "core/settings/PinHash.h"
#include "core/till/Operators.h"
#include "ui/form/FormKit.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace saathi::ui {

OperatorDialog::OperatorDialog(till::Operators& operators, QWidget* parent)
    : QDialog(parent)
    , m_operators(operators)
{
    build();
}

OperatorDialog::OperatorDialog(till::Operators& operators, const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_operators(operators)
    , m_name(name)
{
    build();
}

QLineEdit* OperatorDialog::addField(const QString& objectName, bool pin, QLabel** label, QLabel** error)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    if (pin) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(8);
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), edit));
    } else {
        edit->setMaxLength(60); // core's till.bad_operator limit
    }
    *label = FormKit::fieldLabel(edit);
    *error = FormKit::errorLabel(this, objectName.chopped(int(qstrlen("LineEdit"))) + QStringLiteral("ErrorLabel"));
    m_form->addRow(*label, FormKit::fieldBox(edit, *error));
    connect(edit, &QLineEdit::textEdited, *error, [e = *error] { FormKit::clearMessage(e); });
    return edit;
}

void OperatorDialog::build()
{
    setObjectName(m_name.isEmpty() ? QStringLiteral("addOperatorDialog") : QStringLiteral("changeOperatorPinDialog"));
    setWindowModality(Qt::WindowModal);
    m_form = new QFormLayout;
    if (m_name.isEmpty()) {
        m_nameEdit = addField(QStringLiteral("operatorNameLineEdit"), false, &m_nameLabel, &m_nameError);
    } else {
        m_current = addField(QStringLiteral("operatorCurrentPinLineEdit"), true, &m_currentLabel, &m_currentError);
    }
    m_pin = addField(QStringLiteral("operatorPinLineEdit"), true, &m_pinLabel, &m_pinError);
    m_again = addField(QStringLiteral("operatorPinAgainLineEdit"), true, &m_againLabel, &m_againError);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveOperatorButton"));
    m_save->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelOperatorButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &OperatorDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
}

QString OperatorDialog::operatorName() const
{
    return m_name.isEmpty() ? m_nameEdit->text().trimmed() : m_name;
}

void OperatorDialog::save()
{
    for (QLabel* error : {m_nameError, m_currentError, m_pinError, m_againError}) {
        if (error) {
            FormKit::clearMessage(error);
        }
    }
    const auto fail = [](QLabel* error, QLineEdit* field, const QString& message) {
        FormKit::showMessage(error, message);
        field->setFocus();
    };
    // Local checks first, so a mistyped new PIN costs nothing.
    if (m_nameEdit && m_nameEdit->text().trimmed().isEmpty()) {
        fail(m_nameError, m_nameEdit, tr("Write the operator's name."));
        return;
    }
    if (const Error bad = pin::check(m_pin->text()); !bad.isNull()) {
        fail(m_pinError, m_pin, bad.userMessage);
        return;
    }
    if (m_again->text() != m_pin->text()) {
        fail(m_againError, m_again, tr("The two PINs are not the same. Type them again."));
        return;
    }
    const Error error = m_name.isEmpty() ? m_operators.add(operatorName(), m_pin->text())
                                         : m_operators.changePin(m_name, m_current->text(), m_pin->text());
    if (error.isNull()) {
        accept();
    } else if (error.code == QLatin1String("till.bad_operator") && m_nameEdit) {
        fail(m_nameError, m_nameEdit, error.userMessage);
    } else if ((error.code == QLatin1String("till.wrong_pin") || error.code == QLatin1String("till.unknown_operator"))
               && m_current) {
        fail(m_currentError, m_current, error.userMessage);
    } else {
        fail(m_pinError, m_pin, error.userMessage);
    }
}

void OperatorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void OperatorDialog::retranslate()
{
    if (m_name.isEmpty()) {
        setWindowTitle(tr("Add an operator"));
        m_nameLabel->setText(tr("&Name"));
        m_pinLabel->setText(tr("&PIN (4–8 digits)"));
        m_againLabel->setText(tr("PIN &again"));
    } else {
        setWindowTitle(tr("Change %1's PIN").arg(m_name));
        m_currentLabel->setText(tr("&Current PIN"));
        m_pinLabel->setText(tr("&New PIN (4–8 digits)"));
        m_againLabel->setText(tr("New PIN &again"));
    }
    m_save->setText(tr("&Save"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace saathi::ui
