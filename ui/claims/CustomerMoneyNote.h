// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QLabel>

class QLineEdit;

namespace saathi::claims {
class ClaimService;
}

namespace saathi::ui {

// Under the AePS form's customer mobile (issue #19): once ten digits are typed, what became of that customer's
// stuck money ("Your ₹2,500 of 3 Dec was reversed on 5 Dec."), before a new transaction starts. Small, never in
// the way: hidden while there is nothing to say; never takes the focus.
class CustomerMoneyNote : public QLabel
{
    Q_OBJECT
public:
    // `claims` may be null (no journal): the note stays hidden.
    CustomerMoneyNote(claims::ClaimService* claims, QLineEdit* mobile, QWidget* parent = nullptr);

Q_SIGNALS:
    void shown(const QString& text);

private:
    void lookUp();

    claims::ClaimService* m_claims = nullptr;
    QLineEdit* m_mobile = nullptr;
    int m_lookup = 0;
};

} // namespace saathi::ui
