// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/till/TillCloseForm.h"

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

namespace saathi::ui {

TillCloseForm::TillCloseForm(CounterServices& services, QWidget* parent)
    : QGroupBox(parent)
    , m_services(services)
    , m_key(TillKit::newKey(QStringLiteral("close")))
{
    setObjectName(QStringLiteral("tillCloseGroup"));
    m_counted = new QLineEdit(this);
    m_counted->setObjectName(QStringLiteral("countedCashLineEdit"));
    m_counted->setMaxLength(20);
    m_countedLabel = FormKit::fieldLabel(m_counted, QStringLiteral("countedCashLabel"));
    m_countedError = FormKit::errorLabel(this, QStringLiteral("countedCashErrorLabel"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeTillButton"));
    m_comparison = FormKit::textLabel(this, QStringLiteral("closeComparisonLabel"));
    QFont bold = m_comparison->font();
    bold.setBold(true);
    m_comparison->setFont(bold);
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("confirmCloseButton"));
    m_next = new OperatorPicker(services.operators, QStringLiteral("next"), this);
    m_nextLabel = FormKit::fieldLabel(m_next, QStringLiteral("nextOperatorLabel"));
    m_nextError = FormKit::errorLabel(this, QStringLiteral("nextOperatorErrorLabel"));
    m_nextPin = TillKit::pinLineEdit(this, QStringLiteral("nextPinLineEdit"));
    m_nextPinLabel = FormKit::fieldLabel(m_nextPin, QStringLiteral("nextPinLabel"));
    m_nextPinError = FormKit::errorLabel(this, QStringLiteral("nextPinErrorLabel"));
    m_handOver = new QPushButton(this);
    m_handOver->setObjectName(QStringLiteral("handOverButton"));
    m_status = FormKit::textLabel(this, QStringLiteral("closeStatusLabel"));
    m_status->hide();

    auto* form = new QFormLayout(this);
    form->addRow(m_countedLabel, FormKit::fieldBox(m_counted, m_countedError));
    auto* closeRow = new QHBoxLayout;
    closeRow->addStretch(1);
    closeRow->addWidget(m_close);
    form->addRow(closeRow);
    auto* confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_comparison, 1);
    confirmRow->addWidget(m_confirm, 0, Qt::AlignBottom);
    form->addRow(confirmRow);
    form->addRow(m_nextLabel, FormKit::fieldBox(m_next, m_nextError));
    form->addRow(m_nextPinLabel, FormKit::fieldBox(m_nextPin, m_nextPinError));
    auto* handOverRow = new QHBoxLayout;
    handOverRow->addStretch(1);
    handOverRow->addWidget(m_handOver);
    form->addRow(handOverRow);
    form->addRow(m_status);

    connect(m_close, &QPushButton::clicked, this, &TillCloseForm::askClose);
    connect(m_confirm, &QPushButton::clicked, this, &TillCloseForm::confirmClose);
    connect(m_handOver, &QPushButton::clicked, this, &TillCloseForm::handOver);
    connect(m_counted, &QLineEdit::textEdited, this, [this] {
        FormKit::clearMessage(m_countedError);
        hideComparison(); // a comparison is only ever shown for the count on screen
    });
    connect(m_next, &OperatorPicker::edited, this, [this] { FormKit::clearMessage(m_nextError); });
    connect(m_nextPin, &QLineEdit::textEdited, this, [this] { FormKit::clearMessage(m_nextPinError); });
    if (services.operators) {
        connect(services.operators, &till::Operators::changed, this, [this, form] {
            m_next->reload({}, m_services.till ? m_services.till->currentOperator() : QString());
            form->setRowVisible(m_nextPinLabel, m_next->usesPins());
        });
    }
    reset();
    form->setRowVisible(m_nextPinLabel, m_next->usesPins());
    retranslate();
}

void TillCloseForm::reset()
{
    m_key = TillKit::newKey(QStringLiteral("close"));
    m_counted->clear();
    m_nextPin->clear();
    m_next->lineEdit()->clear();
    for (QLabel* label : {m_countedError, m_nextError, m_nextPinError, m_status}) {
        FormKit::clearMessage(label);
    }
    hideComparison();
    m_next->reload({}, m_services.till ? m_services.till->currentOperator() : QString());
    if (auto* form = qobject_cast<QFormLayout*>(layout())) {
        form->setRowVisible(m_nextPinLabel, m_next->usesPins());
    }
}

void TillCloseForm::hideComparison()
{
    m_comparedCount.reset();
    m_comparison->clear();
    m_comparison->hide();
    m_confirm->hide();
}

std::optional<Paise> TillCloseForm::countedCash()
{
    const TillAmount::Parsed counted = TillAmount::parse(m_counted->text(), TillAmount::Rule::ZeroAllowed);
    if (!counted.ok()) {
        FormKit::showMessage(m_countedError, counted.error);
        m_counted->setFocus();
        return std::nullopt;
    }
    return counted.amount;
}

void TillCloseForm::proceed(QWidget* focus)
{
    if (focus && (m_next->isAncestorOf(focus) || focus == m_nextPin)) {
        handOver();
    } else {
        askClose(); // only "Yes, close the till" itself records the close: Enter on the count compares again
    }
}

void TillCloseForm::askClose()
{
    if (m_busy || !m_services.till) {
        return;
    }
    FormKit::clearMessage(m_status);
    const std::optional<Paise> counted = countedCash();
    if (!counted) {
        return;
    }
    setBusy(true);
    // The expected cash as of now (a transaction may have ended since the figures were drawn).
    m_services.till->report().then(this, [this, counted](const Result<till::ShiftReport>& report) {
        setBusy(false);
        if (!report) {
            showError(report.error());
            return;
        }
        m_comparedCount = counted;
        m_comparison->setText(TillKit::comparisonText(report.value().expectedCash, *counted));
        m_comparison->show();
        m_confirm->show();
        m_confirm->setFocus();
    });
}

void TillCloseForm::confirmClose()
{
    if (m_busy || !m_comparedCount) {
        return;
    }
    till::CloseRequest request;
    request.key = m_key;
    request.counted = *m_comparedCount;
    send(request);
}

void TillCloseForm::handOver()
{
    if (m_busy || !m_services.till) {
        return;
    }
    for (QLabel* label : {m_nextError, m_nextPinError, m_status}) {
        FormKit::clearMessage(label);
    }
    const std::optional<Paise> counted = countedCash();
    const QString next = m_next->name();
    QWidget* firstBad = counted ? nullptr : m_counted;
    const auto fail = [&firstBad](QLabel* label, const QString& message, QWidget* field) {
        FormKit::showMessage(label, message);
        firstBad = firstBad ? firstBad : field;
    };
    if (next.isEmpty()) {
        fail(m_nextError,
             m_next->usesPins() ? tr("Name the next operator in Settings first: only one operator is named there.")
                                : tr("Write the name of the operator who takes the drawer over."),
             m_next);
    } else if (next.compare(m_services.till->currentOperator(), Qt::CaseInsensitive) == 0) {
        fail(m_nextError, tr("%1 has the drawer already. Choose the operator who takes it over.").arg(next), m_next);
    }
    if (firstBad) {
        firstBad->setFocus();
        return;
    }
    till::CloseRequest request;
    request.key = m_key;
    request.counted = *counted;
    request.handOverTo = next;
    if (!m_next->usesPins()) {
        send(request);
        return;
    }
    // The next operator's PIN is checked off the UI thread (PBKDF2), after every other local check.
    setBusy(true);
    m_services.operators->verifyLater(next, m_nextPin->text()).then(this, [this, request](const Error& wrong) {
        if (!wrong.isNull()) {
            setBusy(false);
            FormKit::showMessage(m_nextPinError, wrong.userMessage);
            m_nextPin->setFocus();
            return;
        }
        send(request);
    });
}

void TillCloseForm::send(till::CloseRequest request)
{
    request.evalueClose = m_evalue;
    setBusy(true);
    m_status->setText(request.handOverTo.isEmpty() ? tr("Closing the till…") : tr("Handing the drawer over…"));
    m_status->show();
    m_services.till->close(request).then(this, [this](const Result<till::CloseResult>& result) {
        setBusy(false);
        if (!result) {
            showError(result.error());
            return;
        }
        reset(); // the next close is another one
        Q_EMIT closed(result.value());
    });
}

void TillCloseForm::showError(const Error& error)
{
    if (error.code == QLatin1String("till.bad_amount")) {
        FormKit::showMessage(m_countedError, error.userMessage);
        m_counted->setFocus();
    } else if (error.code == QLatin1String("till.bad_operator")) {
        FormKit::showMessage(m_nextError, error.userMessage);
        m_next->setFocus();
    } else {
        Theme::setTone(m_status, Tone::Error);
        FormKit::showMessage(m_status, error.userMessage);
        if (error.code == QLatin1String("till.no_shift")) {
            m_services.till->refresh(); // closed elsewhere (saathi-cli): show that
        }
    }
}

void TillCloseForm::setBusy(bool busy)
{
    m_busy = busy;
    for (QPushButton* button : {m_close, m_confirm, m_handOver}) {
        button->setEnabled(!busy);
    }
    Theme::setTone(m_status, Tone::Normal);
    if (!busy) {
        FormKit::clearMessage(m_status);
    }
}

void TillCloseForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QGroupBox::changeEvent(event);
}

void TillCloseForm::retranslate()
{
    setTitle(tr("Close the till or hand it over"));
    m_countedLabel->setText(tr("Counted ca&sh (₹)"));
    m_counted->setPlaceholderText(tr("the cash in the drawer now"));
    m_close->setText(tr("&Close the till"));
    m_confirm->setText(tr("&Yes, close the till"));
    m_nextLabel->setText(tr("&Next operator"));
    m_nextPinLabel->setText(tr("Next operator's &PIN"));
    m_handOver->setText(tr("&Hand over"));
    if (m_comparedCount) {
        askClose(); // the comparison again, in the new language
    }
}

} // namespace saathi::ui
