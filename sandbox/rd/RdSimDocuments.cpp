// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "RdSimDocuments.h"

#include "sandbox/common/SimulatedPid.h"

#include <QRandomGenerator>

#include <algorithm>

namespace saathi::sandbox::rd::docs {

namespace {

using Attributes = QList<QPair<QString, QString>>;

// Attribute text as drivers write it: markup characters escaped, but a newline stays a raw byte (Morpho's
// qScore="59<LF>", rd-service.md §4.4), never "&#10;" as a serializer such as QXmlStreamWriter would write it.
QString escape(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&apos;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

// <name a="1" b="2"> (or "/>" when `close`), in the profile's quote and attribute order.
QString tag(const RdProfile& p, const QString& name, Attributes attrs, bool close)
{
    if (p.sortAttributes) {
        std::sort(attrs.begin(), attrs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    }
    QString out = QLatin1Char('<') + name;
    for (const auto& [key, value] : attrs) {
        out += QLatin1Char(' ') + key + QLatin1Char('=') + p.quote + escape(value) + p.quote;
    }
    out += close ? QStringLiteral("/>") : QStringLiteral(">");
    return out;
}

QString nl(const RdProfile& p, int indent = 0)
{
    return p.pretty ? QLatin1Char('\n') + QString(indent * 2, QLatin1Char(' ')) : QString();
}

QString prolog(const RdProfile& p)
{
    return p.prolog.isEmpty() ? QString() : p.prolog + (p.pretty ? QStringLiteral("\n") : QString());
}

QString withPort(QString path, quint16 port)
{
    return path.replace(QLatin1String("@port"), QString::number(port));
}

QString deviceInfoElement(const RdProfile& p, bool ready, const QDateTime& nowIst, int indent)
{
    // A not-ready device leaves dc and mc empty, as BioEnable's service does.
    const QByteArray cert = QByteArray("SAATHI-SIMULATED-DEVICE-CERTIFICATE|" + p.dc.toLatin1() + '|' + p.mi.toLatin1()
                                       + '|' + QByteArray::number(p.certDays) + "d|" + QByteArray(600, 'S'))
                                .toBase64();
    const Attributes attrs {
        {QStringLiteral("dpId"), p.dpId},     {QStringLiteral("rdsId"), p.rdsId},
        {QStringLiteral("rdsVer"), p.rdsVer}, {QStringLiteral("dc"), ready ? p.dc : QString()},
        {QStringLiteral("mi"), p.mi},         {QStringLiteral("mc"), ready ? QString::fromLatin1(cert) : QString()}};
    QString out = nl(p, indent) + tag(p, QStringLiteral("DeviceInfo"), attrs, false);
    out += nl(p, indent + 1) + QStringLiteral("<additional_info>");
    for (const auto& [name, value] : p.params) {
        const QString v = value == QLatin1String("@ts") ? nowIst.toString(Qt::ISODate) : value;
        out += nl(p, indent + 2)
            + tag(p, QStringLiteral("Param"), {{QStringLiteral("name"), name}, {QStringLiteral("value"), v}}, true);
    }
    out += nl(p, indent + 1) + QStringLiteral("</additional_info>") + nl(p, indent) + QStringLiteral("</DeviceInfo>");
    return out;
}

QString randomBase64(QRandomGenerator& rng, int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (auto& b : raw) {
        b = char(rng.bounded(256));
    }
    return QString::fromLatin1(raw.toBase64());
}

} // namespace

QByteArray rdService(const RdProfile& p, const QString& status, quint16 port)
{
    QString out = prolog(p)
        + tag(p, QStringLiteral("RDService"), {{QStringLiteral("status"), status}, {QStringLiteral("info"), p.info}},
              false);
    for (const auto& id : p.interfaceOrder) {
        const QString path = withPort(id == QLatin1String("CAPTURE") ? p.capturePath : p.deviceInfoPath, port);
        out += nl(p, 1)
            + tag(p, QStringLiteral("Interface"), {{QStringLiteral("id"), id}, {QStringLiteral("path"), path}}, true);
    }
    out += nl(p) + QStringLiteral("</RDService>");
    return out.toUtf8();
}

QByteArray deviceInfo(const RdProfile& p, bool ready, const QDateTime& nowIst)
{
    return (prolog(p) + deviceInfoElement(p, ready, nowIst, 0).trimmed()).toUtf8();
}

QByteArray pidData(const RdProfile& p, const Capture& c, QRandomGenerator& rng)
{
    const bool success = c.errCode == QLatin1String("0");
    Attributes root;
    if (p.rootNamespaces) {
        root = {{QStringLiteral("xmlns:xsi"), QStringLiteral("http://www.w3.org/2001/XMLSchema-instance")},
                {QStringLiteral("xmlns:xsd"), QStringLiteral("http://www.w3.org/2001/XMLSchema")}};
    }
    Attributes resp {{QStringLiteral("errCode"), c.errCode}, {QStringLiteral("errInfo"), c.errInfo}};
    if (success) {
        resp += {{QStringLiteral("fCount"), QString::number(c.fCount)},
                 {QStringLiteral("fType"), QString::number(c.fType)},
                 {QStringLiteral("nmPoints"), c.nmPoints},
                 {QStringLiteral("qScore"), c.qScore}};
        if (p.respTs) {
            resp.append({QStringLiteral("ts"), c.nowIst.toString(Qt::ISODate)});
        }
    }
    QString out = prolog(p) + tag(p, QStringLiteral("PidData"), root, false);
    for (const auto& element : p.pidOrder) {
        if (element == QLatin1String("Resp")) {
            out += nl(p, 1) + tag(p, QStringLiteral("Resp"), resp, true);
        } else if (!success) {
            continue; // failures carry Resp only
        } else if (element == QLatin1String("DeviceInfo")) {
            out += deviceInfoElement(p, true, c.nowIst, 1);
        } else if (element == QLatin1String("Skey")) {
            const QString ci = c.nowIst.date().addYears(2).toString(QStringLiteral("yyyyMMdd"));
            out += nl(p, 1) + tag(p, QStringLiteral("Skey"), {{QStringLiteral("ci"), ci}}, false)
                + randomBase64(rng, 256) + QStringLiteral("</Skey>");
        } else if (element == QLatin1String("Hmac")) {
            out += nl(p, 1) + QStringLiteral("<Hmac>") + randomBase64(rng, 48) + QStringLiteral("</Hmac>");
        } else if (element == QLatin1String("Data")) {
            SimulatedPidPayload payload;
            payload.timestamp = c.nowIst;
            payload.wadh = c.wadh;
            payload.fType = c.fType;
            payload.nonce = QByteArray::number(rng.generate64(), 16).rightJustified(16, '0')
                + QByteArray::number(rng.generate64(), 16).rightJustified(16, '0');
            out += nl(p, 1) + tag(p, QStringLiteral("Data"), {{QStringLiteral("type"), QStringLiteral("X")}}, false)
                + QString::fromLatin1(encodeSimulatedPidData(payload)) + QStringLiteral("</Data>");
        }
    }
    out += nl(p) + QStringLiteral("</PidData>");
    return out.toUtf8();
}

QByteArray malformed(const QByteArray& root)
{
    return "<?xml version=\"1.0\"?>\n<" + root + " status=\"READY\" errCode=\"0\"><Interface id=\"CAPTURE\" path="
        + "/rd/capture><Resp errCode='0'></" + root + ">";
}

QByteArray billionLaughs(const QByteArray& root)
{
    QByteArray dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n<!ENTITY lol \"lol\">\n";
    QByteArray previous = "lol";
    for (int i = 1; i <= 9; ++i) {
        const QByteArray name = "lol" + QByteArray::number(i);
        dtd += "<!ENTITY " + name + " \"" + QByteArray("&" + previous + ";").repeated(10) + "\">\n";
        previous = name;
    }
    return dtd + "]>\n<" + root + " status=\"READY\" info=\"&" + previous + ";\">&" + previous + ";</" + root + ">";
}

QByteArray quadraticBlowup(const QByteArray& root)
{
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [<!ENTITY a \"" + QByteArray(4000, 'A') + "\">]>\n<" + root
        + " status=\"READY\">" + QByteArray("&a;").repeated(10000) + "</" + root + ">";
}

QByteArray huge(const QByteArray& root, qsizetype bytes)
{
    const QByteArray open = "<?xml version=\"1.0\"?><" + root + " status=\"READY\" info=\"";
    const QByteArray close = "\"/>";
    return open + QByteArray(qMax<qsizetype>(0, bytes - open.size() - close.size()), 'x') + close;
}

} // namespace saathi::sandbox::rd::docs
