// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/setup/GoLiveActivationPage.h"

#include "ui/form/Theme.h"
#include "ui/widgets/FileChooser.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace saathi::ui {

GoLiveActivationPage::GoLiveActivationPage(GoLiveState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("goLiveActivationPage"));
    m_flow = new setup::AepsActivationFlow(state.context, this);
    connect(m_flow, &setup::AepsActivationFlow::statusChecked, this, &GoLiveActivationPage::statusChecked);
    connect(m_flow, &setup::AepsActivationFlow::listsLoaded, this, &GoLiveActivationPage::listsLoaded);
    connect(m_flow, &setup::AepsActivationFlow::submitted, this, &GoLiveActivationPage::submitted);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("aepsStatusLabel"));
    m_status->setWordWrap(true);
    m_recheck = new QPushButton(this);
    m_recheck->setObjectName(QStringLiteral("recheckButton"));
    m_recheck->setAutoDefault(false);
    connect(m_recheck, &QPushButton::clicked, this, &GoLiveActivationPage::recheck);

    m_formWidget = new QWidget(this);
    m_form = std::make_unique<SetupForm>(m_formWidget);
    m_form->addLine(int(Field::DeviceModel), QStringLiteral("deviceModel"));
    m_form->addLine(int(Field::DeviceSerial), QStringLiteral("deviceSerial"));
    m_form->addLine(int(Field::Account), QStringLiteral("account"));
    m_form->addLine(int(Field::Ifsc), QStringLiteral("ifsc"))->setMaxLength(11);
    m_shopType = new QComboBox(m_formWidget);
    m_shopType->setObjectName(QStringLiteral("shopTypeComboBox"));
    m_form->addInput(int(Field::ShopType), m_shopType, QStringLiteral("shopType"));
    QLineEdit* aadhaar = m_form->addLine(int(Field::Aadhaar), QStringLiteral("aadhaar"));
    aadhaar->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    aadhaar->setMaxLength(14);
    m_form->addLine(int(Field::AddressLine), QStringLiteral("officeLine"));
    m_form->addLine(int(Field::City), QStringLiteral("officeCity"));
    m_stateBox = new QComboBox(m_formWidget);
    m_stateBox->setObjectName(QStringLiteral("officeStateComboBox"));
    m_form->addInput(int(Field::State), m_stateBox, QStringLiteral("officeState"));
    m_form->addLine(int(Field::PinCode), QStringLiteral("officePinCode"))->setMaxLength(6);
    const std::pair<Field, const char*> documents[]
        = {{Field::PanCard, "panCard"}, {Field::AadhaarFront, "aadhaarFront"}, {Field::AadhaarBack, "aadhaarBack"}};
    for (const auto& [field, name] : documents) {
        auto* button = new QPushButton(m_formWidget);
        button->setObjectName(QString::fromLatin1(name) + QStringLiteral("Button"));
        button->setAutoDefault(false);
        m_form->addInput(int(field), button, QString::fromLatin1(name));
        m_documentButtons.insert(field, button);
        connect(button, &QPushButton::clicked, this, [this, f = field] { chooseDocument(f); });
    }
    m_message = errorLabel(this, QStringLiteral("activationMessageLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_recheck, 0, Qt::AlignLeft);
    layout->addWidget(m_formWidget, 1);
    layout->addWidget(m_message);
    m_formWidget->hide();
    retranslate();
}

void GoLiveActivationPage::initializePage()
{
    m_aeps = setup::AepsState::Unknown;
    m_formWidget->hide();
    recheck();
    QTimer::singleShot(0, this, [this] { m_recheck->setFocus(); });
}

void GoLiveActivationPage::recheck()
{
    if (m_busy) {
        return;
    }
    m_busy = true;
    m_recheck->setEnabled(false);
    m_status->setText(tr("Asking Eko whether AePS is active for this agent…"));
    m_flow->checkStatus(m_state.environment);
    Q_EMIT completeChanged();
}

void GoLiveActivationPage::statusChecked(const setup::AepsActivationFlow::Status& status)
{
    m_busy = false;
    m_recheck->setEnabled(true);
    m_aeps = status.state;
    retranslate(); // the status line
    if (!status.error.isNull()) {
        m_status->setText(status.error.userMessage);
    }
    const bool needForm = status.error.isNull() && !setup::AepsActivationFlow::mayContinue(status.state);
    m_formWidget->setVisible(needForm);
    if (needForm && !m_listsLoaded) {
        m_flow->loadLists(m_state.environment);
    }
    if (needForm) {
        m_form->focusFirst();
    }
    Q_EMIT completeChanged();
}

void GoLiveActivationPage::listsLoaded(const QList<setup::Choice>& states, const QList<setup::Choice>& shopTypes,
                                       const Error& error)
{
    if (!error.isNull()) {
        m_message->setText(error.userMessage);
        return;
    }
    m_listsLoaded = true;
    m_shopType->clear();
    for (const setup::Choice& c : shopTypes) {
        m_shopType->addItem(c.label, c.value);
    }
    m_stateBox->clear();
    for (const setup::Choice& c : states) {
        m_stateBox->addItem(c.label, c.value);
    }
}

void GoLiveActivationPage::chooseDocument(Field field)
{
    const QString path = FileChooser::openFile(this, tr("Choose the document"), tr("JPEG or PDF (*.jpg *.jpeg *.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const Result<setup::DocumentFile> doc = setup::AepsActivationFlow::readDocument(path);
    if (!doc) {
        m_documents.remove(field);
        m_form->showError(int(field), doc.error().userMessage);
        return;
    }
    m_documents.insert(field, doc.value());
    m_form->showError(int(field), {});
    m_documentButtons.value(field)->setText(
        tr("%1 (%2 KB)").arg(doc.value().fileName).arg((doc.value().content.size() + 1023) / 1024));
}

QString GoLiveActivationPage::text(Field field) const
{
    return static_cast<QLineEdit*>(m_form->input(int(field)))->text();
}

bool GoLiveActivationPage::isComplete() const
{
    return !m_busy && m_aeps != setup::AepsState::Unknown && QWizardPage::isComplete();
}

bool GoLiveActivationPage::validatePage()
{
    if (setup::AepsActivationFlow::mayContinue(m_aeps)) {
        return true;
    }
    if (m_busy) {
        return false;
    }
    setup::ActivationForm f;
    f.deviceModel = text(Field::DeviceModel);
    f.deviceSerial = text(Field::DeviceSerial);
    f.account = text(Field::Account);
    f.ifsc = text(Field::Ifsc);
    f.shopType = m_shopType->currentData().toString();
    f.aadhaar = text(Field::Aadhaar);
    f.addressLine = text(Field::AddressLine);
    f.city = text(Field::City);
    f.stateId = m_stateBox->currentData().toString();
    f.stateName = m_stateBox->currentText();
    f.pinCode = text(Field::PinCode);
    f.panCard = m_documents.value(Field::PanCard);
    f.aadhaarFront = m_documents.value(Field::AadhaarFront);
    f.aadhaarBack = m_documents.value(Field::AadhaarBack);
    m_busy = true;
    m_form->clearErrors();
    Theme::setTone(m_message, Tone::Normal);
    m_message->setText(tr("Sending the activation request to Eko…"));
    m_flow->submit(m_state.environment, std::move(f));
    Q_EMIT completeChanged();
    return false; // submitted() moves the wizard on
}

void GoLiveActivationPage::submitted(const setup::AepsActivationFlow::Submission& submission)
{
    m_busy = false;
    Q_EMIT completeChanged();
    Theme::setTone(m_message, Tone::Error);
    m_message->setText(submission.error.userMessage);
    if (!submission.ok()) {
        m_form->showErrors(submission.fieldErrors);
        return;
    }
    static_cast<QLineEdit*>(m_form->input(int(Field::Aadhaar)))->clear(); // not needed any more
    m_aeps = submission.state;
    m_message->clear();
    retranslate();
    if (wizard()) {
        wizard()->next();
    }
}

void GoLiveActivationPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void GoLiveActivationPage::retranslate()
{
    setTitle(tr("AePS activation"));
    setSubTitle(tr("Eko checks the request and activates AePS, usually in 1 to 3 working days."));
    switch (m_aeps) {
    case setup::AepsState::Active:
        m_status->setText(tr("AePS is active for this agent. Go on."));
        break;
    case setup::AepsState::Pending:
        m_status->setText(tr("AePS is requested and awaits Eko's approval. Go on; the counter shows when it is "
                             "active."));
        break;
    case setup::AepsState::Deactivated:
        m_status->setText(tr("Eko has deactivated AePS for this agent. Send the request again with clear "
                             "documents."));
        break;
    case setup::AepsState::NotRequested:
        m_status->setText(tr("AePS is not requested yet. Fill in the request below."));
        break;
    case setup::AepsState::Unknown:
        break;
    }
    m_recheck->setText(tr("&Re-check with Eko"));
    m_form->setLabel(int(Field::DeviceModel), tr("Device model"));
    m_form->setLabel(int(Field::DeviceSerial), tr("Device serial number"));
    m_form->setLabel(int(Field::Account), tr("Settlement account"));
    m_form->setLabel(int(Field::Ifsc), tr("IFSC"));
    m_form->setLabel(int(Field::ShopType), tr("Shop type"));
    m_form->setLabel(int(Field::Aadhaar), tr("Agent's Aadhaar number"));
    m_form->setLabel(int(Field::AddressLine), tr("Office: house / street"));
    m_form->setLabel(int(Field::City), tr("Office: city"));
    m_form->setLabel(int(Field::State), tr("Office: state"));
    m_form->setLabel(int(Field::PinCode), tr("Office: PIN code"));
    m_form->setLabel(int(Field::PanCard), tr("PAN card"));
    m_form->setLabel(int(Field::AadhaarFront), tr("Aadhaar front"));
    m_form->setLabel(int(Field::AadhaarBack), tr("Aadhaar back"));
    for (auto it = m_documentButtons.cbegin(); it != m_documentButtons.cend(); ++it) {
        if (!m_documents.contains(it.key())) {
            it.value()->setText(tr("Choose file…"));
        }
    }
}

} // namespace saathi::ui
