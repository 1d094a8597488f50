// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/aeps/AepsCustomerFlow.h"
#include "core/counter/CounterServices.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace saathi::ui {

class AepsFormFields;
class CapturePanel;
class PreflightPrompt;
class FingerPicker;
class TransactionResultPage;

// One AePS customer transaction on screen: the form (customer mobile, bank, Aadhaar/VID, amount with quick-amount
// buttons for cash withdrawal and Aadhaar Pay, the consent with its checkbox), progress with Cancel while the finger
// is captured and the request sent, then the result page with the receipt. Errors appear under the field that
// caused them and focus moves to the first bad field; nothing typed is lost. Keyboard-first (PageKeys): Tab moves
// on, Enter continues or submits, Esc goes back. The four kinds share this page (CashWithdrawalPage etc. name them).
class AepsFormPage : public QWidget
{
    Q_OBJECT
public:
    AepsFormPage(journal::TxKind kind, CounterServices& services, QWidget* parent = nullptr);
    ~AepsFormPage() override;

    // A new customer: clears the form and makes a new submission key.
    void reset();
    // What Esc does: stops a capture that can still be stopped; otherwise (nothing on the wire) back to home,
    // from the result page with a fresh form. While a request is out it does nothing.
    void goBack();
    aeps::AepsCustomerFlow& flow() { return *m_flow; }
    TransactionResultPage& resultPage() { return *m_result; }
    FingerPicker& fingerPicker() { return *m_finger; }
    CapturePanel& capturePanel() { return *m_capture; }

public Q_SLOTS:
    // The finger to put on the device next, and why (translated; empty: no note): the coach's suggestion.
    void setSuggestedFinger(saathi::device::Finger finger, const QString& why);
    // The finger that worked for this customer last time (customer memory, issue #18): suggested with its note.
    void suggestRememberedFinger(saathi::device::Finger finger);

Q_SIGNALS:
    void backRequested();
    void transactionFinished(const QString& clientRefId);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildForm();
    void submit();
    // Enter where no button has focus: submits a consented form, else moves on through the fields.
    void proceed();
    // Whether Esc and Enter wait: the form is busy with a capture or a request (not on the result page).
    bool busy() const;
    void cancelIfPossible();
    void clearErrors();
    void onStateChanged(aeps::AepsCustomerFlow::State state);
    void onStopped(const Error& error);
    void onDuplicate(const journal::TransactionRecord& earlier);
    // Issue #18: the pre-flight step's warnings at their fields with "Go ahead anyway" / "Change"; a known
    // customer's bank as soon as the Aadhaar is typed.
    void onPreflightWarning(const preflight::Outcome& outcome);
    void onAadhaarTyped();
    void onCustomerRecalled(const QString& bank);
    void showBankWarning();
    void onOutcome();
    // The result page's "Try another finger" after a mismatch: the same customer's form again, with the coach.
    void tryAnotherFinger();
    void updateSubmitEnabled();
    void retranslate();
    static QString rememberedNote();

    CounterServices& m_services;
    aeps::AepsCustomerFlow* m_flow = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_titleLabel = nullptr;
    AepsFormFields* m_fields = nullptr;
    QLabel* m_duplicateLabel = nullptr;
    QPushButton* m_confirmNewButton = nullptr;
    QLabel* m_formError = nullptr;
    PreflightPrompt* m_preflight = nullptr;
    bool m_bankNoteShown = false; // showBankWarning() put a warning under the bank field
    CapturePanel* m_capture = nullptr;
    QLabel* m_fingerLabel = nullptr;
    FingerPicker* m_finger = nullptr;
    QLabel* m_fingerNote = nullptr;
    bool m_fingerRemembered = false; // the note says the finger is the one that worked last time
    QPushButton* m_submitButton = nullptr;
    TransactionResultPage* m_result = nullptr;
};

} // namespace saathi::ui
