// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/till/TillKit.h"

#include "core/till/TillTypes.h"
#include "ui/form/FormKit.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QUuid>

namespace saathi::ui {

QString TillKit::newKey(const QString& step)
{
    return step + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QLineEdit* TillKit::pinLineEdit(QWidget* parent, const QString& objectName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(8);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), edit));
    return edit;
}

QString TillKit::differenceText(Paise difference)
{
    if (difference.value < 0) {
        return tr("Short by %1: the drawer has less cash than expected.")
            .arg(FormKit::rupees(Paise {-difference.value}));
    }
    if (difference.value > 0) {
        return tr("Excess of %1: the drawer has more cash than expected.").arg(FormKit::rupees(difference));
    }
    return tr("The drawer matches: no difference.");
}

QString TillKit::comparisonText(Paise expected, Paise counted)
{
    return tr("Expected %1 · counted %2").arg(FormKit::rupees(expected), FormKit::rupees(counted)) + QLatin1Char('\n')
        + differenceText(counted - expected);
}

QString TillKit::closeResultText(const till::CloseResult& result)
{
    const till::Shift& closed = result.closed;
    const Paise expected = closed.expectedCash.value_or(result.report.expectedCash);
    const Paise counted = closed.countedCash.value_or(Paise {});
    QString text = result.next.isNull() ? tr("The till is closed and recorded for %1.").arg(closed.operatorName)
                                        : tr("%1 handed the drawer over to %2. The close is recorded.")
                                              .arg(closed.operatorName, result.next.operatorName);
    return text + QLatin1Char('\n') + comparisonText(expected, counted);
}

} // namespace saathi::ui
