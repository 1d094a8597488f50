// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/claims/ClaimSlipDialog.h"

#include "core/claims/ClaimService.h"
#include "ui/form/FormKit.h"
#include "ui/receipt/ReceiptOutput.h"
#include "ui/receipt/ReceiptPrinter.h"
#include "ui/widgets/FileChooser.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace saathi::ui {

ClaimSlipDialog::ClaimSlipDialog(claims::ClaimService& claims, const CounterServices& services,
                                 const journal::TransactionRecord& row, ReceiptOutput* output, QWidget* parent)
    : QDialog(parent)
    , m_claims(claims)
    , m_identity(services.identity)
    , m_training(services.training)
    , m_ref(row.clientRefId)
    , m_output(output)
{
    setObjectName(QStringLiteral("claimSlipDialog"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("slipLanguageComboBox"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en")); // each language in its own script
    m_language->addItem(QStringLiteral("हिन्दी"), QStringLiteral("hi"));
    m_language->setCurrentIndex(row.consentLanguage == QLatin1String("hi") ? 1 : 0);
    m_languageLabel = FormKit::fieldLabel(m_language, QStringLiteral("slipLanguageLabel"));
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("slipPlainTextEdit"));
    m_preview->setReadOnly(true);
    m_preview->setFocusPolicy(Qt::ClickFocus);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMinimumWidth(m_preview->fontMetrics().horizontalAdvance(QString(46, QLatin1Char('M'))));
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 24); // most of a slip without scrolling
    m_status = FormKit::textLabel(this, QStringLiteral("slipStatusLabel"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("slipPrintButton"));
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("slipPdfButton"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("slipCloseButton"));
    m_print->setEnabled(false);
    m_pdf->setEnabled(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_languageLabel);
    top->addWidget(m_language);
    top->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    setTabOrder(m_language, m_print);
    setTabOrder(m_print, m_pdf);
    setTabOrder(m_pdf, m_close);

    connect(m_language, &QComboBox::currentIndexChanged, this, &ClaimSlipDialog::load);
    connect(m_print, &QPushButton::clicked, this, &ClaimSlipDialog::print);
    connect(m_pdf, &QPushButton::clicked, this, &ClaimSlipDialog::savePdf);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
    load();
    m_language->setFocus();
}

QString ClaimSlipDialog::language() const
{
    return m_language->currentData().toString();
}

void ClaimSlipDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ClaimSlipDialog::retranslate()
{
    setWindowTitle(tr("Claim slip for the customer"));
    m_languageLabel->setText(tr("Slip &language"));
    m_print->setText(tr("&Print"));
    m_pdf->setText(tr("Save as P&DF…"));
    m_close->setText(tr("Close"));
    if (m_statusText) {
        m_status->setText(m_statusText());
    }
}

void ClaimSlipDialog::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
}

void ClaimSlipDialog::load()
{
    const int generation = ++m_generation;
    m_print->setEnabled(false);
    m_pdf->setEnabled(false);
    m_claims.slip(m_ref, m_identity, language()).then(this, [this, generation](Result<claims::ClaimSlip> slip) {
        if (generation != m_generation) {
            return; // the agent chose another language meanwhile
        }
        if (!slip) {
            m_text.clear();
            m_preview->clear();
            setStatus([message = slip.error().userMessage] { return message; });
            Q_EMIT slipShown(slip.error());
            return;
        }
        slip.value().setTraining(m_training);
        m_text = slip.value().plainText();
        m_title = slip.value().title();
        m_preview->setPlainText(m_text);
        m_print->setEnabled(true);
        m_pdf->setEnabled(true);
        setStatus({});
        Q_EMIT slipShown({});
    });
}

void ClaimSlipDialog::finish(const Error& error, std::function<QString()> success)
{
    if (error.isNull()) {
        setStatus(std::move(success));
    } else {
        setStatus([message = error.userMessage] { return message; });
    }
    Q_EMIT outputFinished(error.isNull());
}

void ClaimSlipDialog::print()
{
    if (m_text.isEmpty()) {
        return;
    }
    // The system printer chosen in Settings; anything else (none, thermal, PDF) goes through the print dialog.
    const PrinterSettings p = m_output ? m_output->printer() : PrinterSettings();
    const QString printer = p.kind == PrinterKind::System ? p.systemPrinter : QString();
    ReceiptPrinter::printLater(m_text, QString(), printer, this, [this](const Error& error) {
        finish(error, [] { return tr("The claim slip was sent to the printer."); });
    });
}

void ClaimSlipDialog::savePdf()
{
    if (m_text.isEmpty()) {
        return;
    }
    const QString suggested = QDir::home().filePath(QStringLiteral("claim-slip-%1.pdf").arg(m_ref));
    const QString path = FileChooser::saveFile(this, tr("Save claim slip as PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    ReceiptPrinter::savePdfLater(m_title, m_text, QString(), path, this, [this, path](const Error& error) {
        finish(error, [path] { return tr("Saved: %1").arg(QDir::toNativeSeparators(path)); });
    });
}

} // namespace saathi::ui
