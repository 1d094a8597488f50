// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace saathi::eko {

// A request body that can be read once and never rewound. QNetworkAccessManager silently re-sends a request when
// the server closes the connection before answering — fine for a GET, a second debit for a cash withdrawal. With
// this body (and DoNotBufferUploadDataAttribute) QNAM cannot rewind, so it reports the closed connection instead,
// and the job calls the outcome Unknown and inquires. The body may carry a PID block: its bytes are wiped as soon as
// the last one has been read, and again when the device is destroyed.
class OneShotBody final : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray body, QObject* parent = nullptr);
    ~OneShotBody() override;

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 size() const override { return m_body.size(); }
    qint64 bytesAvailable() const override { return m_body.size() - m_position + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_position >= m_body.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_body;
    qint64 m_position = 0;
    bool m_wiped = false;
};

} // namespace saathi::eko
