// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/claims/ClaimSlip.h"
#include "core/counter/CounterServices.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace saathi::claims {
class ClaimService;
}

namespace saathi::ui {

class ReceiptOutput;

// The customer's claim slip for one row whose money may be stuck (issue #19): the language (English or Hindi,
// starting from the language the customer gave consent in), the slip as it prints, Print (the system printer chosen
// in Settings, else the print dialog) and Save as PDF, both off the UI thread. The slip is built by core's
// ClaimService on the journal's worker (it reads the stored answer for the STAN).
class ClaimSlipDialog : public QDialog
{
    Q_OBJECT
public:
    ClaimSlipDialog(claims::ClaimService& claims, const CounterServices& services,
                    const journal::TransactionRecord& row, ReceiptOutput* output, QWidget* parent = nullptr);

    const QString& slipText() const { return m_text; }
    QString language() const;
    QPlainTextEdit* preview() const { return m_preview; }

Q_SIGNALS:
    // The slip in the chosen language is on screen (or `error` says why not).
    void slipShown(const saathi::Error& error);
    // Printing or saving finished; the status line says how.
    void outputFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    void print();
    void savePdf();
    void finish(const Error& error, std::function<QString()> success);
    void setStatus(std::function<QString()> text);
    void retranslate();

    claims::ClaimService& m_claims;
    CounterIdentity m_identity;
    bool m_training = false;
    QString m_ref;
    ReceiptOutput* m_output = nullptr;
    QString m_text;
    QString m_title;
    int m_generation = 0;
    std::function<QString()> m_statusText;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace saathi::ui
