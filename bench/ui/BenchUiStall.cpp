// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The longest time the UI thread spent on one event during the counter's journey — start-up, eKYC and daily login,
// cash withdrawals typed with the keyboard, print and PDF of each receipt, History, a PIN change — against a
// baseline of the same counter idling on its home page, in the same process. Goal: ≤ 16 ms (one frame at 60 Hz).
// Run offscreen: QT_QPA_PLATFORM=offscreen build/bin/bench_ui_stall [withdrawals]
#include "CounterFixture.h"
#include "StallMeter.h"
#include "core/settings/AppSettings.h"
#include "ui/receipt/ReceiptPrinter.h"
#include "ui/widgets/FileChooser.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <cstdio>

using namespace saathi;

namespace {

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

bool withdraw(test::CounterFixture& f, int i, const QString& pdfPath)
{
    if (!f.typeWithdrawal(QStringLiteral("98765432%1").arg(10 + i), QStringLiteral("%1").arg(500 + i * 100))) {
        return false;
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    if (!f.waitForResult("cashWithdrawal")) {
        return false;
    }
    QWidget* page = f.page("cashWithdrawal");
    page->findChild<QPushButton*>(QStringLiteral("printButton"))->click();
    ui::FileChooser::setNextAnswer(pdfPath);
    page->findChild<QPushButton*>(QStringLiteral("savePdfButton"))->click();
    if (!QTest::qWaitFor([&] { return QFile::exists(pdfPath); }, 20000)) {
        return false;
    }
    QTest::keyClick(&f.window(), Qt::Key_Escape);
    return true;
}

bool changePin(test::CounterFixture& f)
{
    QTest::keyClick(&f.window(), Qt::Key_Comma, Qt::ControlModifier);
    QWidget* settings = f.page("settings");
    auto* fresh = settings->findChild<QLineEdit*>(QStringLiteral("agentNewPinLineEdit"));
    auto* again = settings->findChild<QLineEdit*>(QStringLiteral("agentConfirmPinLineEdit"));
    auto* set = settings->findChild<QPushButton*>(QStringLiteral("agentSetPinButton"));
    if (!fresh || !again || !set) {
        return false;
    }
    fresh->setText(QStringLiteral("2468"));
    again->setText(QStringLiteral("2468"));
    set->click();
    const bool saved = QTest::qWaitFor([&] { return f.app().appSettings().hasPin() && set->isEnabled(); }, 20000);
    QTest::keyClick(&f.window(), Qt::Key_Escape);
    return saved;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    StallMeter app(argc, argv);
    const int withdrawals = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    ui::ReceiptPrinter::setPrintHook([](const QTextDocument&, QWidget*) { return Error {}; });

    bool ok = true;
    {
        test::CounterFixture f;
        ok = f.start();
        app.beginPhase(QStringLiteral("idle on home (baseline)"));
        QTest::qWait(2000);
        app.beginPhase(QStringLiteral("eKYC + daily login"));
        ok = ok && f.loginAgent();
        app.beginPhase(QStringLiteral("cash withdrawals, print, PDF"));
        for (int i = 0; ok && i < withdrawals; ++i) {
            ok = withdraw(f, i, f.path(QStringLiteral("receipt-%1.pdf").arg(i)));
        }
        app.beginPhase(QStringLiteral("History (F6)"));
        QTest::keyClick(&f.window(), Qt::Key_F6);
        QTest::qWait(500);
        QTest::keyClick(&f.window(), Qt::Key_Escape);
        app.beginPhase(QStringLiteral("PIN change"));
        ok = ok && changePin(f);
        app.beginPhase(QStringLiteral("shut-down"));
    }

    std::printf("UI-thread stall, the counter's journey (%d withdrawals%s)\n", withdrawals,
                ok ? "" : "; THE JOURNEY DID NOT FINISH");
    std::printf("%-32s %8s %12s %12s %8s\n", "phase", "events", "longest ms", "max cpu ms", ">16 ms");
    qint64 longest = 0;
    qint64 longestCpu = 0;
    qint64 baseline = 0;
    for (const StallMeter::Phase& p : app.phases()) {
        std::printf("%-32s %8lld %12.2f %12.2f %8lld\n", qPrintable(p.name), static_cast<long long>(p.events),
                    ms(p.longest.ns), ms(p.longestCpuNs), static_cast<long long>(p.overFrame));
        if (p.name.startsWith(QLatin1String("idle"))) {
            baseline = p.longest.ns;
        } else if (p.name != QLatin1String("start-up") && p.name != QLatin1String("shut-down")) {
            longest = qMax(longest, p.longest.ns);
            longestCpu = qMax(longestCpu, p.longestCpuNs);
        }
    }
    std::printf("\nlongest stall during the journey: %.2f ms wall, %.2f ms of UI-thread CPU (goal <= 16 ms); idle "
                "baseline %.2f ms; ratio %.1f\n",
                ms(longest), ms(longestCpu), ms(baseline), baseline > 0 ? double(longest) / double(baseline) : 0.0);
    std::printf("\nworst events (any phase):\n");
    for (const StallMeter::Stall& s : app.worst(8)) {
        std::printf("  %8.2f ms wall %8.2f ms cpu  event %4d  %s\n", ms(s.ns), ms(s.cpuNs), s.eventType,
                    qPrintable(s.receiver));
    }
    return ok ? 0 : 1;
}
