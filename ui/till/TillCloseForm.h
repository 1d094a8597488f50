// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Money.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace saathi {
struct CounterServices;
struct Error;
namespace till {
struct CloseRequest;
struct CloseResult;
} // namespace till
} // namespace saathi

namespace saathi::ui {

class OperatorPicker;

// "Close the till or hand it over": the cash counted in the drawer, then either
// - Close the till: the expected cash is read again and shown against the count with the difference (a shortfall or
//   an excess said in words); "Yes, close the till" records it. Changing the count takes the comparison away.
// - Hand over: the next operator (and their PIN, when operators are named in Settings); the close and the next
//   operator's opening are one step. The page then says that AePS waits for the new operator's daily login.
// One key per close, kept until it is recorded.
class TillCloseForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit TillCloseForm(CounterServices& services, QWidget* parent = nullptr);

    bool isBusy() const { return m_busy; }
    // Enter in the form: hand over from the next operator's fields, else compare the count (never confirm).
    void proceed(QWidget* focus);
    // A new shift: the form starts empty.
    void reset();
    void setWalletBalance(std::optional<Paise> balance) { m_evalue = balance; }

public Q_SLOTS:
    void askClose();
    void confirmClose();
    void handOver();

Q_SIGNALS:
    void closed(const saathi::till::CloseResult& result);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    std::optional<Paise> countedCash();
    void send(till::CloseRequest request);
    void showError(const Error& error);
    void hideComparison();

    CounterServices& m_services;
    QLineEdit* m_counted = nullptr;
    QLabel* m_countedLabel = nullptr;
    QLabel* m_countedError = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_comparison = nullptr;
    QPushButton* m_confirm = nullptr;
    OperatorPicker* m_next = nullptr;
    QLabel* m_nextLabel = nullptr;
    QLabel* m_nextError = nullptr;
    QLineEdit* m_nextPin = nullptr;
    QLabel* m_nextPinLabel = nullptr;
    QLabel* m_nextPinError = nullptr;
    QPushButton* m_handOver = nullptr;
    QLabel* m_status = nullptr;
    QString m_key;
    std::optional<Paise> m_comparedCount; // the count the comparison on screen is for
    std::optional<Paise> m_evalue; // the E-value wallet as last read
    bool m_busy = false;
};

} // namespace saathi::ui
