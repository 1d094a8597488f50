// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// A hostile local RD service cannot stall the UI thread (issue #13): its 1 MiB PidData with 70,000 attributes is
// parsed on a worker, refused by the linear pre-scan, and the capture ends with a clear error while the event loop
// keeps turning.
#include "HostileXml.h"
#include "RdTestSupport.h"
#include "rd_service/RdJobs.h"
#include "rd_service/RdServiceDevice.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace saathi;
using namespace saathi::device;

namespace {
// Answers every request on its port with one canned HTTP 200 body, as a hostile RD service would.
class CannedRdService : public QObject
{
public:
    explicit CannedRdService(QByteArray body)
        : m_body(std::move(body))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().isEmpty() && socket->property("answered").isNull()) {
                        socket->setProperty("answered", true);
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nConnection: close\r\n"
                                      "Content-Length: "
                                      + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    QByteArray m_body;
};
} // namespace

class TestRdCaptureOffThread : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seventyThousandAttributesEndTheCaptureWithoutBlockingTheEventLoop()
    {
        const QByteArray hostile = test::manyAttributesPid(70000, 1024 * 1024);
        CannedRdService service(hostile);
        QVERIFY(service.listen());
        QNetworkAccessManager nam;
        rd::RdServiceDevice device(&nam, {});
        CaptureOptions options;
        options.timeoutMs = 10000; // the capture's deadline, as the counter asks it

        // Event-loop turns counted while the capture is in flight: a parse on this thread would freeze them.
        int ticks = 0;
        QTimer tick;
        tick.setInterval(0);
        connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });

        CaptureJob* job = device.capture(test::serviceAt(service.port(), QStringLiteral("/capture")), options);
        auto* rdJob = qobject_cast<rd::RdCaptureJob*>(job);
        QVERIFY(rdJob);
        std::optional<CaptureResult> result;
        int finishedCount = 0;
        test::collect(job, &result, &finishedCount);
        int ticksAtFinish = -1;
        qsizetype offThread = -1; // read while the job lives: it deletes itself after finished()
        connect(job, &CaptureJob::finished, this, [&] {
            ticksAtFinish = ticks;
            offThread = rdJob->bytesParsedOffThread();
        });
        tick.start();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), options.timeoutMs);
        tick.stop();

        QCOMPARE(finishedCount, 1);
        QCOMPARE(result->error.code, QStringLiteral("rd.bad_xml"));
        QVERIFY2(result->error.detail.contains(QLatin1String("attributes")), qPrintable(result->error.detail));
        QVERIFY(!result->error.userMessage.isEmpty());
        QVERIFY(result->pid.pidXml.isEmpty());
        QCOMPARE(offThread, hostile.size()); // the whole answer went to the worker
        QVERIFY(ticksAtFinish > 0); // the loop kept turning while the answer arrived and was parsed
    }

    // A good answer still comes back whole, through the worker, on this thread.
    void aGoodAnswerIsParsedOffThreadAndDeliveredHere()
    {
        const QByteArray good = test::benignPid(200 * 1024);
        CannedRdService service(good);
        QVERIFY(service.listen());
        QNetworkAccessManager nam;
        rd::RdServiceDevice device(&nam, {});
        CaptureJob* job = device.capture(test::serviceAt(service.port(), QStringLiteral("/capture")), {});
        auto* rdJob = qobject_cast<rd::RdCaptureJob*>(job);
        QVERIFY(rdJob);
        QThread* deliveredOn = nullptr;
        qsizetype offThread = -1;
        std::optional<CaptureResult> result;
        connect(job, &CaptureJob::finished, this, [&](const CaptureResult& r) {
            deliveredOn = QThread::currentThread();
            offThread = rdJob->bytesParsedOffThread();
            result = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY2(result->error.isNull(), qPrintable(result->error.detail));
        QCOMPARE(result->pid.pidXml.toByteArray(), good);
        QCOMPARE(deliveredOn, thread());
        QCOMPARE(offThread, good.size());
    }
};

QTEST_GUILESS_MAIN(TestRdCaptureOffThread)
#include "TestRdCaptureOffThread.moc"
