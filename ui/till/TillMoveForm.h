// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace saathi {
struct CounterServices;
struct Error;
} // namespace saathi

namespace saathi::ui {

// "Cash added or taken out": money put into the drawer or taken from it by hand (change from the owner, cash to the
// bank), with the reason, journaled as a till move. One key per entry, so a second Enter records it once; the form
// clears only when the move is recorded.
class TillMoveForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit TillMoveForm(CounterServices& services, QWidget* parent = nullptr);

    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void submit();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    void showError(const Error& error);

    CounterServices& m_services;
    QRadioButton* m_added = nullptr;
    QRadioButton* m_taken = nullptr;
    QLineEdit* m_amount = nullptr;
    QLabel* m_amountLabel = nullptr;
    QLabel* m_amountError = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLabel* m_reasonError = nullptr;
    QPushButton* m_record = nullptr;
    QLabel* m_status = nullptr;
    QString m_key;
    bool m_busy = false;
};

} // namespace saathi::ui
