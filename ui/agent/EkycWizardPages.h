// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QWizardPage>

#include <functional>

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
    // The same, re-rendered in the new language on a language change.
    void showProgress(std::function<QString()> text);
    virtual void showError(const Error& error);
    void setBusy(bool busy);

protected:
    void changeEvent(QEvent* event) override;
    // Sets every text of the page; called by each page's constructor and on a language change.
    virtual void retranslate();
    QLabel* addStatus();
    std::function<QString()> m_progressText;
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

protected:
    void retranslate() override;

private:
    AgentFields* m_fields;
    QString m_agentMobile;
    QLabel* m_resumeNote = nullptr;
    QPushButton* m_send = nullptr;
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
    void retranslate() override;

Q_SIGNALS:
    void verifyClicked();
    void resendClicked();

private:
    QLineEdit* m_otp = nullptr;
    QLabel* m_otpLabel = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_resend = nullptr;
};

class EkycBiometricPage : public EkycStepPage
{
    Q_OBJECT
public:
    EkycBiometricPage(agent::EkycFlow& flow, QWidget* parent);
    bool isComplete() const override;

Q_SIGNALS:
    void captureClicked();

protected:
    void retranslate() override;

private:
    QPushButton* m_capture = nullptr;
};

} // namespace saathi::ui
