// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Money.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

namespace saathi {
struct CounterServices;
}

namespace saathi::ui {

// Home's till line (issue #19): who holds the drawer and the cash it should hold ("Till: Ravi · expected
// ₹18,400.00"), or that the till is not open yet, with the way to the till page (Alt+T, openRequested). Follows
// TillService's shiftChanged and figuresChanged; hidden when the counter has no till.
class TillStatus : public QFrame
{
    Q_OBJECT
public:
    explicit TillStatus(CounterServices& services, QWidget* parent = nullptr);

    QString text() const;
    QPushButton* button() const { return m_button; }

Q_SIGNALS:
    void openRequested();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void render();

    CounterServices& m_services;
    QLabel* m_label = nullptr;
    QPushButton* m_button = nullptr;
    std::optional<Paise> m_expected; // of the open shift, once read
};

} // namespace saathi::ui
