// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/history/ReprintPanel.h"

#include "core/counter/CounterServices.h"
#include "core/journal/JournalService.h"
#include "ui/form/FormKit.h"
#include "ui/receipt/ReceiptPrintAction.h"
#include "ui/receipt/ReceiptQrView.h"
#include "ui/receipt/ReceiptView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace saathi::ui {

ReprintPanel::ReprintPanel(CounterServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("reprintPanel"));
    m_title = FormKit::textLabel(this, QStringLiteral("reprintTitleLabel"));
    m_status = FormKit::textLabel(this, QStringLiteral("reprintStatusLabel"));
    m_view = new ReceiptView(this);
    m_view->setObjectName(QStringLiteral("reprintPlainTextEdit"));
    m_qr = new ReceiptQrView(this, 4); // beside the history table: smaller, still readable by a phone
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("reprintPrintButton"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("reprintCloseButton"));
    m_printAction = new ReceiptPrintAction(
        m_print, this, [this] { return m_receipt.value_or(receipt::AnyReceipt()); },
        [this](const ReceiptOutput::Message& text) { setStatus(text); });
    m_print->setEnabled(false);

    auto* receiptRow = new QHBoxLayout;
    receiptRow->addWidget(m_view, 1);
    receiptRow->addWidget(m_qr);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(receiptRow, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    connect(m_close, &QPushButton::clicked, this, &ReprintPanel::closeRequested);
    retranslate();
}

void ReprintPanel::setReceiptOutput(ReceiptOutput* output)
{
    m_printAction->setOutput(output);
}

void ReprintPanel::reprint(const QString& reference)
{
    m_reference = reference;
    m_printAction->reset();
    load(true);
}

void ReprintPanel::load(bool thenPrint)
{
    if (!m_services.journal || m_reference.isEmpty()) {
        return;
    }
    const int generation = ++m_generation;
    if (thenPrint) { // a new reprint; a language switch only rebuilds the one on screen
        m_receipt.reset();
        m_print->setEnabled(false);
        m_view->clear();
        m_qr->setPayload(QString());
        setStatus([] { return tr("Finding the transaction…"); });
    }
    m_services.journal
        ->run([ref = m_reference, identity = m_services.identity](journal::JournalStore& store) {
            return receipt::JournalReceipts::find(store, ref, identity);
        })
        .then(this, [this, generation, thenPrint](const Result<receipt::AnyReceipt>& found) {
            if (generation != m_generation) {
                return;
            }
            if (!found) {
                setStatus([message = found.error().userMessage] { return message; });
                Q_EMIT shown(found.error());
                return;
            }
            receipt::AnyReceipt duplicate = found.value();
            receipt::JournalReceipts::setDuplicate(duplicate, true);
            receipt::JournalReceipts::setTraining(duplicate, m_services.training);
            m_receipt = duplicate;
            std::visit(
                [this](const auto& r) {
                    if constexpr (std::is_same_v<std::decay_t<decltype(r)>, receipt::Receipt>) {
                        m_view->setReceipt(r);
                    } else {
                        m_view->setDmtReceipt(r);
                    }
                },
                duplicate);
            m_qr->setPayload(receipt::JournalReceipts::qrPayload(duplicate));
            m_print->setEnabled(true);
            if (thenPrint) {
                Q_EMIT shown({});
                if (!m_printAction->isPrinting()) { // else the printer is still answering the last reprint
                    setStatus(nullptr);
                    m_printAction->trigger();
                }
            }
        });
}

void ReprintPanel::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    FormKit::showMessage(m_status, m_statusText ? m_statusText() : QString());
}

void ReprintPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_receipt && !m_printAction->isPrinting()) {
            load(false); // the duplicate in the new language (not printed again)
        }
    }
    QWidget::changeEvent(event);
}

void ReprintPanel::retranslate()
{
    m_title->setText(tr("Reprint (marked DUPLICATE)"));
    m_close->setText(tr("&Close"));
    m_printAction->retranslate();
    if (m_statusText) {
        m_status->setText(m_statusText());
    }
}

} // namespace saathi::ui
