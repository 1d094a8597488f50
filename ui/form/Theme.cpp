// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/form/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <optional>

namespace saathi::ui {

namespace {

// The main actions get their icon by the objectName every page already gives them (printButton, savePdfButton,
// backButton, …), in this one place: no page repeats it, and a new page's buttons get it by their name.
std::optional<Icon> actionIcon(const QString& name)
{
    static const QList<std::pair<QLatin1String, Icon>> exact {
        {QLatin1String("reprintButton"), Icon::Reprint},    {QLatin1String("checkAgainButton"), Icon::CheckAgain},
        {QLatin1String("settingsButton"), Icon::Settings},  {QLatin1String("homeButton"), Icon::Back},
        {QLatin1String("cancelButton"), Icon::Cancel},      {QLatin1String("unlockButton"), Icon::Lock},
        {QLatin1String("aepsUnlockButton"), Icon::Lock},    {QLatin1String("retrySearchButton"), Icon::Retry},
        {QLatin1String("deviceButton"), Icon::Fingerprint}, {QLatin1String("backButton"), Icon::Back},
    }; // the DMT steps' own back buttons (customerBackButton, …) already say "←" in their text
    for (const auto& [key, icon] : exact) {
        if (name == key) {
            return icon;
        }
    }
    static const QList<std::pair<QLatin1String, Icon>> suffixes {
        {QLatin1String("rintButton"), Icon::Print}, // printButton, refundPrintButton, reprintPrintButton
        {QLatin1String("PdfButton"), Icon::SavePdf},
        {QLatin1String("RetryButton"), Icon::Retry},
    };
    for (const auto& [suffix, icon] : suffixes) {
        if (name.endsWith(suffix)) {
            return icon;
        }
    }
    return std::nullopt;
}

class ActionIcons : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Polish) {
            if (auto* button = qobject_cast<QAbstractButton*>(watched); button && button->icon().isNull()) {
                if (const auto icon = actionIcon(button->objectName())) {
                    button->setIcon(Theme::icon(*icon));
                }
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void Theme::applyTo(QApplication& app)
{
    const QString filterName = QStringLiteral("saathiActionIcons");
    if (!app.findChild<QObject*>(filterName, Qt::FindDirectChildrenOnly)) {
        auto* icons = new ActionIcons(&app);
        icons->setObjectName(filterName);
        app.installEventFilter(icons);
    }
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
        QApplication::setStyle(fusion); // the same look on every desktop; the style sheet is written for it
    }
    QFont font = QApplication::font();
    font.setPointSizeF(qMax(font.pointSizeF(), kBasePointSize));
    QApplication::setFont(font);
    QPalette palette = QApplication::style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(0xf1, 0xf5, 0xf9));
    palette.setColor(QPalette::WindowText, QColor(0x0f, 0x17, 0x2a));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xee, 0xf2, 0xf7));
    palette.setColor(QPalette::Text, QColor(0x0f, 0x17, 0x2a));
    palette.setColor(QPalette::Button, Qt::white);
    palette.setColor(QPalette::ButtonText, QColor(0x0f, 0x17, 0x2a));
    palette.setColor(QPalette::Highlight, QColor(0x1d, 0x4e, 0xd8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x1d, 0x4e, 0xd8));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x47, 0x55, 0x69));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x47, 0x55, 0x69));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x47, 0x55, 0x69));
    QApplication::setPalette(palette);
    app.setStyleSheet(styleSheet());
}

QString Theme::styleSheet()
{
    QFile file(QStringLiteral(":/theme/saathi.qss"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QString Theme::iconPath(Icon which)
{
    const char* name = "submit";
    switch (which) {
    case Icon::CashWithdrawal:
        name = "cash-withdrawal";
        break;
    case Icon::BalanceEnquiry:
        name = "balance-enquiry";
        break;
    case Icon::MiniStatement:
        name = "mini-statement";
        break;
    case Icon::AadhaarPay:
        name = "aadhaar-pay";
        break;
    case Icon::MoneyTransfer:
        name = "money-transfer";
        break;
    case Icon::History:
        name = "history";
        break;
    case Icon::Fingerprint:
        name = "fingerprint";
        break;
    case Icon::Submit:
        name = "submit";
        break;
    case Icon::Print:
        name = "print";
        break;
    case Icon::Reprint:
        name = "reprint";
        break;
    case Icon::CheckAgain:
        name = "check-again";
        break;
    case Icon::Settings:
        name = "settings";
        break;
    case Icon::Back:
        name = "back";
        break;
    case Icon::Retry:
        name = "retry";
        break;
    case Icon::SavePdf:
        name = "save-pdf";
        break;
    case Icon::Lock:
        name = "lock";
        break;
    case Icon::Cancel:
        name = "cancel";
        break;
    case Icon::Customer:
        name = "customer";
        break;
    case Icon::Agent:
        name = "agent";
        break;
    }
    return QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(name));
}

QIcon Theme::icon(Icon which)
{
    return QIcon(iconPath(which));
}

void Theme::setRole(QWidget* widget, Role role)
{
    const char* name = "";
    switch (role) {
    case Role::Plain:
        break;
    case Role::Primary:
        name = "primary";
        break;
    case Role::Tile:
        name = "tile";
        break;
    }
    setStyleProperty(widget, "role", QLatin1String(name));
}

void Theme::setStyleProperty(QWidget* widget, const char* name, const QString& value)
{
    if (widget->property(name).toString() == value) {
        return;
    }
    widget->setProperty(name, value);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

QColor Theme::foreground(Tone tone)
{
    switch (tone) {
    case Tone::Normal:
        return {};
    case Tone::Error:
        return QColor(0xb9, 0x1c, 0x1c);
    case Tone::Success:
        return QColor(0x1b, 0x5e, 0x20);
    case Tone::Pending:
        return QColor(0xe6, 0x51, 0x00);
    case Tone::Notice:
        return QColor(0x78, 0x35, 0x0f);
    case Tone::Training:
    case Tone::Alert:
    case Tone::Locked:
        return QColor(Qt::white);
    case Tone::LockedError:
        return QColor(0xfc, 0xa5, 0xa5);
    }
    return {};
}

QColor Theme::background(Tone tone)
{
    switch (tone) {
    case Tone::Notice:
        return QColor(0xfe, 0xf3, 0xc7);
    case Tone::Training:
        return QColor(0xb4, 0x53, 0x09);
    case Tone::Alert:
        return foreground(Tone::Error);
    case Tone::Locked:
        return QColor(0x1e, 0x29, 0x3b);
    default:
        return {};
    }
}

QString Theme::labelStyle(Tone tone)
{
    const QColor fg = foreground(tone);
    if (!fg.isValid()) {
        return {};
    }
    QString style = QStringLiteral("color: %1;").arg(fg.name());
    if (const QColor bg = background(tone); bg.isValid()) {
        style += QStringLiteral(" background: %1;").arg(bg.name());
    }
    return style;
}

void Theme::setTone(QWidget* widget, Tone tone)
{
    widget->setStyleSheet(labelStyle(tone));
}

} // namespace saathi::ui
