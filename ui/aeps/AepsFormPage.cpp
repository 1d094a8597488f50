// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "aeps/AepsFormPage.h"

#include "aeps/BankPicker.h"
#include "aeps/TransactionResultPage.h"
#include "agent/AgentFields.h"
#include "receipt/Receipt.h"
#include "util/Clock.h"
#include "widgets/AadhaarLineEdit.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace saathi::ui {

using aeps::AepsField;
using State = aeps::AepsCustomerFlow::State;

AepsFormPage::AepsFormPage(journal::TxKind kind, CounterServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_flow(aeps::AepsCustomerFlow::create(kind, services, this))
{
    QFont big = font();
    big.setPointSize(qMax(big.pointSize(), 14));
    setFont(big);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildForm());
    m_result = new TransactionResultPage(services, this);
    m_stack->addWidget(m_result);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_flow, &aeps::AepsCustomerFlow::fieldErrorsFound, this, &AepsFormPage::showFieldErrors);
    connect(m_flow, &aeps::AepsCustomerFlow::stateChanged, this, &AepsFormPage::onStateChanged);
    connect(m_flow, &aeps::AepsCustomerFlow::stopped, this, &AepsFormPage::onStopped);
    connect(m_flow, &aeps::AepsCustomerFlow::duplicateSuspected, this, &AepsFormPage::onDuplicate);
    connect(m_flow, &aeps::AepsCustomerFlow::outcomeReady, this, &AepsFormPage::onOutcome);
    connect(m_result, &TransactionResultPage::newTransactionRequested, this, &AepsFormPage::reset);
    connect(m_result, &TransactionResultPage::homeRequested, this, [this]() {
        reset();
        Q_EMIT backRequested();
    });
    retranslate();
    updateAgentFields();
    onStateChanged(State::Editing);
}

AepsFormPage::~AepsFormPage() = default;

QLabel* AepsFormPage::errorLabel(const QString& objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    label->hide();
    return label;
}

QWidget* AepsFormPage::buildForm()
{
    auto* page = new QWidget(this);
    m_titleLabel = new QLabel(page);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = font();
    titleFont.setPointSize(font().pointSize() + 6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_mobile = new QLineEdit(page);
    m_mobile->setObjectName(QStringLiteral("mobileLineEdit"));
    m_mobile->setMaxLength(14);
    m_mobile->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_mobileError = errorLabel(QStringLiteral("mobileErrorLabel"));
    m_bank = new BankPicker(*m_services.banks, page);
    m_bankError = errorLabel(QStringLiteral("bankErrorLabel"));
    m_aadhaar = new AadhaarLineEdit(page);
    m_aadhaar->setObjectName(QStringLiteral("aadhaarLineEdit"));
    m_aadhaarError = errorLabel(QStringLiteral("aadhaarErrorLabel"));
    connect(m_aadhaar, &AadhaarLineEdit::liveMessageChanged, this, [this](const QString& message) {
        m_aadhaarError->setText(message);
        m_aadhaarError->setVisible(!message.isEmpty());
    });

    m_amountRow = new QWidget(page);
    m_amount = new QLineEdit(m_amountRow);
    m_amount->setObjectName(QStringLiteral("amountLineEdit"));
    m_amount->setMaxLength(9);
    auto* amountLayout = new QHBoxLayout(m_amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amount, 1);
    for (const int rupees : {500, 1000, 2000, 5000}) {
        auto* quick
            = new QPushButton(receipt::Receipt::formatRupees(Paise::fromRupees(rupees)).chopped(3), m_amountRow);
        quick->setObjectName(QStringLiteral("quickAmount%1Button").arg(rupees));
        quick->setFocusPolicy(Qt::NoFocus); // Tab goes field to field; the buttons are for the mouse
        connect(quick, &QPushButton::clicked, this, [this, rupees]() {
            m_amount->setText(QString::number(rupees));
            m_amount->setFocus();
        });
        amountLayout->addWidget(quick);
    }
    m_amountError = errorLabel(QStringLiteral("amountErrorLabel"));
    m_amountRow->setVisible(m_flow->needsAmount());

    m_agentHeading = new QLabel(page);
    m_agentHeading->setObjectName(QStringLiteral("agentHeadingLabel"));
    m_agentHeading->setWordWrap(true);
    m_agentFields = new AgentFields(true, page);
    m_agentFields->setObjectName(QStringLiteral("agentFieldsWidget"));

    m_consentText = new QLabel(page);
    m_consentText->setObjectName(QStringLiteral("consentTextLabel"));
    m_consentText->setWordWrap(true);
    m_consent = new QCheckBox(page);
    m_consent->setObjectName(QStringLiteral("consentCheckBox"));
    m_consentError = errorLabel(QStringLiteral("consentErrorLabel"));
    connect(m_consent, &QCheckBox::toggled, this, &AepsFormPage::updateSubmitEnabled);

    m_duplicateLabel = new QLabel(page);
    m_duplicateLabel->setObjectName(QStringLiteral("duplicateLabel"));
    m_duplicateLabel->setWordWrap(true);
    m_duplicateLabel->hide();
    m_confirmNewButton = new QPushButton(page);
    m_confirmNewButton->setObjectName(QStringLiteral("confirmNewButton"));
    m_confirmNewButton->hide();
    connect(m_confirmNewButton, &QPushButton::clicked, m_flow, &aeps::AepsCustomerFlow::confirmNewTransaction);
    m_formError = errorLabel(QStringLiteral("formErrorLabel"));

    m_progressLabel = new QLabel(page);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressBar = new QProgressBar(page);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setRange(0, 0);
    m_cancelButton = new QPushButton(page);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_cancelButton, &QPushButton::clicked, m_flow, &aeps::AepsCustomerFlow::cancel);
    m_submitButton = new QPushButton(page);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    connect(m_submitButton, &QPushButton::clicked, this, &AepsFormPage::submit);

    auto* form = new QFormLayout;
    const auto field = [form](QLabel* label, QWidget* widget, QLabel* error) {
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(widget);
        box->addWidget(error);
        form->addRow(label, box);
    };
    field(new QLabel(tr("Customer &mobile"), page), m_mobile, m_mobileError);
    field(new QLabel(tr("&Bank"), page), m_bank, m_bankError);
    field(new QLabel(tr("&Aadhaar / VID"), page), m_aadhaar, m_aadhaarError);
    auto* amountLabel = new QLabel(tr("Amo&unt (₹)"), page);
    field(amountLabel, m_amountRow, m_amountError);
    amountLabel->setVisible(m_flow->needsAmount());
    const QList<QLabel*> labels = page->findChildren<QLabel*>(QString(), Qt::FindDirectChildrenOnly);
    labels.at(labels.size() - 4)->setBuddy(m_mobile);
    labels.at(labels.size() - 3)->setBuddy(m_bank);
    labels.at(labels.size() - 2)->setBuddy(m_aadhaar);
    amountLabel->setBuddy(m_amount);

    auto* progress = new QHBoxLayout;
    progress->addWidget(m_progressLabel, 1);
    progress->addWidget(m_progressBar);
    progress->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_titleLabel);
    layout->addLayout(form);
    layout->addWidget(m_agentHeading);
    layout->addWidget(m_agentFields);
    layout->addWidget(m_consentText);
    layout->addWidget(m_consent);
    layout->addWidget(m_consentError);
    layout->addWidget(m_duplicateLabel);
    layout->addWidget(m_confirmNewButton);
    layout->addWidget(m_formError);
    layout->addStretch();
    layout->addLayout(progress);
    layout->addWidget(m_submitButton);

    setTabOrder(m_mobile, m_bank->searchEdit());
    setTabOrder(m_bank->searchEdit(), m_bank->listView());
    setTabOrder(m_bank->listView(), m_aadhaar);
    setTabOrder(m_aadhaar, m_amount);
    setTabOrder(m_amount, m_agentFields->aadhaarEdit());
    setTabOrder(m_agentFields->aadhaarEdit(), m_consent);
    setTabOrder(m_consent, m_submitButton);
    return page;
}

void AepsFormPage::retranslate()
{
    m_titleLabel->setText(m_flow->title());
    m_mobile->setPlaceholderText(tr("10-digit mobile number"));
    m_amount->setPlaceholderText(m_flow->kind() == journal::TxKind::AadhaarPay ? tr("₹1 to ₹10,000")
                                                                               : tr("₹100 to ₹10,000, in ₹50 steps"));
    m_agentHeading->setText(tr("Agent's authorisation: your own Aadhaar and bank. After the customer's finger, "
                               "yours authorises each withdrawal."));
    m_consentText->setText(aeps::Consent::text());
    m_consent->setText(tr("The customer has heard this and &agrees"));
    m_confirmNewButton->setText(tr("Yes, this is a &new transaction"));
    m_cancelButton->setText(tr("Cancel"));
    m_submitButton->setText(tr("&Capture finger && submit"));
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
    if (!m_bank->isLoaded()) {
        m_bank->load();
    }
    updateAgentFields();
    if (m_stack->currentIndex() == 0 && !m_mobile->hasFocus() && m_mobile->text().isEmpty()) {
        m_mobile->setFocus();
    }
}

void AepsFormPage::updateSubmitEnabled()
{
    m_submitButton->setEnabled(m_consent->isChecked() && !m_flow->isBusy());
    if (m_consent->isChecked()) {
        m_consentError->hide();
    }
}

void AepsFormPage::updateAgentFields()
{
    const bool needed = m_flow->needsMerchantAuth();
    m_agentHeading->setVisible(needed);
    m_agentFields->setVisible(needed);
}

void AepsFormPage::submit()
{
    if (m_flow->isBusy() || !m_consent->isChecked()) {
        return;
    }
    clearErrors();
    aeps::AepsForm form;
    form.customerMobile = m_mobile->text();
    form.bankCode = m_bank->bankCode();
    form.bankName = m_bank->bankName();
    form.aadhaar = m_aadhaar->digits();
    form.amountText = m_amount->text();
    form.consent.given = m_consent->isChecked();
    form.consent.language = QLocale().name().left(2);
    if (m_flow->needsMerchantAuth()) {
        const eko::AgentIdentity agent = m_agentFields->identity(m_services.identity.agentMobile);
        form.agentAadhaar = agent.aadhaar;
        form.agentBankCode = agent.bankCode;
    }
    m_flow->submit(form);
}

void AepsFormPage::clearErrors()
{
    for (QLabel* label : {m_mobileError, m_bankError, m_aadhaarError, m_amountError, m_consentError, m_formError}) {
        label->clear();
        label->hide();
    }
    m_agentFields->clearErrors();
    m_duplicateLabel->hide();
    m_confirmNewButton->hide();
}

void AepsFormPage::showFieldErrors(const QList<aeps::FieldError>& errors)
{
    QWidget* first = nullptr;
    for (const aeps::FieldError& e : errors) {
        QLabel* label = nullptr;
        QWidget* widget = nullptr;
        switch (e.field) {
        case AepsField::CustomerMobile:
            label = m_mobileError;
            widget = m_mobile;
            break;
        case AepsField::Bank:
            label = m_bankError;
            widget = m_bank->searchEdit();
            break;
        case AepsField::Aadhaar:
            label = m_aadhaarError;
            widget = m_aadhaar;
            break;
        case AepsField::Amount:
            label = m_amountError;
            widget = m_amount;
            break;
        case AepsField::Consent:
            label = m_consentError;
            widget = m_consent;
            break;
        case AepsField::AgentAadhaar:
        case AepsField::AgentBank:
            // The agent's fields show their own errors and take the focus.
            m_agentFields->showFieldError(Error {e.field == AepsField::AgentBank ? QStringLiteral("agent.no_bank")
                                                                                 : QStringLiteral("agent.bad_aadhaar"),
                                                 e.message,
                                                 {}});
            widget = m_agentFields->aadhaarEdit();
            break;
        }
        if (label) {
            label->setText(e.message);
            label->show();
        }
        if (!first) {
            first = widget;
        }
    }
    if (first) {
        first->setFocus();
    }
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
    m_progressLabel->setText(text);
    m_progressLabel->setVisible(busy);
    m_progressBar->setVisible(busy);
    m_cancelButton->setVisible(busy);
    // A request on the wire is never "cancelled" from here; it is journaled and reconciled.
    m_cancelButton->setEnabled(busy && state != State::Sending && state != State::Journaling);
    for (QWidget* w :
         std::initializer_list<QWidget*> {m_mobile, m_bank, m_aadhaar, m_amountRow, m_agentFields, m_consent}) {
        w->setEnabled(!busy);
    }
    updateSubmitEnabled();
}

void AepsFormPage::onStopped(const Error& error)
{
    if (!error.userMessage.isEmpty()) {
        m_formError->setText(error.userMessage);
        m_formError->show();
    }
    m_submitButton->setFocus();
}

void AepsFormPage::onDuplicate(const journal::TransactionRecord& earlier)
{
    m_duplicateLabel->setText(tr("The same %1 of %2 for this customer was made at %3. Is this a new transaction?")
                                  .arg(journal::displayName(earlier.kind),
                                       receipt::Receipt::formatRupees(earlier.amount),
                                       QDateTime::fromMSecsSinceEpoch(earlier.createdAtMs, Clock::istZone())
                                           .toString(QStringLiteral("HH:mm"))));
    m_duplicateLabel->show();
    m_confirmNewButton->show();
    m_confirmNewButton->setFocus();
}

void AepsFormPage::onOutcome()
{
    m_result->showResult(m_flow->record(), m_flow->transaction(), m_flow->bankName(), m_flow->lastError());
    m_stack->setCurrentWidget(m_result);
    Q_EMIT transactionFinished(m_flow->clientRefId());
}

void AepsFormPage::reset()
{
    m_flow->cancel();
    m_flow->startNewTransaction();
    m_mobile->clear();
    m_bank->clearSelection();
    m_aadhaar->clearDigits();
    m_agentFields->aadhaarEdit()->clearDigits();
    m_amount->clear();
    m_consent->setChecked(false);
    clearErrors();
    m_stack->setCurrentIndex(0);
    m_mobile->setFocus();
}

void AepsFormPage::goBack()
{
    if (m_stack->currentWidget() == m_result) {
        reset();
        Q_EMIT backRequested();
    } else if (m_flow->isBusy() && m_cancelButton->isEnabled()) {
        m_flow->cancel();
    } else if (!m_flow->isBusy()) {
        Q_EMIT backRequested();
    }
}

void AepsFormPage::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key == Qt::Key_Escape) {
        goBack();
        return;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        if (m_stack->currentIndex() != 0 || m_flow->isBusy()) {
            return; // an Enter held down never starts anything twice
        }
        if (focusWidget() == m_confirmNewButton && m_confirmNewButton->isVisible()) {
            m_confirmNewButton->click();
        } else if (m_consent->isChecked()) {
            submit();
        } else if (focusWidget() == m_consent) {
            m_consent->setChecked(true);
        } else {
            focusNextChild();
        }
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace saathi::ui
