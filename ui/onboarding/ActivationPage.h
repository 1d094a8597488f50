// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/eko/AgentOperations.h"
#include "core/eko/EkoResponse.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace saathi::eko {
class EkoClient;
}

namespace saathi::ui {

class AddressWidget;

// Step 2: AePS (Fingpay) activation — the fingerprint device's model and serial, the settlement account and
// IFSC, the shop type (Eko's MCC list), the office and proof addresses (states from Eko's list) and three
// documents (PAN card, Aadhaar front and back: JPEG or PDF under 1 MB; a PNG is refused at once, at its row).
class ActivationPage : public QWizardPage
{
    Q_OBJECT
public:
    ActivationPage(eko::EkoClient& client, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    bool isSubmitted() const { return m_submitted; }

Q_SIGNALS:
    void activationSubmitted();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Document
    {
        QString field; // pan_card, aadhar_front, aadhar_back
        QLabel* label = nullptr;
        QPushButton* choose = nullptr;
        QLabel* status = nullptr;
        eko::FilePart part;
    };
    void chooseDocument(Document& doc);
    bool checkFields();
    void submitted(const eko::EkoResponse& response);
    void retranslate();

    eko::AgentOperations m_ops;
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
    QCheckBox* m_sameAddress = nullptr;
    AddressWidget* m_proof = nullptr;
    QList<Document> m_documents;
    QLabel* m_labels[6] = {};
    QLabel* m_errors[6] = {};
    QLabel* m_pageError = nullptr;
};

} // namespace saathi::ui
