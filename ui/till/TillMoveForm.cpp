// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/till/TillMoveForm.h"

#include "core/counter/CounterServices.h"
#include "core/till/TillService.h"
#include "ui/form/FormKit.h"
#include "ui/form/Theme.h"
#include "ui/till/TillAmount.h"
#include "ui/till/TillKit.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace saathi::ui {

namespace {
constexpr int kMaxReasonLength = 200; // core's till.bad_reason limit
} // namespace

TillMoveForm::TillMoveForm(CounterServices& services, QWidget* parent)
    : QGroupBox(parent)
    , m_services(services)
    , m_key(TillKit::newKey(QStringLiteral("move")))
{
    setObjectName(QStringLiteral("tillMoveGroup"));
    m_added = new QRadioButton(this);
    m_added->setObjectName(QStringLiteral("cashAddedRadioButton"));
    m_added->setChecked(true);
    m_taken = new QRadioButton(this);
    m_taken->setObjectName(QStringLiteral("cashTakenRadioButton"));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("moveAmountLineEdit"));
    m_amount->setMaxLength(20);
    m_amountLabel = FormKit::fieldLabel(m_amount, QStringLiteral("moveAmountLabel"));
    m_amountError = FormKit::errorLabel(this, QStringLiteral("moveAmountErrorLabel"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("moveReasonLineEdit"));
    m_reason->setMaxLength(kMaxReasonLength);
    m_reasonLabel = FormKit::fieldLabel(m_reason, QStringLiteral("moveReasonLabel"));
    m_reasonError = FormKit::errorLabel(this, QStringLiteral("moveReasonErrorLabel"));
    m_record = new QPushButton(this);
    m_record->setObjectName(QStringLiteral("recordMoveButton"));
    m_status = FormKit::textLabel(this, QStringLiteral("moveStatusLabel"));
    m_status->hide();

    auto* direction = new QHBoxLayout;
    direction->addWidget(m_added);
    direction->addWidget(m_taken);
    direction->addStretch(1);
    auto* form = new QFormLayout(this);
    form->addRow(direction);
    form->addRow(m_amountLabel, FormKit::fieldBox(m_amount, m_amountError));
    form->addRow(m_reasonLabel, FormKit::fieldBox(m_reason, m_reasonError));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_record);
    form->addRow(buttons);
    form->addRow(m_status);

    connect(m_record, &QPushButton::clicked, this, &TillMoveForm::submit);
    connect(m_amount, &QLineEdit::textEdited, this, [this] { FormKit::clearMessage(m_amountError); });
    connect(m_reason, &QLineEdit::textEdited, this, [this] { FormKit::clearMessage(m_reasonError); });
    retranslate();
}

void TillMoveForm::submit()
{
    if (m_busy || !m_services.till) {
        return;
    }
    for (QLabel* label : {m_amountError, m_reasonError, m_status}) {
        FormKit::clearMessage(label);
    }
    const TillAmount::Parsed amount = TillAmount::parse(m_amount->text(), TillAmount::Rule::MoreThanZero);
    const QString reason = m_reason->text().trimmed();
    if (!amount.ok()) {
        FormKit::showMessage(m_amountError, amount.error);
    }
    if (reason.isEmpty()) {
        FormKit::showMessage(m_reasonError, tr("Say why the cash moved, for example \"change from the owner\"."));
    }
    if (!amount.ok() || reason.isEmpty()) {
        (amount.ok() ? m_reason : m_amount)->setFocus();
        return;
    }
    const bool taken = m_taken->isChecked();
    till::MoveRequest request;
    request.key = m_key;
    request.amount = taken ? Paise {-amount.amount.value} : amount.amount;
    request.reason = reason;
    setBusy(true);
    m_services.till->move(request).then(this, [this](const Result<till::TillMove>& moved) {
        setBusy(false);
        if (!moved) {
            showError(moved.error());
            return;
        }
        m_key = TillKit::newKey(QStringLiteral("move"));
        m_amount->clear();
        m_reason->clear();
        const till::TillMove& move = moved.value();
        const QString rupees = FormKit::rupees(Paise {move.amount.value < 0 ? -move.amount.value : move.amount.value});
        FormKit::showMessage(m_status,
                             move.amount.value < 0 ? tr("Recorded: %1 taken out (%2).").arg(rupees, move.reason)
                                                   : tr("Recorded: %1 added (%2).").arg(rupees, move.reason));
        m_amount->setFocus();
    });
}

void TillMoveForm::showError(const Error& error)
{
    if (error.code == QLatin1String("till.bad_amount")) {
        FormKit::showMessage(m_amountError, error.userMessage);
        m_amount->setFocus();
    } else if (error.code == QLatin1String("till.bad_reason")) {
        FormKit::showMessage(m_reasonError, error.userMessage);
        m_reason->setFocus();
    } else {
        Theme::setTone(m_status, Tone::Error);
        FormKit::showMessage(m_status, error.userMessage);
    }
}

void TillMoveForm::setBusy(bool busy)
{
    m_busy = busy;
    m_record->setEnabled(!busy);
    Theme::setTone(m_status, Tone::Normal);
}

void TillMoveForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QGroupBox::changeEvent(event);
}

void TillMoveForm::retranslate()
{
    setTitle(tr("Cash added or taken out"));
    m_added->setText(tr("Added to the &drawer"));
    m_taken->setText(tr("&Taken out"));
    m_amountLabel->setText(tr("&Amount (₹)"));
    m_reasonLabel->setText(tr("&Reason"));
    m_reason->setPlaceholderText(tr("for example: change from the owner"));
    m_record->setText(tr("Record the &move"));
}

} // namespace saathi::ui
