// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/setup/GoLiveEnvironmentPage.h"

#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace saathi::ui {

GoLiveEnvironmentPage::GoLiveEnvironmentPage(GoLiveState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("goLiveEnvironmentPage"));
    m_uat = new QRadioButton(this);
    m_uat->setObjectName(QStringLiteral("uatRadioButton"));
    m_production = new QRadioButton(this);
    m_production->setObjectName(QStringLiteral("productionRadioButton"));
    m_training = new QRadioButton(this);
    m_training->setObjectName(QStringLiteral("trainingRadioButton"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_uat);
    layout->addWidget(m_production);
    layout->addWidget(m_note);
    layout->addSpacing(12);
    layout->addWidget(m_training);
    layout->addStretch();
    m_uat->setChecked(true);
    retranslate();
}

void GoLiveEnvironmentPage::initializePage()
{
    (m_state.environment == EkoEnvironment::Production ? m_production : m_uat)->setChecked(true);
    QTimer::singleShot(0, this, [this] { (m_production->isChecked() ? m_production : m_uat)->setFocus(); });
}

bool GoLiveEnvironmentPage::validatePage()
{
    if (m_training->isChecked()) {
        Q_EMIT trainingChosen(); // no set-up to go on with: the counter goes to training
        return false;
    }
    m_state.environment = m_production->isChecked() ? EkoEnvironment::Production : EkoEnvironment::Uat;
    return true;
}

int GoLiveEnvironmentPage::nextId() const
{
    const EkoEnvironment env = m_production->isChecked() ? EkoEnvironment::Production : EkoEnvironment::Uat;
    return pageOf(setup::GoLiveProgress(m_state.context.settings).step(env));
}

void GoLiveEnvironmentPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void GoLiveEnvironmentPage::retranslate()
{
    setTitle(tr("Which Eko system?"));
    setSubTitle(tr("Training stays as it is. Set-up is kept for each system, and continues where it stopped."));
    m_uat->setText(tr("&UAT: Eko's test system, with the UAT keys Eko gave you"));
    m_production->setText(tr("&Production: real customers and real money"));
    m_training->setText(tr("&Training: practise first on the built-in practice counter (no real money)"));
    m_note->setText(tr("Production needs the production keys Eko sends after the UAT sign-off, and a computer whose "
                       "internet address Eko has whitelisted."));
}

} // namespace saathi::ui
