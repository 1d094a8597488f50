// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/settings/AppSettings.h"
#include "core/settings/PinHash.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace saathi;

class TestAppSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_ini;
    QString iniPath() const { return m_dir.filePath(QStringLiteral("saathi.ini")); }

private Q_SLOTS:
    void init()
    {
        m_ini.reset(); // written back when destroyed: before the file goes, not after
        QFile::remove(iniPath());
        m_ini = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
    }

    void defaultsAreTrainingEnglishNoKiosk()
    {
        AppSettings s(*m_ini);
        QCOMPARE(s.environment(), EkoEnvironment::Training);
        QCOMPARE(s.language(), QStringLiteral("en"));
        QCOMPARE(s.kiosk().enabled, false);
        QCOMPARE(s.kiosk().idleLockMinutes, 5);
        QCOMPARE(s.printer().kind, PrinterKind::None);
        QVERIFY(s.latLong().isEmpty());
        QVERIFY(!s.hasPin());
    }

    void environmentRoundTripsAndSignals()
    {
        AppSettings s(*m_ini);
        QSignalSpy spy(&s, &AppSettings::environmentChanged);
        s.setEnvironment(EkoEnvironment::Uat);
        QCOMPARE(spy.count(), 1);
        s.sync();
        QSettings reread(iniPath(), QSettings::IniFormat);
        QCOMPARE(AppSettings(reread).environment(), EkoEnvironment::Uat);
    }

    void badLatLongIsRefusedAndKeepsTheOldValue()
    {
        AppSettings s(*m_ini);
        QVERIFY(s.setLatLong(QStringLiteral(" 28.6139 , 77.2090 ")).isNull());
        QCOMPARE(s.latLong(), QStringLiteral("28.6139,77.2090"));
        const Error e = s.setLatLong(QStringLiteral("north of the temple"));
        QVERIFY(!e.isNull());
        QVERIFY(!e.userMessage.isEmpty());
        QCOMPARE(s.latLong(), QStringLiteral("28.6139,77.2090"));
    }

    void languageIsEnglishOrHindiOnly()
    {
        AppSettings s(*m_ini);
        QSignalSpy spy(&s, &AppSettings::languageChanged);
        QVERIFY(s.setLanguage(QStringLiteral("hi")).isNull());
        QCOMPARE(s.language(), QStringLiteral("hi"));
        QCOMPARE(spy.count(), 1);
        QVERIFY(!s.setLanguage(QStringLiteral("fr")).isNull());
        QCOMPARE(s.language(), QStringLiteral("hi"));
    }

    void printerNeedsItsDetails()
    {
        AppSettings s(*m_ini);
        PrinterSettings p;
        p.kind = PrinterKind::EscPosSerial;
        QVERIFY(!s.setPrinter(p).isNull()); // no port
        p.serialPort = QStringLiteral("/dev/ttyUSB0");
        p.baud = 1234;
        QVERIFY(!s.setPrinter(p).isNull()); // odd baud
        p.baud = 115200;
        QVERIFY(s.setPrinter(p).isNull());
        QCOMPARE(s.printer().kind, PrinterKind::EscPosSerial);
        QCOMPARE(s.printer().serialPort, QStringLiteral("/dev/ttyUSB0"));
        QCOMPARE(s.printer().baud, 115200);
    }

    void printerKeysRoundTripAndSignalAChange()
    {
        AppSettings s(*m_ini);
        QSignalSpy changed(&s, &AppSettings::printerChanged);
        PrinterSettings p;
        p.kind = PrinterKind::EscPosSerial;
        p.serialPort = QStringLiteral(" /dev/ttyUSB1 ");
        p.baud = 38400;
        p.paper = receipt::PaperWidth::Mm80;
        p.askStatus = false;
        p.thermalMode = ThermalPrintMode::Image;
        p.pdfAskEachTime = false;
        p.pdfFolder = m_dir.path(); // kept while another kind is chosen
        QVERIFY(s.setPrinter(p).isNull());
        QCOMPARE(changed.count(), 1);
        QVERIFY(s.setPrinter(p).isNull());
        QCOMPARE(changed.count(), 1); // the same again is no change
        s.sync();
        QSettings reread(iniPath(), QSettings::IniFormat);
        QCOMPARE(reread.value(QStringLiteral("printer/kind")).toString(), QStringLiteral("escpos"));
        QCOMPARE(reread.value(QStringLiteral("printer/serial_port")).toString(), QStringLiteral("/dev/ttyUSB1"));
        QCOMPARE(reread.value(QStringLiteral("printer/paper_mm")).toInt(), 80);
        QCOMPARE(reread.value(QStringLiteral("printer/ask_status")).toBool(), false);
        QCOMPARE(reread.value(QStringLiteral("printer/thermal_mode")).toString(), QStringLiteral("image"));
        const PrinterSettings back = AppSettings(reread).printer();
        p.serialPort = p.serialPort.trimmed();
        QCOMPARE(back, p);

        PrinterSettings pdf = back;
        pdf.kind = PrinterKind::Pdf;
        QVERIFY(s.setPrinter(pdf).isNull());
        QCOMPARE(s.printer().kind, PrinterKind::Pdf);
        QCOMPARE(s.printer().pdfFolder, m_dir.path());
        QCOMPARE(changed.count(), 2);
    }

    void printerFileOfAnEarlierVersionStillReads()
    {
        // Before issue #16 the file held only kind, system_name, serial_port and baud.
        m_ini->setValue(QStringLiteral("printer/kind"), QStringLiteral("escpos"));
        m_ini->setValue(QStringLiteral("printer/serial_port"), QStringLiteral("COM3"));
        m_ini->setValue(QStringLiteral("printer/baud"), 19200);
        const PrinterSettings p = AppSettings(*m_ini).printer();
        QCOMPARE(p.kind, PrinterKind::EscPosSerial);
        QCOMPARE(p.serialPort, QStringLiteral("COM3"));
        QCOMPARE(p.baud, 19200);
        QCOMPARE(p.paper, receipt::PaperWidth::Mm58);
        QVERIFY(p.askStatus);
        QCOMPARE(p.thermalMode, ThermalPrintMode::Auto);
        QVERIFY(p.pdfAskEachTime);
        m_ini->setValue(QStringLiteral("printer/thermal_mode"), QStringLiteral("sideways")); // hand-edited
        m_ini->setValue(QStringLiteral("printer/paper_mm"), 57);
        QCOMPARE(AppSettings(*m_ini).printer().thermalMode, ThermalPrintMode::Auto);
        QCOMPARE(AppSettings(*m_ini).printer().paper, receipt::PaperWidth::Mm58);
    }

    void printerErrorsNameTheirField()
    {
        PrinterSettings p;
        p.kind = PrinterKind::EscPosSerial;
        p.serialPort = QStringLiteral("COM 3");
        p.baud = 1234;
        QList<PrinterFieldError> errors = printer_settings::check(p);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).field, PrinterField::SerialPort);
        QCOMPARE(errors.at(1).field, PrinterField::Baud);
        QVERIFY(!errors.at(0).error.userMessage.isEmpty());
        p.kind = PrinterKind::Pdf; // the serial fields are not Pdf's
        QVERIFY(printer_settings::check(p).isEmpty());
        p.pdfAskEachTime = false;
        p.pdfFolder = m_dir.filePath(QStringLiteral("no-such-folder"));
        errors = printer_settings::check(p);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).field, PrinterField::PdfFolder);
        AppSettings s(*m_ini);
        QVERIFY(!s.setPrinter(p).isNull());
        QCOMPARE(s.printer().kind, PrinterKind::None); // nothing saved
    }

    void kioskIdleMinutesStayWithinOneToFifteen()
    {
        AppSettings s(*m_ini);
        QVERIFY(!s.setKiosk({false, 0}).isNull());
        QVERIFY(!s.setKiosk({false, 16}).isNull());
        QVERIFY(s.setKiosk({false, 15}).isNull());
        QCOMPARE(s.kiosk().idleLockMinutes, 15);
        m_ini->setValue(QStringLiteral("kiosk/idle_lock_minutes"), 99); // a hand-edited file
        QCOMPARE(s.kiosk().idleLockMinutes, 5);
    }

    void kioskNeedsAPinFirst()
    {
        AppSettings s(*m_ini);
        QVERIFY(!s.setKiosk({true, 5}).isNull());
        QVERIFY(s.setPin(QStringLiteral("4821")).isNull());
        QVERIFY(s.setKiosk({true, 5}).isNull());
        QVERIFY(s.kiosk().enabled);
    }

    void pinIsStoredOnlyAsASaltedHash()
    {
        AppSettings s(*m_ini);
        QVERIFY(!s.setPin(QStringLiteral("12a4")).isNull());
        QVERIFY(!s.setPin(QStringLiteral("123")).isNull());
        QVERIFY(s.setPin(QStringLiteral("739184")).isNull());
        QVERIFY(s.verifyPin(QStringLiteral("739184")));
        QVERIFY(!s.verifyPin(QStringLiteral("739185")));
        s.sync();
        QFile f(iniPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(!text.contains("739184"));
        QVERIFY(text.contains("pbkdf2-sha256"));
    }

    void samePinHashesDifferentlyEachTime()
    {
        const QString a = pin::hash(QStringLiteral("4821"), 1000);
        const QString b = pin::hash(QStringLiteral("4821"), 1000);
        QVERIFY(!a.isEmpty());
        QVERIFY(a != b);
        QVERIFY(pin::verify(QStringLiteral("4821"), a));
        QVERIFY(pin::verify(QStringLiteral("4821"), b));
        QVERIFY(!pin::verify(QStringLiteral("4821"), QStringLiteral("pbkdf2-sha256$1000$AAAA$BBBB")));
        QVERIFY(!pin::verify(QStringLiteral("4821"), QStringLiteral("4821")));
    }

    void supervisorPinIsSeparate()
    {
        AppSettings s(*m_ini);
        QVERIFY(s.setPin(QStringLiteral("1111")).isNull());
        QVERIFY(s.setSupervisorPin(QStringLiteral("9999")).isNull());
        QVERIFY(s.verifySupervisorPin(QStringLiteral("9999")));
        QVERIFY(!s.verifySupervisorPin(QStringLiteral("1111")));
    }

    void theOneRememberedDeviceOfEarlierVersionsBecomesTrainings()
    {
        QTemporaryDir dir;
        QSettings raw(dir.filePath(QStringLiteral("legacy.ini")), QSettings::IniFormat);
        raw.setValue(QStringLiteral("device/choice"), QByteArray(R"({"vendor":"MANTRA","port":11100})"));
        AppSettings(raw).migrateLegacyKeys();
        QVERIFY(!raw.contains(QStringLiteral("device/choice")));
        QVERIFY(raw.value(QStringLiteral("device/training/choice")).toByteArray().contains("MANTRA"));
        QVERIFY(!raw.contains(QStringLiteral("device/uat/choice")));
        AppSettings(raw).migrateLegacyKeys(); // idempotent
        QVERIFY(raw.value(QStringLiteral("device/training/choice")).toByteArray().contains("MANTRA"));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "TestAppSettings.moc"
