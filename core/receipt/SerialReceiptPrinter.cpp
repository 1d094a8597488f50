// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/receipt/SerialReceiptPrinter.h"

#include "core/logging/LogCategories.h"

#include <QPointer>
#include <QSerialPort>
#include <QSerialPortInfo>
#include <QTimer>

namespace saathi::receipt {

namespace {

// Both status bytes have bits 1 and 4 set and bits 0 and 7 clear (ESC/POS DLE EOT).
bool isStatusByte(char b)
{
    return (static_cast<unsigned char>(b) & 0x93) == 0x12;
}

} // namespace

SerialReceiptPrinter::SerialReceiptPrinter(SerialPrinterConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_port(new QSerialPort(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SerialReceiptPrinter::onTimeout);
    connect(m_port, &QSerialPort::readyRead, this, &SerialReceiptPrinter::onReadyRead);
    connect(m_port, &QSerialPort::bytesWritten, this, &SerialReceiptPrinter::onBytesWritten);
    connect(m_port, &QSerialPort::errorOccurred, this, &SerialReceiptPrinter::onPortError);
}

SerialReceiptPrinter::~SerialReceiptPrinter()
{
    m_port->disconnect(this);
    m_jobs.clear();
}

quint64 SerialReceiptPrinter::print(const Receipt& receipt)
{
    return enqueue(EscPosEncoder(m_config.paper).encode(receipt));
}

quint64 SerialReceiptPrinter::printBytes(const QByteArray& escPos)
{
    return enqueue(escPos);
}

void SerialReceiptPrinter::setConfig(SerialPrinterConfig config)
{
    m_config = std::move(config);
    if (!isBusy()) {
        m_port->close(); // the next job opens the new port
    } else {
        m_reopen = true;
    }
}

QList<SerialPortChoice> SerialReceiptPrinter::availablePorts()
{
    QList<SerialPortChoice> out;
    for (const QSerialPortInfo& info : QSerialPortInfo::availablePorts()) {
        QString description = info.description();
        if (!info.manufacturer().isEmpty() && !description.contains(info.manufacturer())) {
            description += (description.isEmpty() ? QString() : QStringLiteral(" ")) + QLatin1Char('(')
                + info.manufacturer() + QLatin1Char(')');
        }
        // Windows knows ports as COM3; elsewhere the device path is what an agent recognises.
#ifdef Q_OS_WIN
        out.append({info.portName(), description});
#else
        out.append({info.systemLocation(), description});
#endif
    }
    return out;
}

QByteArray SerialReceiptPrinter::statusQuery()
{
    return QByteArrayLiteral("\x10\x04\x01\x10\x04\x04");
}

quint64 SerialReceiptPrinter::enqueue(QByteArray bytes)
{
    const quint64 id = m_nextId++;
    m_jobs.push_back({id, std::move(bytes)});
    if (m_stage == Stage::Idle) {
        scheduleNext();
    }
    return id;
}

// Always from the event loop, never inside print(): a caller sees printed() only after print() returned.
void SerialReceiptPrinter::scheduleNext()
{
    if (!m_scheduled && !m_jobs.empty()) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &SerialReceiptPrinter::startNext);
    }
}

void SerialReceiptPrinter::startNext()
{
    m_scheduled = false;
    if (m_jobs.empty() || m_stage != Stage::Idle) {
        return;
    }
    m_stage = Stage::Opening;
    if (!m_port->isOpen()) {
        m_port->setPortName(m_config.portName);
        m_port->setBaudRate(m_config.baud);
        m_port->setDataBits(QSerialPort::Data8);
        m_port->setParity(QSerialPort::NoParity);
        m_port->setStopBits(QSerialPort::OneStop);
        m_port->setFlowControl(QSerialPort::NoFlowControl);
        if (m_config.portName.trimmed().isEmpty() || !m_port->open(QIODevice::ReadWrite)) {
            finish(openError());
            return;
        }
        qCDebug(lcDevice) << "printer port open" << m_config.portName << m_config.baud;
    }
    m_timer->start(m_config.timeout);
    if (!m_config.askStatus) {
        writeReceipt();
        return;
    }
    m_port->readAll(); // whatever the printer said before this job is stale
    m_status.clear();
    m_stage = Stage::AwaitingStatus;
    if (m_port->write(statusQuery()) < 0) {
        finish({QStringLiteral("printer.write_failed"), tr("Could not send to the printer: check the cable."),
                m_port->errorString()});
    }
}

void SerialReceiptPrinter::writeReceipt()
{
    m_stage = Stage::Writing;
    const QByteArray& bytes = m_jobs.front().bytes;
    m_toWrite = bytes.size();
    m_timer->start(m_config.timeout);
    if (m_toWrite == 0) {
        finish({});
    } else if (m_port->write(bytes) < 0) {
        finish({QStringLiteral("printer.write_failed"), tr("Could not send to the printer: check the cable."),
                m_port->errorString()});
    }
}

void SerialReceiptPrinter::onReadyRead()
{
    if (m_stage != Stage::AwaitingStatus) {
        m_port->readAll(); // a printer may report status changes on its own; nothing to do with them now
        return;
    }
    m_status += m_port->readAll();
    if (m_status.size() < 2) {
        return;
    }
    const char printer = m_status.at(0);
    const char paper = m_status.at(1);
    if (!isStatusByte(printer) || !isStatusByte(paper)) {
        finish({QStringLiteral("printer.bad_answer"),
                tr("The printer answered in a way Saathi does not understand: check that it is an ESC/POS printer "
                   "and that the speed (baud) in Settings matches the printer's."),
                QStringLiteral("status bytes %1").arg(QString::fromLatin1(m_status.left(8).toHex(' ')))});
    } else if (static_cast<unsigned char>(paper) & 0x60) {
        finish({QStringLiteral("printer.no_paper"), tr("The printer is out of paper: load a new roll and print again."),
                QString()});
    } else if (static_cast<unsigned char>(printer) & 0x08) {
        finish({QStringLiteral("printer.offline"),
                tr("The printer is offline: close its cover, check the paper and print again."), QString()});
    } else {
        writeReceipt();
    }
}

void SerialReceiptPrinter::onBytesWritten(qint64 bytes)
{
    if (m_stage != Stage::Writing) {
        return; // the status query
    }
    m_toWrite -= bytes;
    if (m_toWrite <= 0) {
        finish({});
    }
}

void SerialReceiptPrinter::onPortError()
{
    const QSerialPort::SerialPortError error = m_port->error();
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError) {
        return;
    }
    if (m_stage == Stage::Opening) {
        return; // open() failures are reported by startNext()
    }
    if (m_stage == Stage::Idle) {
        if (m_port->isOpen() && error == QSerialPort::ResourceError) {
            m_port->close(); // unplugged between jobs: the next job reopens
        }
        return;
    }
    finish({QStringLiteral("printer.disconnected"),
            tr("The printer connection was lost: check the cable and that the printer is on."), m_port->errorString()});
}

void SerialReceiptPrinter::onTimeout()
{
    if (m_stage == Stage::Idle) {
        return;
    }
    finish({QStringLiteral("printer.no_answer"), tr("The printer does not answer: check it is on and the cable."),
            QStringLiteral("%1 ms on %2, stage %3")
                .arg(m_config.timeout.count())
                .arg(m_config.portName)
                .arg(m_stage == Stage::AwaitingStatus ? QStringLiteral("status") : QStringLiteral("write"))});
}

void SerialReceiptPrinter::finish(Error error)
{
    if (m_stage == Stage::Idle || m_jobs.empty()) {
        return; // this job has already had its answer
    }
    m_timer->stop();
    m_stage = Stage::Idle;
    const quint64 id = m_jobs.front().id;
    m_jobs.pop_front();
    if (!error.isNull() || m_reopen) {
        if (m_port->isOpen()) {
            if (!error.isNull()) {
                m_port->clear(QSerialPort::Output); // unsent bytes of a failed job must not print with the next one
            }
            // After a success (a new config to apply) the tail of the receipt may still sit in the driver's buffer:
            // closing hands it on, clearing would cut the receipt (and leave a raster command half sent).
            m_port->close();
        }
        m_port->clearError();
        m_reopen = false;
    }
    if (!error.isNull()) {
        qCWarning(lcDevice) << "receipt job" << id << "failed:" << error.code << error.detail;
    }
    const QPointer<SerialReceiptPrinter> self(this);
    Q_EMIT printed(id, error);
    if (self) {
        scheduleNext();
    }
}

Error SerialReceiptPrinter::openError() const
{
    const QString port = m_config.portName.trimmed();
    if (port.isEmpty()) {
        return {QStringLiteral("printer.no_port"), tr("No printer port is set: choose one in Settings."), QString()};
    }
    switch (m_port->error()) {
    case QSerialPort::DeviceNotFoundError:
        return {QStringLiteral("printer.port_missing"),
                tr("The printer port %1 was not found: check the printer's cable is plugged in and the port chosen in "
                   "Settings.")
                    .arg(port),
                m_port->errorString()};
    case QSerialPort::PermissionError:
        return {QStringLiteral("printer.permission"),
                tr("Saathi may not use the printer port %1: close any other program using the printer; on Linux "
                   "the user must be in the 'dialout' group.")
                    .arg(port),
                m_port->errorString()};
    default:
        return {
            QStringLiteral("printer.open_failed"),
            tr("The printer port %1 could not be opened: check the cable and the port chosen in Settings.").arg(port),
            m_port->errorString()};
    }
}

} // namespace saathi::receipt
