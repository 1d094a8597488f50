// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace saathi::ui {

// The finger on the device, on screen: WHOSE finger goes on it (customer or agent, with an icon), a live
// "waiting for the finger" indicator (dots stepped by a QTimer, never a busy loop) with Cancel, and afterwards the
// capture's quality in words and a bar ("Quality: good (72)"). The page says what step the flow is in; the panel
// only shows it. The step text keeps the objectName `progressLabel` and Cancel `cancelButton`, as before.
// The coach box (`coachLabel`, issue #18) says why a capture was not sent and what to do for the next one, or what to
// do after the bank's mismatch answer; it stays through the next capture and goes with clear() or hideCoach().
class CapturePanel : public QFrame
{
    Q_OBJECT
public:
    enum class Finger { None, Customer, Agent };

    explicit CapturePanel(QWidget* parent = nullptr);

    // Shows the panel for a step: `whose` finger is awaited now (None while the bank or the journal works),
    // `text` says the step; Cancel is enabled when the step can still be stopped.
    void showStep(Finger whose, const QString& text, bool cancellable);
    // The quality of the capture just made (qScore, -1 when the device did not say); hidden again by clear().
    void showQuality(int qScore);
    // Hides the panel and forgets the quality and the coach's advice.
    void clear();
    // The coach's advice, translated by its maker (the quality gate's refusal with its figures, the flow's mismatch
    // advice); shows the panel with just the advice when no finger is awaited. Empty text hides the box.
    void showCoach(const QString& advice);
    void hideCoach();
    QString coachText() const;

    Finger waitingFor() const { return m_whose; }
    bool isAnimating() const;
    // How many steps the indicator has drawn since it started (the test counts them instead of timing them).
    int animationSteps() const { return m_steps; }
    QString qualityText() const;
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* stepLabel() const { return m_step; }
    // Words for a quality score: "good", "fair" (capture again helps), "poor" (too low to send), "not reported".
    static QString qualityWord(int qScore);

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void renderWaiting();

    Finger m_whose = Finger::None;
    int m_quality = -1;
    bool m_qualityShown = false;
    int m_steps = 0;
    QLabel* m_icon = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_step = nullptr;
    QLabel* m_waiting = nullptr;
    QLabel* m_qualityLabel = nullptr;
    QLabel* m_coach = nullptr;
    QProgressBar* m_qualityBar = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace saathi::ui
