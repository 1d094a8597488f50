// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/dmt/RecipientBook.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace saathi::ui {

class DmtRecipientForm;

// The customer's recipients, a screen over dmt::RecipientBook: the list (name, account masked XXXXXX1234, bank,
// IMPS/NEFT), add one (account, IFSC checked as it is typed with the bank shown from its first four letters, name,
// mobile; Eko's answer to a duplicate at the account field) and delete one after an inline "Yes, delete" (no dialog).
// Enter on a recipient sends money to them; Esc goes back to the customer.
class DmtRecipientsStep : public QWidget
{
    Q_OBJECT
public:
    explicit DmtRecipientsStep(dmt::RecipientBook& book, QWidget* parent = nullptr);

    // Shows this customer's recipients (loads them from Eko).
    void setCustomer(const dmt::Customer& customer);
    void reload();
    const QList<dmt::Recipient>& recipients() const { return m_book.recipients(); }
    bool isBusy() const { return m_book.isBusy(); }
    bool isAdding() const;
    // The bank's name for an IFSC's first four letters, from Eko's bank list (empty until it is loaded).
    QString bankNameFor(const QString& bankCode) const { return m_book.bankNameFor(bankCode); }

Q_SIGNALS:
    void recipientChosen(const saathi::dmt::Recipient& recipient);
    void backRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildList();
    void retranslate();
    void goBack();
    void proceed();
    void onActivityChanged(dmt::RecipientBook::Activity activity);
    void onAdded();
    void fillList(const QString& selectId);
    void showAdd();
    void showList();
    void askDelete();
    void confirmDelete();
    void hideDeleteConfirm();
    void chooseCurrent();
    int currentIndex() const;

    dmt::RecipientBook& m_book;

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
    DmtRecipientForm* m_add = nullptr;
    QLabel* m_progress = nullptr;
    QPushButton* m_backButton = nullptr;
};

} // namespace saathi::ui
