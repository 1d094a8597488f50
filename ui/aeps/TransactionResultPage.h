// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/aeps/AepsTransaction.h"
#include "core/counter/CounterServices.h"
#include "core/journal/TransactionRecord.h"
#include "core/receipt/Receipt.h"
#include "core/util/Error.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace saathi::ui {

class MiniStatementModel;
class ReceiptOutput;
class ReceiptPrintAction;
class ReceiptQrView;
class ReceiptView;

// The end of an AePS transaction: success, failure (with Eko's reason) or "pending — we are checking", which
// updates live when the reconciler resolves the row; the receipt on screen; the mini statement as a table; Print,
// Save PDF, New transaction and Home. Messages appear inline; no dialog is ever opened except the system print
// dialog behind ReceiptPrinter's hook and the file chooser behind FileChooser.
class TransactionResultPage : public QWidget
{
    Q_OBJECT
public:
    explicit TransactionResultPage(CounterServices& services, QWidget* parent = nullptr);

    void showResult(const journal::TransactionRecord& record, const aeps::AepsTransaction& transaction,
                    const QString& bankName, const Error& error);
    const QString& clientRefId() const { return m_record.clientRefId; }
    const receipt::Receipt& receipt() const { return m_receipt; }
    // Print goes to the printer chosen in Settings (without one: the system print dialog).
    void setReceiptOutput(ReceiptOutput* output);
    // After the bank's mismatch answer: the coach's advice (translated) and "Try another finger" for the same
    // customer; an empty advice hides both (every other outcome).
    void offerAnotherFinger(const QString& advice);

Q_SIGNALS:
    void newTransactionRequested();
    void homeRequested();
    void anotherFingerRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setAction(std::function<QString()> text);
    void onRowResolved(const journal::TransactionRecord& record);
    void render();

    CounterServices& m_services;
    journal::TransactionRecord m_record;
    aeps::AepsTransaction m_transaction;
    QString m_bankName;
    Error m_error;
    receipt::Receipt m_receipt;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QLabel* m_actionLabel = nullptr;
    ReceiptView* m_receiptView = nullptr;
    ReceiptQrView* m_qr = nullptr;
    ReceiptPrintAction* m_print = nullptr;
    MiniStatementModel* m_miniModel = nullptr;
    QTableView* m_miniTable = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_homeButton = nullptr;
    QLabel* m_coachLabel = nullptr;
    QPushButton* m_anotherFingerButton = nullptr;
    std::function<QString()> m_actionText;
    bool m_shown = false; // a result has been shown
};

} // namespace saathi::ui
