// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace saathi::journal {
class JournalService;
}

namespace saathi::ui {

// History's "Forget this customer" (issue #18): the customer of the selected transaction asked the counter to forget
// which bank and finger worked for them. On only when the counter remembers that customer; asks before it forgets
// (their transactions stay: the journal is the record of money). Talks to core's CustomerMemoryService only.
class ForgetCustomerButton : public QPushButton
{
    Q_OBJECT
public:
    // `journal` may be null (no journal open): the button stays off.
    ForgetCustomerButton(journal::JournalService* journal, QWidget* parent = nullptr);

    // The selected row (empty: none); the button turns on when its customer is remembered.
    void setRow(const QString& clientRefId);
    QMessageBox* confirmation() const { return m_confirm; }

Q_SIGNALS:
    // Done: the status line says so; `rows` memory rows went.
    void forgotten(int rows);
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void ask();
    void forget();
    void retranslate();

    journal::JournalService* m_journal = nullptr;
    QString m_row;
    QPointer<QMessageBox> m_confirm;
};

} // namespace saathi::ui
