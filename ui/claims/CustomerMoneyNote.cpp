// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/claims/CustomerMoneyNote.h"

#include "core/claims/ClaimService.h"
#include "ui/form/Theme.h"

#include <QLineEdit>

namespace saathi::ui {

CustomerMoneyNote::CustomerMoneyNote(claims::ClaimService* claims, QLineEdit* mobile, QWidget* parent)
    : QLabel(parent)
    , m_claims(claims)
    , m_mobile(mobile)
{
    setObjectName(QStringLiteral("customerMoneyNoteLabel"));
    setWordWrap(true);
    Theme::setTone(this, Tone::Pending);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
    hide();
    connect(m_mobile, &QLineEdit::textChanged, this, &CustomerMoneyNote::lookUp);
}

void CustomerMoneyNote::lookUp()
{
    QString digits = m_mobile->text();
    digits.remove(QLatin1Char(' '));
    const int lookup = ++m_lookup;
    if (!m_claims || digits.size() != 10) {
        clear();
        hide();
        return;
    }
    m_claims->forMobile(digits).then(this, [this, lookup](const Result<QList<claims::StuckRow>>& rows) {
        if (lookup != m_lookup) {
            return;
        }
        QStringList lines;
        for (const claims::StuckRow& s : rows.ok() ? rows.value() : QList<claims::StuckRow>()) {
            lines << claims::StuckMoney::tellCustomer(s);
        }
        // One line beside the mobile field, so the form never grows taller than the screen; the rest in the tooltip
        // and in Home's lookup.
        setToolTip(lines.join(QLatin1Char('\n')));
        setText(lines.size() > 1 ? tr("%1 (and %n more)", nullptr, int(lines.size() - 1)).arg(lines.first())
                                 : lines.value(0));
        setVisible(!lines.isEmpty());
        Q_EMIT shown(text());
    });
}

} // namespace saathi::ui
