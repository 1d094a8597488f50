// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/form/FormKit.h"

#include "core/receipt/Receipt.h"
#include "ui/form/Theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace saathi::ui {

void FormKit::enlarge(QWidget* widget)
{
    QFont big = widget->font();
    big.setPointSize(qMax(big.pointSize(), 14));
    widget->setFont(big);
}

QLabel* FormKit::errorLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    Theme::setTone(label, Tone::Error);
    label->hide();
    return label;
}

QLabel* FormKit::titleLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = parent->font();
    font.setPointSize(font.pointSize() + 6);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* FormKit::textLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

QLabel* FormKit::fieldLabel(QWidget* field, const QString& objectName)
{
    auto* label = new QLabel(field->parentWidget());
    if (!objectName.isEmpty()) {
        label->setObjectName(objectName);
    }
    label->setBuddy(field);
    return label;
}

QLayout* FormKit::fieldBox(QWidget* field, QLabel* error)
{
    auto* box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(field);
    box->addWidget(error);
    return box;
}

void FormKit::showMessage(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void FormKit::clearMessage(QLabel* label)
{
    label->clear();
    label->hide();
}

QString FormKit::rupees(Paise amount)
{
    return receipt::Receipt::formatRupees(amount);
}

} // namespace saathi::ui
