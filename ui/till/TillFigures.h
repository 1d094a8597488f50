// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/till/TillTypes.h"

#include <QFrame>

#include <optional>

class QFormLayout;
class QLabel;

namespace saathi::ui {

// The open shift's figures, as TillService::report() read them: who holds the drawer and since when (IST), the
// opening cash, the cash added or taken out by hand, each kind's transactions (how many, how much, which way the
// cash went) and the cash the drawer should hold now. Rendered again in a new language.
class TillFigures : public QFrame
{
    Q_OBJECT
public:
    explicit TillFigures(QWidget* parent = nullptr);

    void setReport(const till::ShiftReport& report);
    const std::optional<till::ShiftReport>& report() const { return m_report; }
    // What the figures say, one "caption: value" per line, for tests and screen readers.
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    QLabel* addValue(const QString& objectName);

    std::optional<till::ShiftReport> m_report;
    QLabel* m_title = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_operator = nullptr;
    QLabel* m_openedAt = nullptr;
    QLabel* m_opening = nullptr;
    QLabel* m_moves = nullptr;
    QLabel* m_kinds = nullptr;
    QLabel* m_expected = nullptr;
    QLabel* m_openRows = nullptr;
};

} // namespace saathi::ui
