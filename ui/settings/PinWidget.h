// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace saathi {
class AppSettings;
class Clock;
class PinService;
} // namespace saathi

namespace saathi::ui {

// Sets or changes one PIN (the agent's unlock PIN or the supervisor's kiosk-exit PIN): typed twice, stored only
// as a salted hash by AppSettings. To change an existing PIN the current one is asked for first, through that PIN's
// lockout. Checking and hashing run off the UI thread (PinService); the button is off meanwhile.
class PinWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Agent, Supervisor };
    PinWidget(AppSettings& settings, const Clock& clock, Kind kind, QWidget* parent = nullptr);

Q_SIGNALS:
    void pinChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void submit();
    void storeNew();
    void stored();
    void fail(const QString& text, QLineEdit* field);
    bool hasPin() const;
    void retranslate();

    AppSettings& m_settings;
    Kind m_kind;
    PinService* m_service = nullptr;
    QLabel* m_currentLabel = nullptr;
    QLabel* m_newLabel = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_confirm = nullptr;
    QPushButton* m_set = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace saathi::ui
