// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/setup/GoLiveWizard.h"

#include "ui/form/PageKeys.h"
#include "ui/form/WizardKit.h"
#include "ui/setup/GoLiveActivationPage.h"
#include "ui/setup/GoLiveCredentialsPage.h"
#include "ui/setup/GoLiveEnvironmentPage.h"
#include "ui/setup/GoLiveFinishPage.h"
#include "ui/setup/GoLiveOnboardingPage.h"
#include "ui/setup/GoLiveShopPage.h"

#include <QAbstractButton>
#include <QEvent>

namespace saathi::ui {

GoLiveWizard::GoLiveWizard(const setup::GoLiveContext& context, QWidget* parent)
    : QWizard(parent)
    , m_state {context, EkoEnvironment::Uat}
{
    setObjectName(QStringLiteral("goLiveWizard"));
    WizardKit::followLanguage(this);
    WizardKit::buttonsAfterPage(this);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButton, true); // leaving is the main window's business; Esc goes back
    // A resumed set-up has no way back to the pages before it (QWizard's history starts where it resumed): Start
    // over returns to the choice of environment, with what was saved so far prefilled.
    setOption(QWizard::HaveCustomButton1, true);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1) {
            startOver();
        }
    });
    auto* environmentPage = new GoLiveEnvironmentPage(m_state, this);
    connect(environmentPage, &GoLiveEnvironmentPage::trainingChosen, this, &GoLiveWizard::trainingRequested);
    setPage(EnvironmentPageId, environmentPage);
    setPage(CredentialsPageId, new GoLiveCredentialsPage(m_state, this));
    setPage(OnboardingPageId, new GoLiveOnboardingPage(m_state, this));
    setPage(ShopPageId, new GoLiveShopPage(m_state, this));
    setPage(ActivationPageId, new GoLiveActivationPage(m_state, this));
    setPage(FinishPageId, new GoLiveFinishPage(m_state, this));

    const setup::GoLiveProgress progress(context.settings);
    if (const auto env = progress.environmentInProgress()) {
        m_state.environment = *env;
        setStartId(pageOf(progress.step(*env)));
        m_resumed = true;
    }
    // Esc steps back instead of closing: the wizard is a page of the main window, not a dialog. Enter stays
    // QWizard's (the default button: Next or Finish).
    PageKeys::install(this,
                      {[this] {
                           QAbstractButton* backButton = button(QWizard::BackButton);
                           if (backButton && backButton->isVisible() && backButton->isEnabled()) {
                               back();
                           }
                       },
                       {},
                       {},
                       {}});
    connect(this, &QWizard::currentIdChanged, this, &GoLiveWizard::pageEntered);
    connect(this, &QWizard::accepted, this, [this] {
        setup::GoLiveProgress(m_state.context.settings).finish(m_state.environment);
        Q_EMIT goLiveReady(m_state.environment);
    });
    retranslate();
}

void GoLiveWizard::pageEntered(int id)
{
    if (id < CredentialsPageId) {
        return;
    }
    setup::GoLiveProgress progress(m_state.context.settings);
    progress.setEnvironmentInProgress(m_state.environment);
    progress.setStep(m_state.environment, static_cast<setup::GoLiveStep>(id - CredentialsPageId));
}

void GoLiveWizard::startOver()
{
    // From the keys again (they are prefilled when the keychain still has them), whatever step was stored.
    setup::GoLiveProgress(m_state.context.settings).setStep(m_state.environment, setup::GoLiveStep::Credentials);
    setStartId(EnvironmentPageId);
    m_resumed = false;
    restart();
}

void GoLiveWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizard::changeEvent(event);
}

void GoLiveWizard::retranslate()
{
    setWindowTitle(tr("Go live with Eko"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CustomButton1, tr("&Start over"));
}

} // namespace saathi::ui
