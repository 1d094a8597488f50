// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/counter/CounterServices.h"
#include "core/dmt/DmtService.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace saathi::eko {
class EkoJob;
}

namespace saathi::ui {

// The customer's recipients: the list (name, account masked XXXXXX1234, bank, IMPS/NEFT), add one (account, IFSC
// checked as it is typed with the bank shown from its first four letters, name, mobile; Eko's answer to a duplicate
// at the account field) and delete one after an inline "Yes, delete" (no dialog). Enter on a recipient sends money
// to them; Esc goes back to the customer.
class DmtRecipientsStep : public QWidget
{
    Q_OBJECT
public:
    DmtRecipientsStep(CounterServices& services, dmt::DmtService& dmt, QWidget* parent = nullptr);

    // Shows this customer's recipients (loads them from Eko).
    void setCustomer(const dmt::Customer& customer);
    void reload();
    const QList<dmt::Recipient>& recipients() const { return m_recipients; }
    bool isBusy() const { return !m_job.isNull(); }
    bool isAdding() const;
    // The bank's name for an IFSC's first four letters, from Eko's bank list (empty until it is loaded).
    QString bankNameFor(const QString& bankCode) const { return m_bankNames.value(bankCode.toUpper()); }

Q_SIGNALS:
    void recipientChosen(const saathi::dmt::Recipient& recipient);
    void backRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildList();
    QWidget* buildAdd();
    void retranslate();
    void loadBanks();
    void onRecipients(const dmt::DmtReply& reply, const QString& selectId);
    void fillList(const QString& selectId);
    void showAdd();
    void showList();
    void saveRecipient();
    void askDelete();
    void confirmDelete();
    void hideDeleteConfirm();
    void chooseCurrent();
    void onIfscEdited(const QString& text);
    void showAddError(const Error& error);
    void clearAddErrors();
    int currentIndex() const;
    dmt::Recipient withBankName(dmt::Recipient recipient) const;

    CounterServices& m_services;
    dmt::DmtService& m_dmt;
    dmt::Customer m_customer;
    QList<dmt::Recipient> m_recipients;
    QHash<QString, QString> m_bankNames;
    QPointer<dmt::DmtJob> m_job;
    QPointer<eko::EkoJob> m_banksJob;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_customerLabel = nullptr;
    // list
    QListWidget* m_list = nullptr;
    QLabel* m_listStatus = nullptr;
    QPushButton* m_sendButton = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QWidget* m_confirmBox = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QPushButton* m_confirmDeleteButton = nullptr;
    QPushButton* m_keepButton = nullptr;
    QLabel* m_listError = nullptr;
    // add
    QLineEdit* m_account = nullptr;
    QLabel* m_accountError = nullptr;
    QLineEdit* m_ifsc = nullptr;
    QLabel* m_ifscError = nullptr;
    QLabel* m_ifscBank = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameError = nullptr;
    QLineEdit* m_mobile = nullptr;
    QLabel* m_mobileError = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_cancelAddButton = nullptr;
    QLabel* m_addError = nullptr;
    QLabel* m_progress = nullptr;
    QPushButton* m_backButton = nullptr;
};

} // namespace saathi::ui
