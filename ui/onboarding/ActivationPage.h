// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/setup/AepsActivationFlow.h"

#include <QMap>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace saathi::setup {
class OnboardingService;
}

namespace saathi::ui {

class AddressWidget;

// Step 2: AePS (Fingpay) activation — the fingerprint device's model and serial, the settlement account and
// IFSC, the shop type (Eko's MCC list), the office address (states from Eko's list; it is also the proof address)
// and three documents (PAN card, Aadhaar front and back: JPEG or PDF under 1 MB; a PNG is refused at once, at its
// row). The OnboardingService checks and sends; this page shows its field errors.
class ActivationPage : public QWizardPage
{
    Q_OBJECT
public:
    ActivationPage(setup::OnboardingService& service, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    bool isSubmitted() const { return m_submitted; }

Q_SIGNALS:
    void activationSubmitted();

protected:
    void changeEvent(QEvent* event) override;

private:
    using Field = setup::AepsActivationFlow::Field;
    struct Document
    {
        Field field;
        QLabel* label = nullptr;
        QPushButton* choose = nullptr;
        QLabel* status = nullptr;
        setup::DocumentFile file;
    };
    void chooseDocument(Document& doc);
    void listsLoaded(const QList<setup::Choice>& states, const QList<setup::Choice>& shopTypes, const Error& error);
    setup::ActivationForm form() const;
    bool showErrors(const QMap<Field, QString>& errors);
    void submitted(const setup::AepsActivationFlow::Submission& submission);
    void retranslate();

    setup::OnboardingService& m_service;
    bool m_busy = false;
    bool m_submitted = false;
    bool m_listsLoaded = false;
    QLineEdit* m_model = nullptr;
    QLineEdit* m_serial = nullptr;
    QLineEdit* m_account = nullptr;
    QLineEdit* m_ifsc = nullptr;
    QComboBox* m_shopType = nullptr;
    QLineEdit* m_aadhaar = nullptr;
    AddressWidget* m_office = nullptr;
    QList<Document> m_documents;
    QLabel* m_labels[6] = {};
    QLabel* m_errors[6] = {};
    QLabel* m_pageError = nullptr;
};

} // namespace saathi::ui
