// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

class QWizard;

namespace saathi::ui {

// What every wizard of the counter shares (the device wizard, the eKYC): it is a page of the main window, not a
// dialog; classic style; no Back on the first page; its buttons named for tests (wizardNextButton,
// wizardFinishButton, wizardCancelButton, wizardBackButton); Back and Close kept off Enter, so Enter goes on.
class WizardKit
{
public:
    static void embed(QWizard* wizard);
    // QWizard words its default buttons (Next, Back, Cancel…) once: this says them again in the new language on
    // every language switch (embed() does it too; for wizards that keep their own style).
    static void followLanguage(QWizard* wizard);
    // QWizard makes its buttons before its pages, so Tab would reach Next before the page's fields: on every page
    // change the buttons move after the page's last widget in the focus chain (reading order: fields, then
    // Back, Next, Commit, Finish, Cancel). embed() does it too.
    static void buttonsAfterPage(QWizard* wizard);
};

} // namespace saathi::ui
