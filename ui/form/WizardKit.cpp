// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/form/WizardKit.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QWizard>

namespace saathi::ui {

void WizardKit::embed(QWizard* wizard)
{
    wizard->setWindowFlags(Qt::Widget);
    wizard->setWizardStyle(QWizard::ClassicStyle);
    wizard->setOption(QWizard::NoBackButtonOnStartPage);
    wizard->button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNextButton"));
    wizard->button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinishButton"));
    wizard->button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizardCancelButton"));
    wizard->button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    for (auto which : {QWizard::BackButton, QWizard::CancelButton}) {
        if (auto* push = qobject_cast<QPushButton*>(wizard->button(which))) {
            push->setAutoDefault(false);
        }
    }
}

} // namespace saathi::ui
