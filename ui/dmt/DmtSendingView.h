// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/dmt/DmtTransferFlow.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace saathi {
class Clock;
}

namespace saathi::ui {

class DmtOtpWidget;

// A confirmed plan being sent, as dmt::DmtTransferFlow reports it: each part's line (waiting, sending, sent with
// its UTR, pending, failed), the progress, on DMT-Fino the OTP prompt per part (Send again; a wrong, used or expired
// OTP is said at the OTP field) and "Stop the remaining transfers" while a part waits for its OTP.
class DmtSendingView : public QWidget
{
    Q_OBJECT
public:
    explicit DmtSendingView(const Clock& clock, QWidget* parent = nullptr);

    // Shows this flow from now on (the earlier one is forgotten).
    void follow(dmt::DmtTransferFlow* flow);
    void clear();
    void renderParts();
    // The OTP's field or buttons have the focus: Enter belongs to them.
    bool hasOtpFocus() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onStateChanged(dmt::DmtTransferFlow::State state);
    void onOtpRequired(int partIndex, Paise amount);
    void onOtpRejected(int partIndex, const Error& error);

    QPointer<dmt::DmtTransferFlow> m_flow;
    QListWidget* m_partsList = nullptr;
    QLabel* m_progress = nullptr;
    DmtOtpWidget* m_otp = nullptr;
    QPushButton* m_stopButton = nullptr;
};

} // namespace saathi::ui
