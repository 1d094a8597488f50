// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/onboarding/ActivationPage.h"

#include "core/crypto/SecureBytes.h"
#include "core/eko/EkoClient.h"
#include "core/validation/AadhaarNumber.h"
#include "core/validation/FieldValidators.h"
#include "ui/onboarding/AddressWidget.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/ScrollingForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QWizard>

namespace saathi::ui {

namespace {
enum Field { Model, Serial, Account, Ifsc, ShopType, Aadhaar };
const char* const kFieldNames[6] = {"modelName", "deviceSerial", "account", "ifsc", "shopType", "aadhaar"};
const char* const kWireNames[6] = {"modelname", "devicenumber", "account", "ifsc", "shop_type", "aadhar"};
} // namespace

ActivationPage::ActivationPage(eko::EkoClient& client, QWidget* parent)
    : QWizardPage(parent)
    , m_ops(client)
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
        m_labels[i] = new QLabel(this);
        m_labels[i]->setBuddy(fields[i]);
        m_errors[i] = new QLabel(this);
        m_errors[i]->setObjectName(base + QStringLiteral("ErrorLabel"));
        m_errors[i]->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        m_errors[i]->setWordWrap(true);
        form->addRow(m_labels[i], fields[i]);
        form->addRow(QString(), m_errors[i]);
    }
    m_model = static_cast<QLineEdit*>(fields[Model]);
    m_serial = static_cast<QLineEdit*>(fields[Serial]);
    m_account = static_cast<QLineEdit*>(fields[Account]);
    m_ifsc = static_cast<QLineEdit*>(fields[Ifsc]);
    m_aadhaar = static_cast<QLineEdit*>(fields[Aadhaar]);
    m_aadhaar->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_aadhaar->setMaxLength(14);

    m_office = new AddressWidget(QStringLiteral("office"), this);
    m_sameAddress = new QCheckBox(this);
    m_sameAddress->setObjectName(QStringLiteral("sameAddressCheckBox"));
    m_sameAddress->setChecked(true);
    m_proof = new AddressWidget(QStringLiteral("proof"), this);
    m_proof->setVisible(false);
    connect(m_sameAddress, &QCheckBox::toggled, m_proof, [this](bool same) { m_proof->setVisible(!same); });
    form->addRow(m_office);
    form->addRow(m_sameAddress);
    form->addRow(m_proof);

    for (const char* field : {"pan_card", "aadhar_front", "aadhar_back"}) {
        Document doc;
        doc.field = QString::fromLatin1(field);
        const QString base = doc.field == QLatin1String("pan_card") ? QStringLiteral("panCard")
            : doc.field == QLatin1String("aadhar_front")            ? QStringLiteral("aadhaarFront")
                                                                    : QStringLiteral("aadhaarBack");
        doc.label = new QLabel(this);
        doc.choose = new QPushButton(this);
        doc.choose->setObjectName(base + QStringLiteral("Button"));
        doc.status = new QLabel(this);
        doc.status->setObjectName(base + QStringLiteral("StatusLabel"));
        doc.status->setWordWrap(true);
        form->addRow(doc.label, doc.choose);
        form->addRow(QString(), doc.status);
        m_documents.append(doc);
    }
    for (int i = 0; i < m_documents.size(); ++i) {
        connect(m_documents[i].choose, &QPushButton::clicked, this, [this, i] { chooseDocument(m_documents[i]); });
    }
    m_pageError = new QLabel(this);
    m_pageError->setObjectName(QStringLiteral("activationErrorLabel"));
    m_pageError->setWordWrap(true);
    m_pageError->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    form->addRow(m_pageError);
    retranslate();
}

void ActivationPage::initializePage()
{
    if (m_listsLoaded) {
        return;
    }
    m_listsLoaded = true;
    connect(m_ops.mccCategories(), &eko::EkoJob::finished, this, [this](const eko::EkoResponse& r) {
        if (r.outcome != eko::Outcome::Success) {
            m_errors[ShopType]->setText(r.error.userMessage);
            m_listsLoaded = false;
            return;
        }
        m_shopType->clear();
        for (const eko::ListItem& item : eko::AgentOperations::parseList(r.envelope)) {
            m_shopType->addItem(item.label, item.value);
        }
    });
    connect(m_ops.states(), &eko::EkoJob::finished, this, [this](const eko::EkoResponse& r) {
        if (r.outcome != eko::Outcome::Success) {
            m_pageError->setText(r.error.userMessage);
            m_listsLoaded = false;
            return;
        }
        const QList<eko::ListItem> states = eko::AgentOperations::parseList(r.envelope);
        m_office->setStates(states);
        m_proof->setStates(states);
    });
}

void ActivationPage::chooseDocument(Document& doc)
{
    const QString path = FileChooser::openFile(this, doc.label->text(), tr("JPEG or PDF (*.jpg *.jpeg *.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    eko::FilePart part;
    part.fieldName = doc.field;
    part.fileName = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        doc.status->setText(tr("Could not read %1. Choose the file again.").arg(part.fileName));
        return;
    }
    part.content = file.read(1024 * 1024 + 1); // enough to tell "too large"
    part.contentType = part.content.startsWith("%PDF-") ? QByteArray("application/pdf") : QByteArray("image/jpeg");
    const Error problem = eko::checkActivationDocument(part);
    if (!problem.isNull()) {
        doc.part = {};
        doc.status->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        doc.status->setText(problem.userMessage);
        return;
    }
    doc.part = part;
    doc.status->setStyleSheet(QString());
    doc.status->setText(tr("%1 (%2 KB)").arg(part.fileName).arg((part.content.size() + 1023) / 1024));
}

bool ActivationPage::checkFields()
{
    QString messages[6];
    messages[Model] = m_model->text().trimmed().isEmpty() ? tr("Enter the fingerprint device's model.") : QString();
    messages[Serial] = m_serial->text().trimmed().isEmpty() ? tr("Enter the device's serial number.") : QString();
    messages[Account] = m_account->text().trimmed().isEmpty() ? tr("Enter the settlement account number.") : QString();
    messages[Ifsc] = validate::ifsc(m_ifsc->text()).message;
    messages[ShopType] = m_shopType->currentData().toString().isEmpty() ? tr("Choose the shop type.") : QString();
    ValidationResult aadhaar = aadhaar::validateAadhaar(m_aadhaar->text());
    messages[Aadhaar] = aadhaar.message;
    secureWipe(aadhaar.normalized);
    QWidget* bad = nullptr;
    for (int i = 0; i < 6; ++i) {
        m_errors[i]->setText(messages[i]);
        if (!messages[i].isEmpty() && !bad) {
            bad = m_labels[i]->buddy();
        }
    }
    bool ok = m_office->check() && (m_sameAddress->isChecked() || m_proof->check());
    for (Document& doc : m_documents) {
        if (doc.part.content.isEmpty()) {
            doc.status->setStyleSheet(QStringLiteral("color: #b91c1c;"));
            doc.status->setText(tr("Choose the document (JPEG or PDF under 1 MB)."));
            ok = false;
            bad = bad ? bad : doc.choose;
        }
    }
    if (bad) {
        bad->setFocus();
    }
    return ok && !bad;
}

bool ActivationPage::validatePage()
{
    if (m_submitted) {
        return true;
    }
    if (m_busy || !checkFields()) {
        return false;
    }
    eko::AepsActivation a;
    a.modelName = m_model->text().trimmed();
    a.deviceNumber = m_serial->text().trimmed();
    a.account = m_account->text().trimmed();
    a.ifsc = validate::ifsc(m_ifsc->text()).normalized;
    a.shopType = m_shopType->currentData().toString();
    a.aadhaarPlain = aadhaar::validateAadhaar(m_aadhaar->text()).normalized;
    a.officeAddress = m_office->address();
    a.addressAsPerProof = m_sameAddress->isChecked() ? a.officeAddress : m_proof->address();
    for (const Document& doc : std::as_const(m_documents)) {
        a.documents.append(doc.part);
    }
    m_busy = true;
    Q_EMIT completeChanged();
    m_pageError->setText(tr("Sending the activation to Eko…"));
    connect(m_ops.activateAeps(a), &eko::EkoJob::finished, this, &ActivationPage::submitted);
    secureWipe(a.aadhaarPlain);
    return false; // submitted() moves the wizard on
}

bool ActivationPage::isComplete() const
{
    return !m_busy && QWizardPage::isComplete();
}

void ActivationPage::submitted(const eko::EkoResponse& response)
{
    m_busy = false;
    Q_EMIT completeChanged();
    if (response.outcome != eko::Outcome::Success) {
        const auto& invalid = response.envelope.invalidParams;
        for (int i = 0; i < 6; ++i) {
            if (invalid.contains(QString::fromLatin1(kWireNames[i]))) {
                m_errors[i]->setText(invalid.value(QString::fromLatin1(kWireNames[i])));
            }
        }
        for (Document& doc : m_documents) {
            if (invalid.contains(doc.field)) {
                doc.status->setText(invalid.value(doc.field));
            }
        }
        m_pageError->setText(response.error.userMessage.isEmpty() ? response.envelope.reason()
                                                                  : response.error.userMessage);
        return;
    }
    m_submitted = true;
    m_aadhaar->clear(); // the number is not needed any more
    m_pageError->clear();
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
    m_sameAddress->setText(tr("The address on the proof is the office address"));
    const QString docs[3] = {tr("PAN card"), tr("Aadhaar front"), tr("Aadhaar back")};
    for (int i = 0; i < m_documents.size(); ++i) {
        m_documents[i].label->setText(docs[i]);
        m_documents[i].choose->setText(tr("Choose file…"));
    }
}

} // namespace saathi::ui
