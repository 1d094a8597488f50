// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/receipt/JournalReceipts.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace saathi {
struct CounterServices;
}

namespace saathi::ui {

class ReceiptOutput;
class ReceiptPrintAction;
class ReceiptQrView;
class ReceiptView;

// History's reprint: the receipt of any journaled transaction (success, failed or pending; AePS, money transfer or
// refund) rebuilt from the journal (receipt::JournalReceipts), marked DUPLICATE, shown with its QR code and printed
// on the printer chosen in Settings. A failed print says why and offers "Print again".
class ReprintPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReprintPanel(CounterServices& services, QWidget* parent = nullptr);

    void setReceiptOutput(ReceiptOutput* output);
    // Builds the duplicate of `reference` (off the UI thread), shows it, then prints it.
    void reprint(const QString& reference);
    const std::optional<receipt::AnyReceipt>& receipt() const { return m_receipt; }
    const QString& reference() const { return m_reference; }

Q_SIGNALS:
    // The duplicate is on screen (and on its way to the printer), or `error` says why there is none.
    void shown(const saathi::Error& error);
    void closeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void load(bool thenPrint);
    void setStatus(std::function<QString()> text);
    void retranslate();

    CounterServices& m_services;
    QString m_reference;
    std::optional<receipt::AnyReceipt> m_receipt;
    std::function<QString()> m_statusText;
    int m_generation = 0; // answers for an earlier reprint are dropped
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    ReceiptView* m_view = nullptr;
    ReceiptQrView* m_qr = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_close = nullptr;
    ReceiptPrintAction* m_printAction = nullptr;
};

} // namespace saathi::ui
