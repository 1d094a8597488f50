// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/claims/StuckMoney.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace saathi {
struct CounterServices;
}

namespace saathi::ui {

// Home's stuck money (issue #19). The rows to chase that have had their answer — failed, so the customer may have
// been debited and the bank must reverse it — each with its clock ("Day 2 of 5 · due back by 8 Dec"); the rows
// still waiting for Eko are home's open-rows box's, which shows the same clock (clockText()). Under them, "Customer
// asking about their money? Mobile:": ten digits show at once what to tell that customer
// (StuckMoney::tellCustomer), newest first. Reads through ClaimService only; follows its changed().
class StuckMoneyBox : public QWidget
{
    Q_OBJECT
public:
    explicit StuckMoneyBox(CounterServices& services, QWidget* parent = nullptr);

    // The row's clock for a list line, empty when no rule covers it (computed here: no disk).
    QString clockText(const journal::TransactionRecord& row) const;
    QLineEdit* mobileEdit() const { return m_mobile; }
    QLabel* answerLabel() const { return m_answer; }
    int chaseCount() const { return int(m_rows.size()); }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void reloaded();
    // What the customer is told is on screen (after a lookup).
    void answered();

protected:
    void changeEvent(QEvent* event) override;

private:
    void lookUp();
    void render();
    void renderAnswer();

    CounterServices& m_services;
    QLabel* m_title = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_mobileLabel = nullptr;
    QLineEdit* m_mobile = nullptr;
    QLabel* m_answer = nullptr;
    QList<claims::StuckRow> m_rows; // failed rows still in their window
    QList<claims::StuckRow> m_customerRows;
    Error m_lookupError;
    bool m_looked = false;
    int m_lookup = 0; // answers to an older lookup are dropped
};

} // namespace saathi::ui
