// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/settings/PrinterSettingsBox.h"

#include "core/receipt/SerialReceiptPrinter.h"
#include "core/settings/AppSettings.h"
#include "ui/form/FormKit.h"
#include "ui/widgets/FileChooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinterInfo>
#include <QPushButton>
#include <QRadioButton>

namespace saathi::ui {

namespace {
// The form's rows, in order; each shows only for the kinds that use it.
enum Row { KindRow, SystemRow, PortRow, BaudRow, PaperRow, ModeRow, StatusRow, PdfAskRow, PdfFolderRow };

QComboBox* combo(QWidget* parent, const char* name)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    return box;
}
} // namespace

PrinterSettingsBox::PrinterSettingsBox(AppSettings& settings, QWidget* parent)
    : QGroupBox(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("printerGroupBox"));
    const PrinterSettings p = settings.printer();
    m_form = new QFormLayout(this);

    m_kind = combo(this, "printerKindComboBox");
    for (PrinterKind kind : {PrinterKind::None, PrinterKind::EscPosSerial, PrinterKind::System, PrinterKind::Pdf}) {
        m_kind->addItem(QString(), int(kind));
    }
    m_kind->setCurrentIndex(m_kind->findData(int(p.kind)));
    addRow(m_kindLabel, m_kind);

    m_system = combo(this, "systemPrinterComboBox");
    m_system->addItems(QPrinterInfo::availablePrinterNames());
    if (!p.systemPrinter.isEmpty() && m_system->findText(p.systemPrinter) < 0) {
        m_system->addItem(p.systemPrinter);
    }
    m_system->setCurrentText(p.systemPrinter);
    m_systemError = FormKit::errorLabel(this, QStringLiteral("systemPrinterErrorLabel"));
    addRow(m_systemLabel, m_system, m_systemError);

    // The ports the OS knows, and any other name typed in (a port that is unplugged right now).
    m_port = combo(this, "serialPortComboBox");
    m_port->setEditable(true);
    m_port->setInsertPolicy(QComboBox::NoInsert);
    m_port->lineEdit()->setObjectName(QStringLiteral("serialPortLineEdit"));
    m_port->lineEdit()->setPlaceholderText(QStringLiteral("COM3, /dev/ttyUSB0"));
    for (const receipt::SerialPortChoice& choice : receipt::SerialReceiptPrinter::availablePorts()) {
        m_port->addItem(choice.name);
        m_port->setItemData(m_port->count() - 1, choice.description, Qt::ToolTipRole);
    }
    m_port->setCurrentText(p.serialPort);
    m_portError = FormKit::errorLabel(this, QStringLiteral("serialPortErrorLabel"));
    addRow(m_portLabel, m_port, m_portError);

    m_baud = combo(this, "baudComboBox");
    for (int baud : printer_settings::kBauds) {
        m_baud->addItem(QString::number(baud), baud);
    }
    m_baud->setCurrentIndex(qMax(0, m_baud->findData(p.baud)));
    m_baudError = FormKit::errorLabel(this, QStringLiteral("baudErrorLabel"));
    addRow(m_baudLabel, m_baud, m_baudError);

    m_paper = combo(this, "paperComboBox");
    m_paper->addItem(QString(), int(receipt::PaperWidth::Mm58));
    m_paper->addItem(QString(), int(receipt::PaperWidth::Mm80));
    m_paper->setCurrentIndex(m_paper->findData(int(p.paper)));
    addRow(m_paperLabel, m_paper);

    m_mode = combo(this, "thermalModeComboBox");
    for (ThermalPrintMode mode : {ThermalPrintMode::Auto, ThermalPrintMode::Text, ThermalPrintMode::Image}) {
        m_mode->addItem(QString(), int(mode));
    }
    m_mode->setCurrentIndex(m_mode->findData(int(p.thermalMode)));
    addRow(m_modeLabel, m_mode);

    m_askStatus = new QCheckBox(this);
    m_askStatus->setObjectName(QStringLiteral("askStatusCheckBox"));
    m_askStatus->setChecked(p.askStatus);
    m_form->addRow(m_askStatus);

    m_pdfAsk = new QRadioButton(this);
    m_pdfAsk->setObjectName(QStringLiteral("pdfAskRadioButton"));
    m_pdfInFolder = new QRadioButton(this);
    m_pdfInFolder->setObjectName(QStringLiteral("pdfFolderRadioButton"));
    (p.pdfAskEachTime ? m_pdfAsk : m_pdfInFolder)->setChecked(true);
    m_pdfLabel = new QLabel(this);
    m_form->addRow(m_pdfLabel, m_pdfAsk);
    m_pdfFolder = new QLineEdit(p.pdfFolder, this);
    m_pdfFolder->setObjectName(QStringLiteral("pdfFolderLineEdit"));
    m_chooseFolder = new QPushButton(this);
    m_chooseFolder->setObjectName(QStringLiteral("chooseFolderButton"));
    m_pdfError = FormKit::errorLabel(this, QStringLiteral("pdfFolderErrorLabel"));
    auto* folderLine = new QHBoxLayout;
    folderLine->addWidget(m_pdfInFolder);
    folderLine->addWidget(m_pdfFolder, 1);
    folderLine->addWidget(m_chooseFolder);
    auto* folderBox = new QVBoxLayout;
    folderBox->addLayout(folderLine);
    folderBox->addWidget(m_pdfError);
    m_form->addRow(QString(), folderBox);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PrinterSettingsBox::updateVisibleRows);
    connect(m_chooseFolder, &QPushButton::clicked, this, &PrinterSettingsBox::chooseFolder);
    connect(m_pdfFolder, &QLineEdit::textEdited, this, [this] { m_pdfInFolder->setChecked(true); });
    retranslate();
    updateVisibleRows();
}

void PrinterSettingsBox::addRow(QLabel*& label, QWidget* field, QLabel* error)
{
    label = FormKit::fieldLabel(field);
    if (error) {
        m_form->addRow(label, FormKit::fieldBox(field, error));
    } else {
        m_form->addRow(label, field);
    }
}

PrinterSettings PrinterSettingsBox::value() const
{
    PrinterSettings p;
    p.kind = static_cast<PrinterKind>(m_kind->currentData().toInt());
    p.systemPrinter = m_system->currentText();
    p.serialPort = m_port->currentText();
    p.baud = m_baud->currentData().toInt();
    p.paper = static_cast<receipt::PaperWidth>(m_paper->currentData().toInt());
    p.askStatus = m_askStatus->isChecked();
    p.thermalMode = static_cast<ThermalPrintMode>(m_mode->currentData().toInt());
    p.pdfAskEachTime = m_pdfAsk->isChecked();
    p.pdfFolder = m_pdfFolder->text();
    return p;
}

bool PrinterSettingsBox::save(QWidget** firstBad)
{
    const PrinterSettings p = value();
    const QList<PrinterFieldError> errors = printer_settings::check(p);
    showErrors(errors);
    if (!errors.isEmpty()) {
        if (firstBad) {
            switch (errors.first().field) {
            case PrinterField::SystemPrinter:
                *firstBad = m_system;
                break;
            case PrinterField::SerialPort:
                *firstBad = m_port;
                break;
            case PrinterField::Baud:
                *firstBad = m_baud;
                break;
            case PrinterField::PdfFolder:
                *firstBad = m_pdfFolder;
                break;
            }
        }
        return false;
    }
    m_settings.setPrinter(p); // checked above: cannot fail
    m_settings.sync();
    return true;
}

void PrinterSettingsBox::showErrors(const QList<PrinterFieldError>& errors)
{
    for (QLabel* label : {m_systemError, m_portError, m_baudError, m_pdfError}) {
        FormKit::clearMessage(label);
    }
    for (const PrinterFieldError& e : errors) {
        QLabel* label = e.field == PrinterField::SystemPrinter ? m_systemError
            : e.field == PrinterField::SerialPort              ? m_portError
            : e.field == PrinterField::Baud                    ? m_baudError
                                                               : m_pdfError;
        FormKit::showMessage(label, e.error.userMessage);
    }
}

void PrinterSettingsBox::updateVisibleRows()
{
    const auto kind = static_cast<PrinterKind>(m_kind->currentData().toInt());
    const bool thermal = kind == PrinterKind::EscPosSerial;
    m_form->setRowVisible(SystemRow, kind == PrinterKind::System);
    for (int row : {PortRow, BaudRow, PaperRow, ModeRow, StatusRow}) {
        m_form->setRowVisible(row, thermal);
    }
    m_form->setRowVisible(PdfAskRow, kind == PrinterKind::Pdf);
    m_form->setRowVisible(PdfFolderRow, kind == PrinterKind::Pdf);
}

void PrinterSettingsBox::chooseFolder()
{
    const QString start = m_pdfFolder->text().isEmpty() ? QDir::homePath() : m_pdfFolder->text();
    const QString folder = FileChooser::folder(this, tr("Folder for receipt PDFs"), start);
    if (!folder.isEmpty()) {
        m_pdfFolder->setText(QDir::toNativeSeparators(folder));
        m_pdfInFolder->setChecked(true);
    }
}

void PrinterSettingsBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QGroupBox::changeEvent(event);
}

void PrinterSettingsBox::retranslate()
{
    setTitle(tr("Receipt printer"));
    // Alt+P, R, T: unique on Settings (its header has Alt+O for Onboard).
    m_kindLabel->setText(tr("&Print receipts on"));
    m_kind->setItemText(0, tr("No printer chosen"));
    m_kind->setItemText(1, tr("Thermal receipt printer (serial or USB port)"));
    m_kind->setItemText(2, tr("System printer"));
    m_kind->setItemText(3, tr("PDF file"));
    m_systemLabel->setText(tr("P&rinter"));
    m_portLabel->setText(tr("Por&t"));
    m_baudLabel->setText(tr("Speed (&baud)"));
    m_paperLabel->setText(tr("Paper &width"));
    m_paper->setItemText(0, tr("58 mm"));
    m_paper->setItemText(1, tr("80 mm"));
    m_modeLabel->setText(tr("Print &as"));
    m_mode->setItemText(0, tr("Automatic: text for English, image for Hindi"));
    m_mode->setItemText(1, tr("Text (fastest; English only)"));
    m_mode->setItemText(2, tr("Image (any language)"));
    m_askStatus->setText(tr("Ask the printer's status before each receipt (DLE EOT)"));
    m_askStatus->setToolTip(tr("Turn this off if the printer never answers: many low-cost printers do not."));
    m_pdfLabel->setText(tr("Save PDF"));
    m_pdfAsk->setText(tr("Ask where, each time"));
    m_pdfInFolder->setText(tr("In this folder:"));
    m_chooseFolder->setText(tr("C&hoose…"));
}

} // namespace saathi::ui
