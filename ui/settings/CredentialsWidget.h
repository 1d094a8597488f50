// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"
#include "core/secrets/EkoCredentials.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace saathi {
class EkoCredentialStore;
}

namespace saathi::ui {

// The agent's Eko credentials for one environment, read from and saved to the OS keychain asynchronously
// (EkoCredentialStore). Nothing is written anywhere else: without a keychain the form says so and keeps what was
// typed. The access key is a password field.
class CredentialsWidget : public QWidget
{
    Q_OBJECT
public:
    CredentialsWidget(EkoCredentialStore& store, QWidget* parent = nullptr);

    // Loads the saved credentials of `env` into the form (asynchronously; loaded() tells when).
    void setEnvironment(EkoEnvironment env);
    EkoEnvironment environment() const { return m_env; }
    EkoCredentials credentials() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void loaded(saathi::EkoEnvironment env, bool complete);
    void saved(saathi::EkoEnvironment env);
    void saveFailed(saathi::EkoEnvironment env, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void save();
    bool checkFields();
    void setBusy(bool busy);
    void setStatus(const QString& text, bool error);
    void retranslate();

    EkoCredentialStore& m_store;
    EkoEnvironment m_env = EkoEnvironment::Training;
    bool m_busy = false;
    QLabel* m_heading = nullptr;
    QLabel* m_developerKeyLabel = nullptr;
    QLabel* m_accessKeyLabel = nullptr;
    QLabel* m_initiatorLabel = nullptr;
    QLabel* m_userCodeLabel = nullptr;
    QLineEdit* m_developerKey = nullptr;
    QLineEdit* m_accessKey = nullptr;
    QLineEdit* m_initiatorId = nullptr;
    QLineEdit* m_userCode = nullptr;
    QLabel* m_developerKeyError = nullptr;
    QLabel* m_accessKeyError = nullptr;
    QLabel* m_initiatorError = nullptr;
    QLabel* m_userCodeError = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace saathi::ui
