// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/receipt/ReceiptPrintAction.h"

#include "ui/receipt/ReceiptActions.h"

#include <QCoreApplication>
#include <QPushButton>

namespace saathi::ui {

ReceiptPrintAction::ReceiptPrintAction(QPushButton* button, QWidget* page, Source source, Shown shown)
    : QObject(page)
    , m_button(button)
    , m_page(page)
    , m_source(std::move(source))
    , m_shown(std::move(shown))
{
    connect(m_button, &QPushButton::clicked, this, &ReceiptPrintAction::trigger);
    retranslate();
}

void ReceiptPrintAction::reset()
{
    ++m_generation;
    m_failed = false;
    retranslate();
}

void ReceiptPrintAction::retranslate()
{
    m_button->setText(m_failed ? tr("Print &again") : tr("&Print"));
}

void ReceiptPrintAction::trigger()
{
    if (m_printing) {
        return;
    }
    const receipt::AnyReceipt receipt = m_source();
    m_printing = true;
    m_button->setEnabled(false);
    const int generation = m_generation;
    if (!m_output) {
        std::visit(
            [this](const auto& r) {
                ReceiptActions::print(r, m_page, [this](const ReceiptActions::Message& text) {
                    finish({true, false, text});
                });
            },
            receipt);
        return;
    }
    m_shown([] { return tr("Printing…"); });
    m_output->print(receipt, m_page, [this, generation](const ReceiptOutput::Outcome& outcome) {
        if (generation != m_generation) {
            m_printing = false;
            m_button->setEnabled(true);
            return;
        }
        finish(outcome);
    });
}

void ReceiptPrintAction::finish(const ReceiptOutput::Outcome& outcome)
{
    m_printing = false;
    m_failed = !outcome.ok && outcome.retry;
    m_button->setEnabled(true);
    retranslate();
    m_shown(outcome.message);
}

} // namespace saathi::ui
