// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/dmt/RecipientBook.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace saathi::ui {

// A new recipient for the customer: account, IFSC (checked as it is typed, with the bank's name from its first four
// letters), name and mobile, each with its message under it. Enter moves field to field and saves from the mobile.
class DmtRecipientForm : public QWidget
{
    Q_OBJECT
public:
    explicit DmtRecipientForm(const dmt::RecipientBook& book, QWidget* parent = nullptr);

    dmt::NewRecipient recipient() const;
    void showError(const dmt::FieldError& error);
    void clearErrors();
    void clear();
    void focusFirstField();
    void setSaveEnabled(bool enabled);
    // The bank directory has loaded: the IFSC's bank can be named now.
    void refreshBank();

Q_SIGNALS:
    void saveRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void proceed();
    void onIfscEdited(const QString& text);

    const dmt::RecipientBook& m_book;
    QLineEdit* m_account = nullptr;
    QLabel* m_accountError = nullptr;
    QLineEdit* m_ifsc = nullptr;
    QLabel* m_ifscError = nullptr;
    QLabel* m_ifscBank = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameError = nullptr;
    QLineEdit* m_mobile = nullptr;
    QLabel* m_mobileError = nullptr;
    QLabel* m_formError = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_accountLabel = nullptr;
    QLabel* m_ifscLabel = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_mobileLabel = nullptr;
};

} // namespace saathi::ui
