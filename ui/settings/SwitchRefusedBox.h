// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"
#include "core/journal/TransactionRecord.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace saathi {
class AppSettings;
}

namespace saathi {
class Clock;
class PinService;
} // namespace saathi

namespace saathi::ui {

// Shown when the counter refused to leave its environment because money there is still unresolved: the rows (kind,
// amount, time, references) so the agent can see what waits, and a supervisor override with the supervisor's PIN.
// The override only allows the switch; those rows are reconciled when their environment is active again. The PIN has
// its lockout and is checked off the UI thread.
class SwitchRefusedBox : public QGroupBox
{
    Q_OBJECT
public:
    SwitchRefusedBox(AppSettings& settings, const Clock& clock, QWidget* parent = nullptr);

    void showRows(EkoEnvironment wanted, const QList<journal::TransactionRecord>& rows);
    EkoEnvironment wanted() const { return m_wanted; }

Q_SIGNALS:
    // The supervisor's PIN was right: switch to `wanted` although money rows are unresolved.
    void overrideConfirmed(saathi::EkoEnvironment wanted);

protected:
    void changeEvent(QEvent* event) override;

private:
    void confirm();
    void retranslate();

    AppSettings& m_settings;
    PinService* m_service = nullptr;
    EkoEnvironment m_wanted = EkoEnvironment::Training;
    QList<journal::TransactionRecord> m_rows;
    QLabel* m_text = nullptr;
    QLabel* m_list = nullptr;
    QLineEdit* m_pin = nullptr;
    QLabel* m_pinError = nullptr;
    QPushButton* m_override = nullptr;
};

} // namespace saathi::ui
