// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once
// Drives MoneyTransferPage the way an agent does (focus, keys, Enter), for the offscreen tests in this folder.

#include "DmtUiFixture.h"
#include "core/journal/JournalService.h"
#include "ui/dmt/DmtCustomerStep.h"
#include "ui/dmt/DmtRecipientsStep.h"
#include "ui/dmt/DmtRefundStep.h"
#include "ui/dmt/DmtResultStep.h"
#include "ui/dmt/DmtTransferStep.h"
#include "ui/dmt/MoneyTransferPage.h"
#include "ui/receipt/ReceiptPrinter.h"
#include "ui/widgets/AadhaarLineEdit.h"
#include "ui/widgets/FileChooser.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

namespace saathi::test::dmtui {

using namespace saathi;
using namespace saathi::ui;
using dmt::Rail;
using journal::TxKind;
using journal::TxState;
using saathi::test::DmtUiFixture;
using CustomerView = DmtCustomerStep::View;
using Step = MoneyTransferPage::Step;

inline constexpr int kWait = 20000;

template<typename T>
T* child(QWidget& page, const char* name)
{
    T* w = page.findChild<T*>(QString::fromLatin1(name));
    if (!w) {
        qWarning("no widget %s", name);
    }
    return w;
}

inline QString text(QWidget& page, const char* labelName)
{
    return child<QLabel>(page, labelName)->text();
}

// As the agent does it: the field has the focus, then the keys.
inline void typeInto(QWidget* widget, const QString& keys)
{
    widget->setFocus();
    QTest::keyClicks(widget, keys);
}

inline void pressEnter(QWidget* widget)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_Return);
}

inline bool showPage(QWidget& page)
{
    page.resize(1000, 900);
    page.show();
    page.activateWindow();
    return QTest::qWaitForWindowActive(&page);
}

inline bool shown(QWidget& page, const char* name)
{
    QWidget* w = page.findChild<QWidget*>(QString::fromLatin1(name));
    return w && w->isVisible();
}

inline void lookUp(MoneyTransferPage& page, const QString& mobile)
{
    auto* edit = child<QLineEdit>(page, "customerMobileLineEdit");
    edit->clear();
    typeInto(edit, mobile);
    pressEnter(edit);
}

// Look up a customer who can send, then Enter on "Continue to recipients".
inline bool openRecipients(MoneyTransferPage& page, const QString& mobile)
{
    lookUp(page, mobile);
    if (!QTest::qWaitFor([&]() { return shown(page, "customerContinueButton"); }, kWait)) {
        qWarning("lookup: %s", qPrintable(text(page, "customerFormErrorLabel")));
        return false;
    }
    pressEnter(child<QPushButton>(page, "customerContinueButton"));
    return QTest::qWaitFor([&]() { return page.step() == Step::Recipients && !page.recipientsStep().isBusy(); }, kWait);
}

inline void registerNewCustomer(MoneyTransferPage& page)
{
    typeInto(child<QLineEdit>(page, "nameLineEdit"), QStringLiteral("Geeta Sharma"));
    typeInto(child<QLineEdit>(page, "dobLineEdit"), QStringLiteral("15/08/1985"));
    typeInto(child<QLineEdit>(page, "addressLineEdit"), QStringLiteral("12 MG Road"));
    typeInto(child<QLineEdit>(page, "cityLineEdit"), QStringLiteral("New Delhi"));
    typeInto(child<QLineEdit>(page, "stateLineEdit"), QStringLiteral("Delhi"));
    typeInto(child<QLineEdit>(page, "pinCodeLineEdit"), QStringLiteral("110001"));
    pressEnter(child<QLineEdit>(page, "pinCodeLineEdit"));
}

inline void typeCustomerOtp(MoneyTransferPage& page, const QString& otp)
{
    auto* edit = child<QLineEdit>(page, "customerOtpLineEdit");
    edit->clear();
    typeInto(edit, otp);
    pressEnter(edit);
}

// A new customer on either rail, up to the recipients: registration, then the OTP (classic) or the sender eKYC
// with the finger and its OTP (DMT-Fino).
inline bool onboardNewCustomer(MoneyTransferPage& page, const QString& mobile)
{
    lookUp(page, mobile);
    if (!QTest::qWaitFor([&]() { return page.customerStep().view() == CustomerView::Register; }, kWait)) {
        return false;
    }
    registerNewCustomer(page);
    if (page.rail() == Rail::Fino) {
        if (!QTest::qWaitFor([&]() { return page.customerStep().view() == CustomerView::Ekyc; }, kWait)) {
            return false;
        }
        typeInto(child<AadhaarLineEdit>(page, "aadhaarLineEdit"), DmtUiFixture::senderAadhaar());
        QTest::keyClick(child<QCheckBox>(page, "ekycConsentCheckBox"), Qt::Key_Space);
        child<QPushButton>(page, "ekycCaptureButton")->click();
    }
    if (!QTest::qWaitFor(
            [&]() { return page.customerStep().view() == CustomerView::Otp && !page.customerStep().isBusy(); },
            kWait)) {
        qWarning("no OTP step: %s", qPrintable(text(page, "customerFormErrorLabel")));
        return false;
    }
    typeCustomerOtp(page, DmtUiFixture::otp());
    if (!QTest::qWaitFor([&]() { return shown(page, "customerContinueButton"); }, kWait)) {
        qWarning("OTP: %s", qPrintable(text(page, "customerOtpErrorLabel")));
        return false;
    }
    pressEnter(child<QPushButton>(page, "customerContinueButton"));
    return QTest::qWaitFor([&]() { return page.step() == Step::Recipients && !page.recipientsStep().isBusy(); }, kWait);
}

inline void fillRecipient(MoneyTransferPage& page, const QString& account, const QString& ifsc)
{
    child<QPushButton>(page, "addRecipientButton")->click();
    typeInto(child<QLineEdit>(page, "accountLineEdit"), account);
    typeInto(child<QLineEdit>(page, "ifscLineEdit"), ifsc);
    typeInto(child<QLineEdit>(page, "recipientNameLineEdit"), QStringLiteral("Anil Kumar"));
    typeInto(child<QLineEdit>(page, "recipientMobileLineEdit"), QStringLiteral("9876501234"));
}

inline bool addRecipient(MoneyTransferPage& page, const QString& account, const QString& ifsc)
{
    const qsizetype before = page.recipientsStep().recipients().size();
    fillRecipient(page, account, ifsc);
    pressEnter(child<QLineEdit>(page, "recipientMobileLineEdit"));
    return QTest::qWaitFor(
        [&]() { return page.recipientsStep().recipients().size() == before + 1 && !page.recipientsStep().isBusy(); },
        kWait);
}

// Enter on the selected recipient, the amount, Enter for the plan.
inline bool showPlan(MoneyTransferPage& page, const QString& amount)
{
    pressEnter(child<QListWidget>(page, "recipientsListWidget"));
    if (!QTest::qWaitFor([&]() { return page.step() == Step::Transfer; }, kWait)) {
        return false;
    }
    typeInto(child<QLineEdit>(page, "amountLineEdit"), amount);
    pressEnter(child<QLineEdit>(page, "amountLineEdit"));
    return page.transferStep().view() == DmtTransferStep::View::Plan;
}

// DMT-Fino: the OTP for part `part` (1-based) of `parts`.
inline bool enterTransferOtp(MoneyTransferPage& page, int part, int parts, const QString& otp)
{
    auto* edit = child<QLineEdit>(page, "transferOtpLineEdit");
    const QString expected = QStringLiteral("transfer %1 of %2").arg(part).arg(parts);
    if (!QTest::qWaitFor(
            [&]() {
                return edit->isVisible() && !edit->isReadOnly()
                    && text(page, "transferOtpPromptLabel").contains(expected);
            },
            kWait)) {
        qWarning("no OTP prompt for %s: %s", qPrintable(expected), qPrintable(text(page, "transferOtpErrorLabel")));
        return false;
    }
    edit->clear();
    typeInto(edit, otp);
    pressEnter(edit);
    return true;
}

inline QString receiptText(MoneyTransferPage& page, const char* name = "receiptPlainTextEdit")
{
    return child<QPlainTextEdit>(page, name)->toPlainText();
}

} // namespace saathi::test::dmtui
