// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace saathi {
struct Error;
namespace agent {
class EkycFlow;
}
} // namespace saathi

namespace saathi::ui {

class AgentFields;

// The three steps of EkycWizard. Each page shows its own progress and errors; the flow decides when it is complete.
class EkycStepPage : public QWizardPage
{
    Q_OBJECT
public:
    EkycStepPage(agent::EkycFlow& flow, QWidget* parent);
    void showProgress(const QString& text);
    virtual void showError(const Error& error);
    void setBusy(bool busy);

protected:
    QLabel* addStatus();
    agent::EkycFlow& m_flow;
    QLabel* m_progress = nullptr;
    QLabel* m_error = nullptr;
    QList<QWidget*> m_inputs; // disabled while a step runs
};

class EkycDetailsPage : public EkycStepPage
{
    Q_OBJECT
public:
    EkycDetailsPage(agent::EkycFlow& flow, AgentFields* fields, const QString& agentMobile, QWidget* parent);
    bool isComplete() const override;
    int nextId() const override;
    void initializePage() override;
    void showError(const Error& error) override;

Q_SIGNALS:
    void sendOtpClicked();

private:
    AgentFields* m_fields;
    QLabel* m_resumeNote = nullptr;
};

class EkycOtpPage : public EkycStepPage
{
    Q_OBJECT
public:
    EkycOtpPage(agent::EkycFlow& flow, QWidget* parent);
    bool isComplete() const override;
    QString otp() const;
    void showError(const Error& error) override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void verifyClicked();
    void resendClicked();

private:
    QLineEdit* m_otp = nullptr;
};

class EkycBiometricPage : public EkycStepPage
{
    Q_OBJECT
public:
    EkycBiometricPage(agent::EkycFlow& flow, QWidget* parent);
    bool isComplete() const override;

Q_SIGNALS:
    void captureClicked();
};

} // namespace saathi::ui
