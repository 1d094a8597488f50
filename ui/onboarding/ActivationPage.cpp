// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/onboarding/ActivationPage.h"

#include "core/crypto/SecureBytes.h"
#include "core/setup/OnboardingService.h"
#include "ui/form/FormKit.h"
#include "ui/form/Theme.h"
#include "ui/onboarding/AddressWidget.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/ScrollingForm.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QWizard>

namespace saathi::ui {

namespace {
using Field = setup::AepsActivationFlow::Field;
enum Row { Model, Serial, Account, Ifsc, ShopType, Aadhaar };
constexpr Field kFields[6]
    = {Field::DeviceModel, Field::DeviceSerial, Field::Account, Field::Ifsc, Field::ShopType, Field::Aadhaar};
const char* const kFieldNames[6] = {"modelName", "deviceSerial", "account", "ifsc", "shopType", "aadhaar"};
} // namespace

ActivationPage::ActivationPage(setup::OnboardingService& service, QWidget* parent)
    : QWizardPage(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("activationPage"));
    QFormLayout* form = scrollingForm(this);
    QWidget* fields[6];
    for (int i = 0; i < 6; ++i) {
        const QString base = QString::fromLatin1(kFieldNames[i]);
        if (i == ShopType) {
            m_shopType = new QComboBox(this);
            m_shopType->setObjectName(QStringLiteral("shopTypeComboBox"));
            fields[i] = m_shopType;
        } else {
            auto* e = new QLineEdit(this);
            e->setObjectName(base + QStringLiteral("LineEdit"));
            fields[i] = e;
        }
        m_labels[i] = FormKit::fieldLabel(fields[i]);
        m_errors[i] = FormKit::errorLabel(this, base + QStringLiteral("ErrorLabel"));
        form->addRow(m_labels[i], FormKit::fieldBox(fields[i], m_errors[i]));
    }
    m_model = static_cast<QLineEdit*>(fields[Model]);
    m_serial = static_cast<QLineEdit*>(fields[Serial]);
    m_account = static_cast<QLineEdit*>(fields[Account]);
    m_ifsc = static_cast<QLineEdit*>(fields[Ifsc]);
    m_aadhaar = static_cast<QLineEdit*>(fields[Aadhaar]);
    m_aadhaar->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_aadhaar->setMaxLength(14);

    m_office = new AddressWidget(QStringLiteral("office"), this);
    form->addRow(m_office);

    const std::pair<Field, const char*> documents[]
        = {{Field::PanCard, "panCard"}, {Field::AadhaarFront, "aadhaarFront"}, {Field::AadhaarBack, "aadhaarBack"}};
    for (const auto& [field, name] : documents) {
        Document doc {field, nullptr, nullptr, nullptr, {}};
        const QString base = QString::fromLatin1(name);
        doc.choose = new QPushButton(this);
        doc.choose->setObjectName(base + QStringLiteral("Button"));
        doc.label = FormKit::fieldLabel(doc.choose);
        doc.status = FormKit::textLabel(this, base + QStringLiteral("StatusLabel"));
        form->addRow(doc.label, doc.choose);
        form->addRow(QString(), doc.status);
        m_documents.append(doc);
    }
    for (int i = 0; i < m_documents.size(); ++i) {
        connect(m_documents[i].choose, &QPushButton::clicked, this, [this, i] { chooseDocument(m_documents[i]); });
    }
    m_pageError = FormKit::errorLabel(this, QStringLiteral("activationErrorLabel"));
    form->addRow(m_pageError);
    connect(&m_service, &setup::OnboardingService::listsLoaded, this, &ActivationPage::listsLoaded);
    connect(&m_service, &setup::OnboardingService::activated, this, &ActivationPage::submitted);
    retranslate();
}

void ActivationPage::initializePage()
{
    if (m_listsLoaded) {
        return;
    }
    m_listsLoaded = true;
    m_service.loadLists();
}

void ActivationPage::listsLoaded(const QList<setup::Choice>& states, const QList<setup::Choice>& shopTypes,
                                 const Error& error)
{
    if (!shopTypes.isEmpty()) {
        const QString chosen = m_shopType->currentData().toString();
        m_shopType->clear();
        for (const setup::Choice& item : shopTypes) {
            m_shopType->addItem(item.label, item.value);
        }
        m_shopType->setCurrentIndex(qMax(0, m_shopType->findData(chosen)));
    }
    if (!states.isEmpty()) {
        m_office->setStates(states);
    }
    if (!error.isNull()) {
        FormKit::showMessage(m_pageError, error.userMessage);
        m_listsLoaded = false; // asked again when the page is shown again
    }
}

void ActivationPage::chooseDocument(Document& doc)
{
    const QString path = FileChooser::openFile(this, doc.label->text(), tr("JPEG or PDF (*.jpg *.jpeg *.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const Result<setup::DocumentFile> read = setup::AepsActivationFlow::readDocument(path);
    if (!read) {
        doc.file = {};
        Theme::setTone(doc.status, Tone::Error);
        doc.status->setText(read.error().userMessage);
        return;
    }
    doc.file = read.value();
    Theme::setTone(doc.status, Tone::Normal);
    doc.status->setText(tr("%1 (%2 KB)").arg(doc.file.fileName).arg((doc.file.content.size() + 1023) / 1024));
}

setup::ActivationForm ActivationPage::form() const
{
    setup::ActivationForm f;
    f.deviceModel = m_model->text();
    f.deviceSerial = m_serial->text();
    f.account = m_account->text();
    f.ifsc = m_ifsc->text();
    f.shopType = m_shopType->currentData().toString();
    f.aadhaar = m_aadhaar->text();
    f.addressLine = m_office->line();
    f.city = m_office->city();
    f.stateId = m_office->stateId();
    f.stateName = m_office->stateName();
    f.pinCode = m_office->pinCode();
    f.panCard = m_documents[0].file;
    f.aadhaarFront = m_documents[1].file;
    f.aadhaarBack = m_documents[2].file;
    return f;
}

bool ActivationPage::showErrors(const QMap<Field, QString>& errors)
{
    QWidget* bad = nullptr;
    for (int i = 0; i < 6; ++i) {
        const QString message = errors.value(kFields[i]);
        FormKit::showMessage(m_errors[i], message);
        if (!message.isEmpty() && !bad) {
            bad = m_labels[i]->buddy();
        }
    }
    const bool addressBad = m_office->showErrors(errors.value(Field::AddressLine), errors.value(Field::City),
                                                 errors.value(Field::State), errors.value(Field::PinCode));
    for (Document& doc : m_documents) {
        if (errors.contains(doc.field)) {
            Theme::setTone(doc.status, Tone::Error);
            doc.status->setText(errors.value(doc.field));
            bad = bad ? bad : doc.choose;
        }
    }
    if (bad) {
        bad->setFocus();
    }
    return bad || addressBad;
}

bool ActivationPage::validatePage()
{
    if (m_submitted) {
        return true;
    }
    if (m_busy) {
        return false;
    }
    setup::ActivationForm f = form();
    if (showErrors(setup::AepsActivationFlow::check(f))) {
        secureWipe(f.aadhaar);
        return false;
    }
    m_busy = true;
    Q_EMIT completeChanged();
    FormKit::showMessage(m_pageError, tr("Sending the activation to Eko…"));
    m_service.activate(std::move(f)); // wipes the Aadhaar it was given
    return false; // submitted() moves the wizard on
}

bool ActivationPage::isComplete() const
{
    return !m_busy && QWizardPage::isComplete();
}

void ActivationPage::submitted(const setup::AepsActivationFlow::Submission& submission)
{
    m_busy = false;
    Q_EMIT completeChanged();
    showErrors(submission.fieldErrors);
    if (!submission.ok()) {
        FormKit::showMessage(m_pageError, submission.error.userMessage);
        return;
    }
    m_submitted = true;
    m_aadhaar->clear(); // the number is not needed any more
    FormKit::clearMessage(m_pageError);
    Q_EMIT activationSubmitted();
    if (wizard()) {
        wizard()->next();
    }
}

void ActivationPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void ActivationPage::retranslate()
{
    setTitle(tr("AePS activation"));
    setSubTitle(tr("Eko checks these and activates AePS, usually in 1 to 3 working days."));
    const QString labels[6] = {tr("Device model"), tr("Device serial number"),  tr("Settlement account"), tr("IFSC"),
                               tr("Shop type"),    tr("Agent's Aadhaar number")};
    for (int i = 0; i < 6; ++i) {
        m_labels[i]->setText(labels[i]);
    }
    const QString docs[3] = {tr("PAN card"), tr("Aadhaar front"), tr("Aadhaar back")};
    for (int i = 0; i < m_documents.size(); ++i) {
        m_documents[i].label->setText(docs[i]);
        m_documents[i].choose->setText(tr("Choose file…"));
    }
}

} // namespace saathi::ui
