// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/setup/GoLiveFinishPage.h"

#include <QAbstractButton>
#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace saathi::ui {

GoLiveFinishPage::GoLiveFinishPage(GoLiveState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("goLiveFinishPage"));
    setFinalPage(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("finishSummaryLabel"));
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch();
    retranslate();
}

void GoLiveFinishPage::initializePage()
{
    m_ready = false;
    m_checking = true;
    m_missing.clear();
    retranslate();
    setup::checkReady(m_state.context, m_state.environment, this, [this](const Error& missing) {
        m_checking = false;
        m_ready = missing.isNull();
        m_missing = missing.userMessage;
        retranslate();
        Q_EMIT completeChanged();
        if (m_ready && wizard()) {
            wizard()->button(QWizard::FinishButton)->setFocus();
        }
    });
}

void GoLiveFinishPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void GoLiveFinishPage::retranslate()
{
    setTitle(tr("Ready to go live"));
    if (m_checking) {
        m_summary->setText(tr("Checking that everything is saved…"));
    } else if (m_ready) {
        m_summary->setText(m_state.environment == EkoEnvironment::Production
                               ? tr("Credentials, user code, shop details and location are saved for production. "
                                    "Press Finish; then set up the fingerprint device, do the one-time eKYC and "
                                    "today's login.")
                               : tr("Credentials, user code, shop details and location are saved for UAT. Press "
                                    "Finish; then set up the fingerprint device, do the one-time eKYC and today's "
                                    "login."));
    } else {
        m_summary->setText(m_missing);
    }
}

} // namespace saathi::ui
