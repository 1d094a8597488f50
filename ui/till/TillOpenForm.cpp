// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/till/TillOpenForm.h"

#include "core/counter/CounterServices.h"
#include "core/till/Operators.h"
#include "core/till/TillService.h"
#include "ui/form/FormKit.h"
#include "ui/form/Theme.h"
#include "ui/till/OperatorPicker.h"
#include "ui/till/TillAmount.h"
#include "ui/till/TillKit.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace saathi::ui {

TillOpenForm::TillOpenForm(CounterServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_key(TillKit::newKey(QStringLiteral("open")))
{
    setObjectName(QStringLiteral("tillOpenForm"));
    m_intro = FormKit::textLabel(this, QStringLiteral("tillOpenIntroLabel"));
    m_operator = new OperatorPicker(services.operators, QStringLiteral("open"), this);
    m_operatorLabel = FormKit::fieldLabel(m_operator, QStringLiteral("openOperatorLabel"));
    m_operatorError = FormKit::errorLabel(this, QStringLiteral("openOperatorErrorLabel"));
    m_pin = TillKit::pinLineEdit(this, QStringLiteral("openPinLineEdit"));
    m_pinLabel = FormKit::fieldLabel(m_pin, QStringLiteral("openPinLabel"));
    m_pinError = FormKit::errorLabel(this, QStringLiteral("openPinErrorLabel"));
    m_cash = new QLineEdit(this);
    m_cash->setObjectName(QStringLiteral("openingCashLineEdit"));
    m_cash->setMaxLength(20);
    m_cashLabel = FormKit::fieldLabel(m_cash, QStringLiteral("openingCashLabel"));
    m_cashError = FormKit::errorLabel(this, QStringLiteral("openingCashErrorLabel"));
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openTillButton"));
    m_status = FormKit::textLabel(this, QStringLiteral("tillOpenStatusLabel"));

    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(m_operatorLabel, FormKit::fieldBox(m_operator, m_operatorError));
    form->addRow(m_pinLabel, FormKit::fieldBox(m_pin, m_pinError));
    form->addRow(m_cashLabel, FormKit::fieldBox(m_cash, m_cashError));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch(1);
    setMaximumWidth(FormKit::kFormMaxWidth);

    connect(m_open, &QPushButton::clicked, this, &TillOpenForm::submit);
    connect(m_operator, &OperatorPicker::edited, this, [this] { FormKit::clearMessage(m_operatorError); });
    connect(m_pin, &QLineEdit::textEdited, this, [this] { FormKit::clearMessage(m_pinError); });
    connect(m_cash, &QLineEdit::textEdited, this, [this] { FormKit::clearMessage(m_cashError); });
    if (services.operators) {
        connect(services.operators, &till::Operators::changed, this, &TillOpenForm::reload);
    }
    reload();
    retranslate();
}

void TillOpenForm::reload()
{
    m_operator->reload(m_services.identity.agentName);
    m_form->setRowVisible(m_pinLabel, m_operator->usesPins());
}

void TillOpenForm::clearErrors()
{
    for (QLabel* label : {m_operatorError, m_pinError, m_cashError, m_status}) {
        FormKit::clearMessage(label);
    }
}

void TillOpenForm::submit()
{
    if (m_busy || !m_services.till) {
        return;
    }
    clearErrors();
    // Every local check first; the first field at fault takes the focus.
    QWidget* firstBad = nullptr;
    const auto fail = [&firstBad](QLabel* label, const QString& message, QWidget* field) {
        FormKit::showMessage(label, message);
        if (!firstBad) {
            firstBad = field;
        }
    };
    const QString name = m_operator->name();
    if (name.isEmpty()) {
        fail(m_operatorError, tr("Write the name of the person who opens the till."), m_operator);
    }
    const TillAmount::Parsed cash = TillAmount::parse(m_cash->text(), TillAmount::Rule::ZeroAllowed);
    if (!cash.ok()) {
        fail(m_cashError, cash.error, m_cash);
    }
    if (firstBad) {
        firstBad->setFocus();
        return;
    }
    till::OpenShiftRequest request;
    request.key = m_key;
    request.operatorName = name;
    request.openingCash = cash.amount;
    request.evalueOpen = m_evalue;
    setBusy(true);
    if (!m_operator->usesPins()) {
        openShift(request);
        return;
    }
    // The PIN is checked off the UI thread (PBKDF2), after every other local check.
    m_services.operators->verifyLater(name, m_pin->text()).then(this, [this, request](const Error& wrong) {
        if (!wrong.isNull()) {
            setBusy(false);
            FormKit::showMessage(m_pinError, wrong.userMessage);
            m_pin->setFocus();
            return;
        }
        openShift(request);
    });
}

void TillOpenForm::openShift(const till::OpenShiftRequest& request)
{
    m_status->setText(tr("Opening the till…"));
    m_status->show();
    m_services.till->openShift(request).then(this, [this](const Result<till::Shift>& opened) {
        setBusy(false);
        if (!opened) {
            showError(opened.error());
            return;
        }
        FormKit::clearMessage(m_status);
        m_key = TillKit::newKey(QStringLiteral("open")); // the next opening is another one
        m_pin->clear();
        m_cash->clear();
    });
}

void TillOpenForm::showError(const Error& error)
{
    if (error.code == QLatin1String("till.bad_amount")) {
        FormKit::showMessage(m_cashError, error.userMessage);
        m_cash->setFocus();
    } else if (error.code == QLatin1String("till.bad_operator")
               || error.code == QLatin1String("till.unknown_operator")) {
        FormKit::showMessage(m_operatorError, error.userMessage);
        m_operator->setFocus();
    } else {
        Theme::setTone(m_status, Tone::Error);
        FormKit::showMessage(m_status, error.userMessage);
        if (error.code == QLatin1String("till.shift_open")) {
            m_services.till->refresh(); // another hand opened it: show that shift
        }
    }
}

void TillOpenForm::setBusy(bool busy)
{
    m_busy = busy;
    m_open->setEnabled(!busy);
    Theme::setTone(m_status, Tone::Normal);
}

void TillOpenForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // the agent's name as the language says it (training's), unless another was typed
    }
    QWidget::changeEvent(event);
}

void TillOpenForm::retranslate()
{
    m_intro->setText(tr("The till is not open. Count the cash in the drawer and open the till before the first "
                        "customer."));
    m_operatorLabel->setText(tr("Op&erator"));
    m_pinLabel->setText(tr("Operator's &PIN"));
    m_cashLabel->setText(tr("Opening &cash (₹)"));
    m_cash->setPlaceholderText(tr("for example 20,000"));
    m_open->setText(tr("&Open the till"));
}

} // namespace saathi::ui
