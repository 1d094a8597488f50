// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/aeps/AepsFormPage.h"

#include "core/bank/BankDirectory.h"
#include "core/device/DeviceErrors.h"
#include "core/util/Clock.h"
#include "ui/aeps/AepsFormFields.h"
#include "ui/aeps/BankPicker.h"
#include "ui/aeps/PreflightPrompt.h"
#include "ui/aeps/TransactionResultPage.h"
#include "ui/form/FormKit.h"
#include "ui/form/PageKeys.h"
#include "ui/form/Theme.h"
#include "ui/training/HintLine.h"
#include "ui/widgets/AadhaarLineEdit.h"
#include "ui/widgets/CapturePanel.h"
#include "ui/widgets/FingerPicker.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace saathi::ui {

using State = aeps::AepsCustomerFlow::State;

AepsFormPage::AepsFormPage(journal::TxKind kind, CounterServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_flow(aeps::AepsCustomerFlow::create(kind, services, this))
{
    FormKit::enlarge(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildForm());
    m_result = new TransactionResultPage(services, this);
    m_stack->addWidget(m_result);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_flow, &aeps::AepsCustomerFlow::fieldErrorsFound, m_fields, &AepsFormFields::showFieldErrors);
    connect(m_flow, &aeps::AepsCustomerFlow::stateChanged, this, &AepsFormPage::onStateChanged);
    connect(m_flow, &aeps::AepsCustomerFlow::stopped, this, &AepsFormPage::onStopped);
    connect(m_flow, &aeps::AepsCustomerFlow::duplicateSuspected, this, &AepsFormPage::onDuplicate);
    connect(m_flow, &aeps::AepsCustomerFlow::outcomeReady, this, &AepsFormPage::onOutcome);
    connect(m_flow, &aeps::AepsCustomerFlow::preflightWarning, this, &AepsFormPage::onPreflightWarning);
    connect(m_flow, &aeps::AepsCustomerFlow::customerRecalled, this,
            [this](const QString& bank, device::Finger finger) {
                onCustomerRecalled(bank);
                suggestRememberedFinger(finger);
            });
    connect(m_result, &TransactionResultPage::newTransactionRequested, this, &AepsFormPage::reset);
    connect(m_result, &TransactionResultPage::anotherFingerRequested, this, &AepsFormPage::tryAnotherFinger);
    connect(m_result, &TransactionResultPage::homeRequested, this, [this]() {
        reset();
        Q_EMIT backRequested();
    });
    PageKeys::install(
        this, {[this] { goBack(); }, [this] { proceed(); }, [this] { return busy(); }, [this] { cancelIfPossible(); }});
    retranslate();
    onStateChanged(State::Editing);
}

AepsFormPage::~AepsFormPage() = default;

QWidget* AepsFormPage::buildForm()
{
    auto* page = new QWidget(this);
    m_titleLabel = FormKit::titleLabel(page, QStringLiteral("titleLabel"));
    m_fields = new AepsFormFields(*m_flow, m_services, page);
    connect(m_fields, &AepsFormFields::consentChanged, this, &AepsFormPage::updateSubmitEnabled);

    m_duplicateLabel = FormKit::textLabel(page, QStringLiteral("duplicateLabel"));
    m_duplicateLabel->hide();
    m_confirmNewButton = new QPushButton(page);
    m_confirmNewButton->setObjectName(QStringLiteral("confirmNewButton"));
    m_confirmNewButton->hide();
    connect(m_confirmNewButton, &QPushButton::clicked, m_flow, &aeps::AepsCustomerFlow::confirmNewTransaction);
    m_formError = FormKit::errorLabel(page, QStringLiteral("formErrorLabel"));
    m_preflight = new PreflightPrompt(page);
    m_preflight->setObjectName(QStringLiteral("preflightPrompt"));
    connect(m_preflight, &PreflightPrompt::goAheadRequested, this, [this] {
        m_preflight->clearWarning();
        m_flow->goAheadDespiteWarning();
    });
    connect(m_preflight, &PreflightPrompt::changeRequested, this, [this] {
        m_preflight->clearWarning();
        m_flow->backToEditing();
        m_fields->bankPicker()->searchEdit()->setFocus();
    });
    connect(m_fields->aadhaarEdit(), &AadhaarLineEdit::digitsChanged, this, &AepsFormPage::onAadhaarTyped);
    connect(m_fields->bankPicker(), &BankPicker::bankChanged, this, &AepsFormPage::showBankWarning);

    // The customer's finger (issue #18): the coach's suggestion, sent to the device as posh.
    m_finger = new FingerPicker(page);
    m_fingerLabel = FormKit::fieldLabel(m_finger, QStringLiteral("fingerLabel"));
    m_fingerNote = FormKit::textLabel(page, QStringLiteral("fingerNoteLabel"));
    m_fingerNote->hide();
    auto* fingerRow = new QHBoxLayout;
    fingerRow->addWidget(m_fingerLabel);
    fingerRow->addWidget(m_finger);
    fingerRow->addWidget(m_fingerNote, 1);
    fingerRow->addStretch(); // the label stays beside its box while the note is hidden

    m_capture = new CapturePanel(page);
    connect(m_capture, &CapturePanel::cancelRequested, m_flow, &aeps::AepsCustomerFlow::cancel);
    m_submitButton = new QPushButton(page);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_submitButton->setIcon(Theme::icon(Icon::Fingerprint));
    Theme::setRole(m_submitButton, Role::Primary);
    connect(m_submitButton, &QPushButton::clicked, this, &AepsFormPage::submit);

    // The form is no wider than it needs to be (FormKit::kFormMaxWidth), left-aligned under the title.
    auto* form = new QWidget(page);
    form->setMaximumWidth(FormKit::kFormMaxWidth);
    auto* column = new QVBoxLayout(form);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_fields);
    column->addWidget(m_preflight);
    column->addWidget(m_duplicateLabel);
    column->addWidget(m_confirmNewButton);
    column->addWidget(m_formError);
    column->addStretch();
    column->addLayout(fingerRow);
    column->addWidget(m_capture);
    column->addWidget(m_submitButton);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_titleLabel);
    layout->addWidget(new HintLine(m_services, training::aepsStep(m_flow->kind()), page));
    layout->addWidget(form, 1, Qt::AlignLeft);
    setTabOrder(m_fields->consentBox(), m_finger);
    setTabOrder(m_finger, m_submitButton);
    return page;
}

void AepsFormPage::retranslate()
{
    m_titleLabel->setText(m_flow->title());
    m_confirmNewButton->setText(tr("Yes, this is a &new transaction"));
    m_submitButton->setText(tr("&Capture finger && submit"));
    m_fingerLabel->setText(tr("&Finger"));
    if (m_fingerRemembered) {
        m_fingerNote->setText(rememberedNote());
    }
}

void AepsFormPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void AepsFormPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_fields->bankPicker()->isLoaded()) {
        m_fields->bankPicker()->load();
    }
    m_fields->updateAgentFields();
    QLineEdit* mobile = m_fields->mobileEdit();
    if (m_stack->currentIndex() == 0 && !mobile->hasFocus() && mobile->text().isEmpty()) {
        mobile->setFocus();
    }
}

void AepsFormPage::updateSubmitEnabled()
{
    m_submitButton->setEnabled(m_fields->consentGiven() && !m_flow->isBusy());
}

void AepsFormPage::submit()
{
    if (m_flow->isBusy() || !m_fields->consentGiven()) {
        return;
    }
    m_flow->backToEditing(); // submitting while warned: the form (perhaps changed) is checked again
    clearErrors();
    aeps::AepsForm form = m_fields->form();
    form.finger = m_finger->finger();
    m_flow->submit(form);
}

void AepsFormPage::proceed()
{
    if (m_stack->currentWidget() != m_result) {
        if (m_fields->consentGiven()) {
            submit();
        } else {
            m_fields->advance();
        }
    }
}

bool AepsFormPage::busy() const
{
    return m_stack->currentWidget() != m_result && m_flow->isBusy();
}

void AepsFormPage::cancelIfPossible()
{
    // A request on the wire is never "cancelled" from here (the Cancel button says when it can be).
    if (!m_capture->isHidden() && m_capture->cancelButton()->isEnabled()) {
        m_flow->cancel();
    }
}

void AepsFormPage::clearErrors()
{
    m_fields->clearErrors();
    FormKit::clearMessage(m_formError);
    m_duplicateLabel->hide();
    m_confirmNewButton->hide();
    m_preflight->clearWarning();
}

void AepsFormPage::onStateChanged(State state)
{
    QString text;
    switch (state) {
    case State::CheckingDuplicates:
        text = tr("Checking…");
        break;
    case State::FindingDevice:
        text = tr("Looking for the fingerprint device…");
        break;
    case State::Capturing:
        text = tr("Ask the customer to place a finger on the device…");
        break;
    case State::CapturingAgent:
        text = tr("Agent: place your finger to authorise this withdrawal");
        break;
    case State::AuthorisingAgent:
        text = tr("Checking the agent's fingerprint with the bank…");
        break;
    case State::Journaling:
    case State::Sending:
        text = tr("Sending to the bank… please wait");
        break;
    default:
        break;
    }
    const bool busy = m_flow->isBusy() && !m_flow->isFinal() && state != State::Pending;
    // Whose finger the device waits for; the quality of the finger just captured once the flow moved on.
    const auto whose = state == State::Capturing || state == State::FindingDevice ? CapturePanel::Finger::Customer
        : state == State::CapturingAgent                                          ? CapturePanel::Finger::Agent
                                                                                  : CapturePanel::Finger::None;
    if (busy) {
        if (state == State::Journaling || state == State::Sending || state == State::CapturingAgent
            || state == State::AuthorisingAgent) {
            m_capture->hideCoach(); // the customer's finger was clear: the advice is done
        }
        // A request on the wire is never "cancelled" from here; it is journaled and reconciled.
        m_capture->showStep(whose, text, state != State::Sending && state != State::Journaling);
        if (whose == CapturePanel::Finger::None && m_flow->lastCaptureQuality() >= 0) {
            m_capture->showQuality(m_flow->lastCaptureQuality());
        }
    } else {
        m_capture->clear();
    }
    m_fields->setEditable(!busy);
    m_finger->setEnabled(!busy);
    updateSubmitEnabled();
}

void AepsFormPage::onStopped(const Error& error)
{
    if (error.code == QLatin1String(device::codes::kQualityTooLow)) {
        // Not sent: the coach says why (the figures) and what to do; from the second refusal, another finger.
        m_capture->showCoach(error.userMessage);
        if (m_flow->suggestedFinger() != device::Finger::Unknown) {
            setSuggestedFinger(m_flow->suggestedFinger(), {});
        }
    } else if (!error.userMessage.isEmpty()) {
        FormKit::showMessage(m_formError, error.userMessage);
    }
    m_submitButton->setFocus();
}

void AepsFormPage::onDuplicate(const journal::TransactionRecord& earlier)
{
    m_duplicateLabel->setText(tr("The same %1 of %2 for this customer was made at %3. Is this a new transaction?")
                                  .arg(journal::displayName(earlier.kind), FormKit::rupees(earlier.amount),
                                       QDateTime::fromMSecsSinceEpoch(earlier.createdAtMs, Clock::istZone())
                                           .toString(QStringLiteral("HH:mm"))));
    m_duplicateLabel->show();
    m_confirmNewButton->show();
    m_confirmNewButton->setFocus();
}

void AepsFormPage::onOutcome()
{
    m_result->showResult(m_flow->record(), m_flow->transaction(), m_flow->bankName(), m_flow->lastError());
    // After the bank's mismatch answer the coach has another finger for this customer (issue #18).
    const bool mismatch = m_flow->state() == State::Failed && !m_flow->coachAdvice().isEmpty();
    m_result->offerAnotherFinger(mismatch ? m_flow->coachAdvice() : QString());
    if (mismatch) {
        setSuggestedFinger(m_flow->suggestedFinger(), {});
    }
    m_stack->setCurrentWidget(m_result);
    Q_EMIT transactionFinished(m_flow->clientRefId());
}

void AepsFormPage::reset()
{
    m_flow->cancel();
    m_flow->startNewTransaction();
    m_fields->clear();
    setSuggestedFinger(device::Finger::Unknown, {});
    m_capture->clear();
    clearErrors();
    m_preflight->clearRecall();
    m_stack->setCurrentIndex(0);
    m_fields->mobileEdit()->setFocus();
}

void AepsFormPage::goBack()
{
    if (m_stack->currentWidget() == m_result) {
        reset();
        Q_EMIT backRequested();
    } else if (m_flow->isBusy()) {
        cancelIfPossible();
    } else if (m_flow->state() == State::AwaitingPreflightConfirmation) {
        Q_EMIT m_preflight->changeRequested(); // Esc while warned: back to the form, as "Change"
    } else {
        Q_EMIT backRequested();
    }
}

} // namespace saathi::ui
