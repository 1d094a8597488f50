// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// How many key presses a cash withdrawal takes, from the home screen to the receipt, with the keyboard alone: the
// real counter in training (offscreen, tests/app/shell's CounterFixture), each key sent where the agent's key goes
// (the bank popup while it shows, else the focused widget). Typed characters (what the customer's details need)
// are counted apart from navigation and command keys (F1, Tab, Space, Enter); the baseline is the typed characters
// alone, the least any keyboard flow can take, and the ratio says how many presses the form costs per character.
// Prints figures; exits 1 only when the journey does not reach the receipt.
// Run: build/bin/bench_keypresses (sets QT_QPA_PLATFORM=offscreen itself).
#include "CounterFixture.h"
#include "TestKeys.h"
#include "ui/aeps/AepsFormPage.h"
#include "ui/aeps/BankPicker.h"
#include "ui/aeps/TransactionResultPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QPlainTextEdit>
#include <QTest>

#include <cstdio>

using namespace saathi;

namespace {

class Keyboard
{
public:
    explicit Keyboard(QWidget* window)
        : m_window(window)
    {
    }
    // A navigation or command key.
    void press(Qt::Key key, const char* name)
    {
        QTest::keyClick(target(), key);
        ++m_commands;
        m_log << QString::fromLatin1(name);
    }
    // Characters the agent types into the focused field.
    void type(const QString& text)
    {
        for (const QChar c : text) {
            QTest::keyClick(target(), c.toLatin1());
        }
        m_typed += int(text.size());
        m_log << QStringLiteral("“%1”").arg(text);
    }
    int typed() const { return m_typed; }
    int commands() const { return m_commands; }
    QString log() const { return m_log.join(QLatin1Char(' ')); }

private:
    QWidget* target() const
    {
        if (QWidget* popup = QApplication::activePopupWidget()) {
            return popup;
        }
        return QApplication::focusWidget() ? QApplication::focusWidget() : m_window;
    }

    QWidget* m_window;
    int m_typed = 0;
    int m_commands = 0;
    QStringList m_log;
};

bool fail(const char* why)
{
    std::fprintf(stderr, "bench_keypresses: %s\n", why);
    return false;
}

// Home → F1 → mobile, bank (a few letters, the popup's best match), Aadhaar, amount → consent → Enter → receipt.
bool withdrawByKeyboard(test::CounterFixture& f, Keyboard& keys)
{
    if (f.window().currentPageId() != QLatin1String("home")) {
        return fail("not on the home screen");
    }
    keys.press(Qt::Key_F1, "F1");
    auto* form = qobject_cast<ui::AepsFormPage*>(f.page("cashWithdrawal"));
    if (!form || f.window().currentPageId() != QLatin1String("cashWithdrawal")) {
        return fail("F1 did not open Cash withdrawal");
    }
    auto* picker = form->findChild<ui::BankPicker*>();
    if (!QTest::qWaitFor([picker] { return picker->isLoaded(); }, 20000)) {
        return fail("the bank list did not load");
    }
    keys.type(QStringLiteral("9876543210"));
    keys.press(Qt::Key_Tab, "Tab");
    keys.type(QStringLiteral("sbi"));
    keys.press(Qt::Key_Tab, "Tab"); // picks the highlighted bank and moves on
    if (picker->bankCode() != QLatin1String("SBIN")) {
        return fail("the bank popup did not pick State Bank of India");
    }
    keys.type(QString::fromLatin1(test::kTestAadhaar));
    keys.press(Qt::Key_Tab, "Tab");
    keys.type(QStringLiteral("500"));
    keys.press(Qt::Key_Tab, "Tab");
    keys.press(Qt::Key_Space, "Space"); // the customer agrees
    if (!form->findChild<QCheckBox*>(QStringLiteral("consentCheckBox"))->isChecked()) {
        return fail("Tab from the amount did not reach the consent");
    }
    keys.press(Qt::Key_Return, "Enter"); // the finger, then Eko
    if (!f.waitForResult("cashWithdrawal") || !form->resultPage().isVisible()) {
        return fail(qPrintable(QStringLiteral("no result: ") + f.formError("cashWithdrawal")));
    }
    const QString receipt = f.receiptText("cashWithdrawal");
    return receipt.contains(QStringLiteral("500")) || fail("the receipt is empty");
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    test::CounterFixture f;
    if (!f.start() || !f.loginAgent()) { // eKYC and the daily login: once a day, not part of a withdrawal
        fail("the counter did not start");
        return 1;
    }
    Keyboard keys(&f.window());
    const bool ok = withdrawByKeyboard(f, keys);
    const int total = keys.typed() + keys.commands();
    std::printf("Key presses for one cash withdrawal, home screen to receipt (training, keyboard only)%s\n",
                ok ? "" : "; THE JOURNEY DID NOT FINISH");
    std::printf("  keys: %s\n", qPrintable(keys.log()));
    std::printf("  %-40s %4d\n", "typed characters (baseline: the minimum)", keys.typed());
    std::printf("  %-40s %4d\n", "navigation and command keys", keys.commands());
    std::printf("  %-40s %4d\n", "total key presses", total);
    std::printf("  %-40s %4.2f\n", "ratio total / typed", keys.typed() ? double(total) / keys.typed() : 0.0);
    return ok ? 0 : 1;
}
