// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/receipt/EscPosEncoder.h"
#include "core/util/Error.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <deque>

class QSerialPort;
class QTimer;

namespace saathi::receipt {

struct SerialPrinterConfig
{
    QString portName; // COM3, /dev/ttyUSB0 (a name from SerialReceiptPrinter::availablePorts())
    qint32 baud = 9600; // 8 data bits, no parity, 1 stop bit, no flow control
    PaperWidth paper = PaperWidth::Mm58;
    // Without flow control a serial port takes bytes whether or not a printer is listening, so before each job the
    // printer is asked for its status (DLE EOT 1 and DLE EOT 4) and must answer within the timeout; it also says
    // whether it is offline or out of paper. Off for the rare printer that does not implement DLE EOT.
    bool askStatus = true;
    std::chrono::milliseconds timeout {10000};
};

// One entry of the settings screen's port list.
struct SerialPortChoice
{
    QString name; // what goes in SerialPrinterConfig::portName
    QString description; // "USB-Serial Controller (Prolific)"; may be empty
};

// Prints receipts on an ESC/POS thermal printer on a serial port, asynchronously: print() returns at once with a
// job number and printed(job, error) follows exactly once for every job, with a null Error on success. A job is
// done when the printer answered the status query and every byte was handed to the port. Jobs run one at a time;
// a print() while one is in flight queues behind it. The port opens for the first job and stays open while jobs
// succeed; any error closes it, so the next job opens it afresh (a cable plugged back in just works).
// Jobs still queued when the printer is destroyed are dropped without a signal.
class SerialReceiptPrinter : public QObject
{
    Q_OBJECT
public:
    explicit SerialReceiptPrinter(SerialPrinterConfig config, QObject* parent = nullptr);
    ~SerialReceiptPrinter() override;

    quint64 print(const Receipt& receipt);
    quint64 printBytes(const QByteArray& escPos); // already encoded bytes (a test page, a reprint)

    const SerialPrinterConfig& config() const { return m_config; }
    void setConfig(SerialPrinterConfig config); // applies from the next job that opens the port
    bool isBusy() const { return !m_jobs.empty(); }
    int queuedJobs() const { return static_cast<int>(m_jobs.size()); }

    static QList<SerialPortChoice> availablePorts();
    // DLE EOT 1 (printer status) then DLE EOT 4 (paper sensor): each answered by one byte.
    static QByteArray statusQuery();

Q_SIGNALS:
    void printed(quint64 job, const saathi::Error& error);

private:
    enum class Stage { Idle, Opening, AwaitingStatus, Writing };
    struct Job
    {
        quint64 id = 0;
        QByteArray bytes;
    };

    quint64 enqueue(QByteArray bytes);
    void scheduleNext();
    void startNext();
    void writeReceipt();
    void onReadyRead();
    void onBytesWritten(qint64 bytes);
    void onPortError();
    void onTimeout();
    void finish(Error error);
    Error openError() const;

    SerialPrinterConfig m_config;
    QSerialPort* m_port;
    QTimer* m_timer;
    std::deque<Job> m_jobs;
    Stage m_stage = Stage::Idle;
    QByteArray m_status;
    qint64 m_toWrite = 0;
    quint64 m_nextId = 1;
    bool m_scheduled = false;
    bool m_reopen = false; // the config changed during a job
};

} // namespace saathi::receipt
