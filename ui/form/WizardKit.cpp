// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/form/WizardKit.h"

#include <QAbstractButton>
#include <QEvent>
#include <QPushButton>
#include <QWizard>

#include <algorithm>

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

void WizardKit::buttonsAfterPage(QWizard* wizard)
{
    QObject::connect(wizard, &QWizard::currentIdChanged, wizard, [wizard] {
        QWidget* page = wizard->currentPage();
        if (!page) {
            return;
        }
        QWidget* last = page; // the page's last widget in the chain, wherever its widgets were made
        for (QWidget* w = wizard->nextInFocusChain(); w != wizard; w = w->nextInFocusChain()) {
            if (page->isAncestorOf(w) && w->focusPolicy() != Qt::NoFocus) { // setTabOrder ignores NoFocus
                last = w;
            }
        }
        // The buttons left to right as laid out (a wizard may put its own, like Start over, first).
        QList<QWidget*> buttons;
        for (auto which : {QWizard::CustomButton1, QWizard::CustomButton2, QWizard::CustomButton3, QWizard::BackButton,
                           QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton}) {
            buttons << wizard->button(which);
        }
        std::stable_sort(buttons.begin(), buttons.end(), [wizard](QWidget* a, QWidget* b) {
            return a->mapTo(wizard, QPoint(0, 0)).x() < b->mapTo(wizard, QPoint(0, 0)).x();
        });
        for (QWidget* button : std::as_const(buttons)) {
            QWidget::setTabOrder(last, button);
            last = button;
        }
    });
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
    buttonsAfterPage(wizard);
}

} // namespace saathi::ui
