// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/form/PageKeys.h"

#include <QDialog>
#include <QKeyEvent>
#include <QPushButton>
#include <QWidget>

namespace saathi::ui {

PageKeys* PageKeys::install(QWidget* page, Actions actions)
{
    auto* keys = new PageKeys(page, std::move(actions));
    page->installEventFilter(keys);
    return keys;
}

PageKeys::PageKeys(QWidget* page, Actions actions)
    : QObject(page)
    , m_page(page)
    , m_actions(std::move(actions))
{
}

bool PageKeys::isBusy() const
{
    return m_actions.busy && m_actions.busy();
}

bool PageKeys::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_page || event->type() != QEvent::KeyPress) {
        return false;
    }
    auto* key = static_cast<QKeyEvent*>(event);
    const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
    if (!plain) {
        return false;
    }
    if (key->key() == Qt::Key_Escape) {
        if (isBusy()) {
            if (m_actions.cancel) {
                m_actions.cancel();
            }
            return true;
        }
        if (!m_actions.back) {
            return false;
        }
        m_actions.back();
        return true;
    }
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) {
        return false;
    }
    if (isBusy()) {
        return true;
    }
    // A dialog's buttons take Enter themselves when they have the focus (autoDefault); the ones that do not (a
    // wizard's Back and Close) are kept off Enter on purpose, so here Enter goes on.
    auto* button = qobject_cast<QPushButton*>(m_page->focusWidget());
    if (button && button->isEnabled() && button->isVisible() && !qobject_cast<QDialog*>(m_page)) {
        button->click();
        return true;
    }
    if (!m_actions.proceed) {
        return false;
    }
    m_actions.proceed();
    return true;
}

} // namespace saathi::ui
