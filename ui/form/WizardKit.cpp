// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/form/WizardKit.h"

#include <QAbstractButton>
#include <QEvent>
#include <QPushButton>
#include <QWizard>

namespace saathi::ui {

namespace {

// Qt re-reads the default button texts only when the wizard style changes: a switch there and back does it.
class WizardLanguageFilter : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange) {
            if (auto* wizard = qobject_cast<QWizard*>(watched)) {
                const QWizard::WizardStyle style = wizard->wizardStyle();
                wizard->setWizardStyle(style == QWizard::ClassicStyle ? QWizard::ModernStyle : QWizard::ClassicStyle);
                wizard->setWizardStyle(style);
            }
        }
        return false;
    }
};

} // namespace

void WizardKit::followLanguage(QWizard* wizard)
{
    wizard->installEventFilter(new WizardLanguageFilter(wizard));
}

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
    followLanguage(wizard);
}

} // namespace saathi::ui
