// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/preflight/Preflight.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace saathi::ui {

// The pre-flight step on the AePS form (issue #18), between the fields and the capture: the line "This customer's
// bank last time: …" once a known customer's Aadhaar is typed, and, when the step warned, the warnings that belong
// to no field with the choice "Go ahead anyway" / "Change" (each with its mnemonic, both reachable with Tab). The
// warnings that belong to a field show under that field (AepsFormFields::showFieldNote).
class PreflightPrompt : public QWidget
{
    Q_OBJECT
public:
    explicit PreflightPrompt(QWidget* parent = nullptr);

    void showRecall(const QString& bankName);
    void clearRecall();
    // The choice after a warning; `general` are the reasons without a field. The focus goes to "Change".
    void showWarning(const QList<preflight::Reason>& general);
    void clearWarning();
    bool isAsking() const;
    QPushButton* goAheadButton() const { return m_goAhead; }
    QPushButton* changeButton() const { return m_change; }

Q_SIGNALS:
    void goAheadRequested();
    void changeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_recallBank;
    QLabel* m_recall = nullptr;
    QLabel* m_warning = nullptr;
    QWidget* m_choice = nullptr;
    QPushButton* m_goAhead = nullptr;
    QPushButton* m_change = nullptr;
    QList<preflight::Reason> m_general;
};

} // namespace saathi::ui
