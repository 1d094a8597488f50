// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/settings/AppSettings.h"
#include "ui/settings/PrinterSettingsBox.h"
#include "ui/widgets/FileChooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;
using namespace saathi::ui;

class TestPrinterSettingsBox : public QObject
{
    Q_OBJECT

    template<typename T>
    static T* child(QWidget& root, const char* name)
    {
        auto* w = root.findChild<T*>(QLatin1String(name));
        if (!w) {
            qWarning("no widget %s", name);
        }
        return w;
    }

    // Picks the combo's entry whose data is `value` with the keyboard, as an agent would.
    static void choose(QComboBox* box, int value)
    {
        box->setFocus();
        while (box->currentData().toInt() != value && box->currentIndex() < box->count() - 1) {
            QTest::keyClick(box, Qt::Key_Down);
        }
        while (box->currentData().toInt() != value && box->currentIndex() > 0) {
            QTest::keyClick(box, Qt::Key_Up);
        }
    }

private Q_SLOTS:
    void thermalChoiceIsTypedSavedAndReadBack()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(QStringLiteral("saathi.ini")), QSettings::IniFormat);
        AppSettings settings(ini);
        PrinterSettingsBox box(settings);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        auto* port = child<QLineEdit>(box, "serialPortLineEdit");
        QVERIFY(!port->isVisible()); // no printer chosen: no thermal fields
        choose(child<QComboBox>(box, "printerKindComboBox"), int(PrinterKind::EscPosSerial));
        QVERIFY(port->isVisible());
        QVERIFY(!child<QComboBox>(box, "systemPrinterComboBox")->isVisible());
        port->setFocus();
        QTest::keyClicks(port, QStringLiteral("/dev/ttyUSB3"));
        choose(child<QComboBox>(box, "baudComboBox"), 115200);
        choose(child<QComboBox>(box, "paperComboBox"), int(receipt::PaperWidth::Mm80));
        choose(child<QComboBox>(box, "thermalModeComboBox"), int(ThermalPrintMode::Image));
        auto* ask = child<QCheckBox>(box, "askStatusCheckBox");
        ask->setFocus();
        QTest::keyClick(ask, Qt::Key_Space);
        QSignalSpy changed(&settings, &AppSettings::printerChanged);
        QWidget* firstBad = nullptr;
        QVERIFY(box.save(&firstBad));
        QCOMPARE(changed.count(), 1);

        QSettings reread(dir.filePath(QStringLiteral("saathi.ini")), QSettings::IniFormat);
        const PrinterSettings p = AppSettings(reread).printer();
        QCOMPARE(p.kind, PrinterKind::EscPosSerial);
        QCOMPARE(p.serialPort, QStringLiteral("/dev/ttyUSB3"));
        QCOMPARE(p.baud, 115200);
        QCOMPARE(p.paper, receipt::PaperWidth::Mm80);
        QCOMPARE(p.thermalMode, ThermalPrintMode::Image);
        QVERIFY(!p.askStatus);

        PrinterSettingsBox again(settings); // a new screen shows what was saved
        QCOMPARE(again.value(), p);
    }

    void badInputIsToldAtItsFieldAndNothingTypedIsLost()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(QStringLiteral("saathi.ini")), QSettings::IniFormat);
        AppSettings settings(ini);
        PrinterSettingsBox box(settings);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        choose(child<QComboBox>(box, "printerKindComboBox"), int(PrinterKind::EscPosSerial));
        auto* port = child<QLineEdit>(box, "serialPortLineEdit");
        QTest::keyClicks(port, QStringLiteral("COM 3"));
        QWidget* firstBad = nullptr;
        QVERIFY(!box.save(&firstBad));
        auto* portError = child<QLabel>(box, "serialPortErrorLabel");
        QVERIFY(portError->isVisible());
        QVERIFY2(portError->text().contains(QStringLiteral("no spaces")), qPrintable(portError->text()));
        QCOMPARE(port->text(), QStringLiteral("COM 3"));
        QCOMPARE(firstBad, child<QComboBox>(box, "serialPortComboBox"));
        QCOMPARE(settings.printer().kind, PrinterKind::None); // nothing saved

        // PDF into a folder that does not exist: told under the folder; the port typed above is kept.
        choose(child<QComboBox>(box, "printerKindComboBox"), int(PrinterKind::Pdf));
        QVERIFY(!portError->isVisible());
        auto* folder = child<QLineEdit>(box, "pdfFolderLineEdit");
        folder->setFocus();
        QTest::keyClicks(folder, dir.filePath(QStringLiteral("missing")));
        QVERIFY(child<QRadioButton>(box, "pdfFolderRadioButton")->isChecked()); // typing a folder chooses it
        QVERIFY(!box.save(&firstBad));
        QVERIFY(child<QLabel>(box, "pdfFolderErrorLabel")->isVisible());
        QCOMPARE(firstBad, folder);
        FileChooser::setNextAnswer(dir.path());
        QTest::mouseClick(child<QPushButton>(box, "chooseFolderButton"), Qt::LeftButton);
        QVERIFY(box.save(&firstBad));
        QVERIFY(!child<QLabel>(box, "pdfFolderErrorLabel")->isVisible());
        QCOMPARE(settings.printer().kind, PrinterKind::Pdf);
        QCOMPARE(settings.printer().pdfFolder, dir.path());
        QVERIFY(!settings.printer().pdfAskEachTime);
        QCOMPARE(settings.printer().serialPort, QStringLiteral("COM 3").trimmed()); // kept, not Pdf's to check
    }
};

QTEST_MAIN(TestPrinterSettingsBox)
#include "TestPrinterSettingsBox.moc"
