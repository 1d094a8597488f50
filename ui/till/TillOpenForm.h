// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/till/TillTypes.h"
#include "core/util/Money.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace saathi {
struct CounterServices;
struct Error;
} // namespace saathi

namespace saathi::ui {

class OperatorPicker;

// No shift is open: who opens the till (an operator named in Settings with their PIN, or the agent's name while
// none is named) and the cash counted into the drawer. Every mistake shows at its field, nothing typed is lost; the
// opening is asked of the TillService once (one key per opening, so a second Enter cannot open twice).
class TillOpenForm : public QWidget
{
    Q_OBJECT
public:
    explicit TillOpenForm(CounterServices& services, QWidget* parent = nullptr);

    bool isBusy() const { return m_busy; }
    // Reads the operators again (Settings may have changed them) and fills an empty name with the agent's.
    void reload();
    void setWalletBalance(std::optional<Paise> balance) { m_evalue = balance; }

public Q_SLOTS:
    void submit();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    void showError(const Error& error);
    void clearErrors();
    void openShift(const till::OpenShiftRequest& request);

    CounterServices& m_services;
    QFormLayout* m_form = nullptr;
    OperatorPicker* m_operator = nullptr;
    QLabel* m_operatorLabel = nullptr;
    QLabel* m_operatorError = nullptr;
    QLineEdit* m_pin = nullptr;
    QLabel* m_pinLabel = nullptr;
    QLabel* m_pinError = nullptr;
    QLineEdit* m_cash = nullptr;
    QLabel* m_cashLabel = nullptr;
    QLabel* m_cashError = nullptr;
    QPushButton* m_open = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_intro = nullptr;
    QString m_key; // the opening's idempotency key: kept until it succeeds
    std::optional<Paise> m_evalue; // the E-value wallet as last read
    bool m_busy = false;
};

} // namespace saathi::ui
