// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QGroupBox>
#include <QMessageBox>
#include <QPointer>

class QLabel;

class QPushButton;

namespace saathi::journal {
class JournalService;
}

namespace saathi::ui {

// Settings' "Customers' banks and fingers" (issue #18): the counter remembers, under a keyed token and never the
// Aadhaar number, which bank and finger worked for each customer. The agent clears all of it here (after a
// confirmation); the line under the button says how much went. Talks to core's CustomerMemoryService only.
class CustomerMemoryBox : public QGroupBox
{
    Q_OBJECT
public:
    CustomerMemoryBox(journal::JournalService& journal, QWidget* parent = nullptr);
    QPushButton* clearButton() const { return m_button; }
    QMessageBox* confirmation() const { return m_confirm; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void ask();
    void clear();
    void retranslate();

    journal::JournalService& m_journal;
    QLabel* m_text = nullptr;
    QPushButton* m_button = nullptr;
    QLabel* m_status = nullptr;
    QPointer<QMessageBox> m_confirm;
};

} // namespace saathi::ui
