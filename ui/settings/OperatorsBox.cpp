// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/settings/OperatorsBox.h"

#include "core/till/Operators.h"
#include "ui/form/FormKit.h"
#include "ui/form/Theme.h"
#include "ui/settings/OperatorDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace saathi::ui {

OperatorsBox::OperatorsBox(till::Operators& operators, QWidget* parent)
    : QGroupBox(parent)
    , m_operators(operators)
{
    setObjectName(QStringLiteral("operatorsGroup"));
    m_text = FormKit::textLabel(this, QStringLiteral("operatorsTextLabel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("operatorsListWidget"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addOperatorButton"));
    m_changePin = new QPushButton(this);
    m_changePin->setObjectName(QStringLiteral("changeOperatorPinButton"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeOperatorButton"));
    m_status = FormKit::textLabel(this, QStringLiteral("operatorsStatusLabel"));
    m_status->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_changePin);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(&m_operators, &till::Operators::changed, this, &OperatorsBox::reload);
    connect(m_list, &QListWidget::currentRowChanged, this, &OperatorsBox::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] { openDialog(new OperatorDialog(m_operators, this)); });
    connect(m_changePin, &QPushButton::clicked, this, [this] {
        if (!selectedName().isEmpty()) {
            openDialog(new OperatorDialog(m_operators, selectedName(), this));
        }
    });
    connect(m_remove, &QPushButton::clicked, this, &OperatorsBox::askRemove);
    reload();
    retranslate();
}

bool OperatorsBox::busy() const
{
    // A closed dialog or confirmation lingers until its deferred delete: only a visible one counts.
    return (m_dialog && m_dialog->isVisible()) || (m_confirm && m_confirm->isVisible());
}

OperatorDialog* OperatorsBox::dialog() const
{
    return m_dialog;
}

QMessageBox* OperatorsBox::confirmation() const
{
    return m_confirm;
}

QString OperatorsBox::selectedName() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->text() : QString();
}

void OperatorsBox::reload()
{
    const QString was = selectedName();
    m_list->clear();
    m_list->addItems(m_operators.names());
    const auto found = m_list->findItems(was, Qt::MatchExactly);
    m_list->setCurrentRow(found.isEmpty() ? (m_list->count() > 0 ? 0 : -1) : m_list->row(found.first()));
    updateButtons();
}

void OperatorsBox::updateButtons()
{
    const bool selected = m_list->currentRow() >= 0;
    m_changePin->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void OperatorsBox::openDialog(OperatorDialog* dialog)
{
    if (busy()) {
        dialog->deleteLater();
        return;
    }
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool adding = dialog->objectName() == QLatin1String("addOperatorDialog");
    connect(dialog, &QDialog::accepted, this, [this, adding, name = QPointer<OperatorDialog>(dialog)] {
        const QString who = name ? name->operatorName() : QString();
        Theme::setTone(m_status, Tone::Success);
        FormKit::showMessage(m_status,
                             adding ? tr("%1 can now open the till with their PIN.").arg(who)
                                    : tr("%1's PIN is changed.").arg(who));
    });
    dialog->open();
}

void OperatorsBox::askRemove()
{
    const QString name = selectedName();
    if (name.isEmpty() || busy()) {
        return;
    }
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Remove an operator"),
                                tr("Remove %1? They can no longer open the till or take it over. Shifts already "
                                   "recorded keep their name.")
                                    .arg(name),
                                QMessageBox::Yes | QMessageBox::No, this);
    m_confirm->setObjectName(QStringLiteral("removeOperatorConfirmation"));
    m_confirm->setDefaultButton(QMessageBox::No);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this, name](int answer) {
        if (answer != QMessageBox::Yes) {
            return;
        }
        const Error error = m_operators.remove(name);
        Theme::setTone(m_status, error.isNull() ? Tone::Success : Tone::Error);
        FormKit::showMessage(m_status, error.isNull() ? tr("%1 is removed.").arg(name) : error.userMessage);
    });
    m_confirm->open();
}

void OperatorsBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QGroupBox::changeEvent(event);
}

void OperatorsBox::retranslate()
{
    setTitle(tr("Operators at the till"));
    m_text->setText(tr("Everyone who works the cash till, each with their own PIN. While nobody is named here, the "
                       "till opens in the agent's name without a PIN."));
    m_add->setText(tr("Add an operator…"));
    m_changePin->setText(tr("Change PIN…"));
    m_remove->setText(tr("Remove…"));
}

} // namespace saathi::ui
