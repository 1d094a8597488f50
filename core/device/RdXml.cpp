// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/device/RdXml.h"

#include "core/crypto/SecureBytes.h"
#include "core/device/DeviceErrors.h"

#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <functional>

namespace saathi::device::rdxml {

namespace {

struct Handlers
{
    std::function<void(const QXmlStreamReader&, const QStringList& stack)> onStart;
    std::function<void(const QStringList& stack, QStringView text)> onText;
};

// Skips a UTF-8 BOM and whitespace before the first '<' (drivers send leading CR/LF, §11 case 15).
QByteArrayView trimLeading(QByteArrayView xml)
{
    if (xml.startsWith("\xEF\xBB\xBF")) {
        xml = xml.sliced(3);
    }
    while (!xml.isEmpty()
           && (xml.front() == ' ' || xml.front() == '\t' || xml.front() == '\r' || xml.front() == '\n')) {
        xml = xml.sliced(1);
    }
    return xml;
}

} // namespace

Error prescan(QByteArrayView xml, qsizetype* steps)
{
    int elements = 0;
    int attributes = 0;
    int inElement = 0;
    bool inTag = false;
    char quote = 0;
    qsizetype i = 0;
    Error error;
    for (; i < xml.size() && error.isNull(); ++i) {
        const char c = xml[i];
        if (quote != 0) {
            quote = c == quote ? 0 : quote;
        } else if (!inTag) {
            if (c == '<' && i + 1 < xml.size() && xml[i + 1] != '/' && xml[i + 1] != '?' && xml[i + 1] != '!') {
                inTag = true;
                inElement = 0;
                if (++elements > kMaxElements) {
                    error = makeError(codes::kBadXml, QStringLiteral("more than %1 elements").arg(kMaxElements));
                }
            }
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            inTag = false;
        } else if (c == '=') {
            if (++inElement > kMaxAttributesPerElement) {
                error = makeError(
                    codes::kBadXml,
                    QStringLiteral("an element with more than %1 attributes").arg(kMaxAttributesPerElement));
            } else if (++attributes > kMaxAttributes) {
                error = makeError(codes::kBadXml, QStringLiteral("more than %1 attributes").arg(kMaxAttributes));
            }
        }
    }
    if (steps) {
        *steps = i;
    }
    return error;
}

namespace {

// Walks a document with the safe settings: size cap, any DTD or entity reference aborts, bounded depth,
// exactly one root with the expected (case-insensitive) name.
Error walk(QByteArrayView raw, qsizetype cap, QLatin1String root, const Handlers& handlers)
{
    if (raw.size() > cap) {
        return makeError(codes::kTooLarge, QStringLiteral("document of %1 bytes (cap %2)").arg(raw.size()).arg(cap));
    }
    const QByteArrayView xml = trimLeading(raw);
    if (xml.isEmpty()) {
        return makeError(codes::kBadXml, QStringLiteral("empty answer"));
    }
    if (Error tooMany = prescan(xml); !tooMany.isNull()) {
        return tooMany;
    }
    // The reader's copy may hold a PID: wiped when this function returns, after the reader has let go of it.
    struct WipeOnExit
    {
        QByteArray bytes;
        ~WipeOnExit() { secureWipe(bytes); }
    } copy {xml.toByteArray()};
    QXmlStreamReader reader(copy.bytes);
    QStringList stack;
    bool sawRoot = false;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            return makeError(codes::kBadXml, QStringLiteral("document has a DTD (refused: entity expansion attacks)"));
        case QXmlStreamReader::EntityReference:
            return makeError(codes::kBadXml, QStringLiteral("document references an entity (refused)"));
        case QXmlStreamReader::StartElement:
            if (stack.isEmpty()) {
                if (sawRoot) {
                    return makeError(codes::kBadXml, QStringLiteral("more than one root element"));
                }
                if (reader.name().compare(root, Qt::CaseInsensitive) != 0) {
                    return makeError(
                        codes::kBadXml,
                        QStringLiteral("expected <%1>, got <%2>").arg(root, reader.name().left(40).toString()));
                }
                sawRoot = true;
            }
            stack.append(reader.name().toString());
            if (stack.size() > kMaxDepth) {
                return makeError(codes::kBadXml, QStringLiteral("nesting deeper than %1").arg(kMaxDepth));
            }
            if (handlers.onStart) {
                handlers.onStart(reader, stack);
            }
            break;
        case QXmlStreamReader::EndElement:
            if (!stack.isEmpty()) {
                stack.removeLast();
            }
            break;
        case QXmlStreamReader::Characters:
            if (handlers.onText && !stack.isEmpty() && !reader.isWhitespace()) {
                handlers.onText(stack, reader.text());
            }
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        const bool truncated = reader.error() == QXmlStreamReader::PrematureEndOfDocumentError;
        return makeError(codes::kBadXml,
                         QStringLiteral("%1 at line %2: %3")
                             .arg(truncated ? QStringLiteral("truncated") : QStringLiteral("malformed"))
                             .arg(reader.lineNumber())
                             .arg(reader.errorString().left(120)));
    }
    if (!sawRoot) {
        return makeError(codes::kBadXml, QStringLiteral("no root element"));
    }
    return {};
}

QString attr(const QXmlStreamReader& reader, QLatin1String name)
{
    for (const auto& a : reader.attributes()) {
        if (a.name().compare(name, Qt::CaseInsensitive) == 0) {
            return a.value().toString();
        }
    }
    return {};
}

bool hasAttr(const QXmlStreamReader& reader, QLatin1String name)
{
    for (const auto& a : reader.attributes()) {
        if (a.name().compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

int toInt(const QString& text)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    return ok ? v : -1;
}

bool is(const QString& a, QLatin1String b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// DeviceInfo attributes and its Param children, wherever DeviceInfo sits (root or inside PidData).
void readDeviceInfo(const QXmlStreamReader& r, const QStringList& stack, DeviceInfo* info)
{
    const QString& name = stack.constLast();
    if (is(name, QLatin1String("DeviceInfo"))) {
        info->dpId = attr(r, QLatin1String("dpId")).trimmed();
        info->rdsId = attr(r, QLatin1String("rdsId")).trimmed();
        info->rdsVer = attr(r, QLatin1String("rdsVer")).trimmed();
        info->dc = attr(r, QLatin1String("dc")).trimmed();
        info->mi = attr(r, QLatin1String("mi")).trimmed();
        info->mc = attr(r, QLatin1String("mc")).trimmed();
    } else if (is(name, QLatin1String("Param")) && info->params.size() < 64) {
        info->params.append({attr(r, QLatin1String("name")).trimmed(), attr(r, QLatin1String("value")).trimmed()});
    }
}

bool inside(const QStringList& stack, QLatin1String element)
{
    for (const auto& s : stack) {
        if (is(s, element)) {
            return true;
        }
    }
    return false;
}

bool isLoopbackAuthority(QString authority)
{
    if (authority.contains(QLatin1Char('@'))) {
        return false;
    }
    if (authority.startsWith(QLatin1Char('['))) {
        return authority.startsWith(QLatin1String("[::1]"));
    }
    authority = authority.section(QLatin1Char(':'), 0, 0).toLower();
    static const QRegularExpression v4(QStringLiteral("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    return authority == QLatin1String("localhost") || v4.match(authority).hasMatch();
}

} // namespace

Result<RdServiceInfo> parseRdService(QByteArrayView xml)
{
    RdServiceInfo info;
    bool sawStatus = false;
    Handlers h;
    h.onStart = [&](const QXmlStreamReader& r, const QStringList& stack) {
        if (stack.size() == 1) {
            sawStatus = hasAttr(r, QLatin1String("status"));
            info.status = parseStatus(attr(r, QLatin1String("status")));
            info.info = attr(r, QLatin1String("info")).simplified().left(200);
        } else if (stack.size() == 2 && is(stack.constLast(), QLatin1String("Interface"))) {
            const QString id = attr(r, QLatin1String("id")).trimmed().toUpper();
            const auto path = sanitiseInterfacePath(attr(r, QLatin1String("path")));
            if (!path) {
                return; // hostile or broken path: as if the interface were not advertised
            }
            if ((id == QLatin1String("CAPTURE") || id == QLatin1String("PROCESS_CALL")) && info.capturePath.isEmpty()) {
                info.capturePath = *path;
            } else if ((id == QLatin1String("DEVICEINFO") || id == QLatin1String("INFO"))
                       && info.deviceInfoPath.isEmpty()) {
                info.deviceInfoPath = *path;
            }
        }
    };
    const Error error = walk(xml, kMaxServiceDocBytes, QLatin1String("RDService"), h);
    if (!error.isNull()) {
        return error;
    }
    if (!sawStatus) {
        return makeError(codes::kBadXml, QStringLiteral("RDService without status"));
    }
    return info;
}

Result<DeviceInfo> parseDeviceInfo(QByteArrayView xml)
{
    DeviceInfo info;
    Handlers h;
    h.onStart = [&](const QXmlStreamReader& r, const QStringList& stack) { readDeviceInfo(r, stack, &info); };
    const Error error = walk(xml, kMaxServiceDocBytes, QLatin1String("DeviceInfo"), h);
    if (!error.isNull()) {
        return error;
    }
    return info;
}

Result<PidData> parsePidData(QByteArrayView xml)
{
    PidData pid;
    int respCount = 0;
    bool sawErrCode = false;
    Handlers h;
    h.onStart = [&](const QXmlStreamReader& r, const QStringList& stack) {
        const QString& name = stack.constLast();
        if (stack.size() == 2 && is(name, QLatin1String("Resp"))) {
            ++respCount;
            sawErrCode = hasAttr(r, QLatin1String("errCode"));
            pid.errCode = attr(r, QLatin1String("errCode")).trimmed().left(32);
            pid.errInfo = attr(r, QLatin1String("errInfo")).simplified().left(300);
            pid.fCount = toInt(attr(r, QLatin1String("fCount")));
            pid.fType = toInt(attr(r, QLatin1String("fType")));
            pid.qScoreText = attr(r, QLatin1String("qScore")).simplified().left(64);
            pid.nmPointsText = attr(r, QLatin1String("nmPoints")).simplified().left(64);
        } else if (inside(stack, QLatin1String("DeviceInfo"))) {
            readDeviceInfo(r, stack, &pid.device);
        } else if (stack.size() == 2 && is(name, QLatin1String("Skey"))) {
            pid.skeyCi = attr(r, QLatin1String("ci")).trimmed().left(16);
        } else if (stack.size() == 2 && is(name, QLatin1String("Data"))) {
            pid.dataType = attr(r, QLatin1String("type")).trimmed().left(4);
        }
    };
    h.onText = [&](const QStringList& stack, QStringView) {
        if (stack.size() != 2) {
            return;
        }
        const QString& name = stack.constLast();
        pid.hasSkey = pid.hasSkey || is(name, QLatin1String("Skey"));
        pid.hasHmac = pid.hasHmac || is(name, QLatin1String("Hmac"));
        pid.hasData = pid.hasData || is(name, QLatin1String("Data"));
    };
    const Error error = walk(xml, kMaxPidDocBytes, QLatin1String("PidData"), h);
    if (!error.isNull()) {
        return error;
    }
    if (respCount != 1 || !sawErrCode) {
        return makeError(codes::kBadXml,
                         respCount > 1 ? QStringLiteral("PidData with %1 Resp elements").arg(respCount)
                                       : QStringLiteral("PidData without Resp@errCode"));
    }
    if (pid.isSuccess()) {
        QStringList missing;
        if (!pid.hasSkey) {
            missing << QStringLiteral("Skey");
        }
        if (!pid.hasHmac) {
            missing << QStringLiteral("Hmac");
        }
        if (!pid.hasData || pid.dataType.compare(QLatin1String("X"), Qt::CaseInsensitive) != 0) {
            missing << QStringLiteral("Data type=X");
        }
        if (pid.device.mc.isEmpty() || pid.device.dpId.isEmpty() || pid.device.rdsId.isEmpty()) {
            missing << QStringLiteral("DeviceInfo mc/dpId/rdsId");
        }
        if (!missing.isEmpty()) {
            return makeError(codes::kIncompletePid,
                             QStringLiteral("successful PidData lacks %1").arg(missing.join(QStringLiteral(", "))));
        }
        pid.pidXml = SecureBytes(xml);
    }
    return pid;
}

std::optional<QString> sanitiseInterfacePath(const QString& raw)
{
    if (raw.size() > 512) {
        return std::nullopt;
    }
    QString s;
    s.reserve(raw.size());
    for (const QChar c : raw) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            continue;
        }
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f) {
            return std::nullopt;
        }
        s.append(c);
    }
    if (s.isEmpty()) {
        return std::nullopt;
    }
    static const QRegularExpression withScheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://([^/]*)(.*)$"));
    static const QRegularExpression hostSegment(
        QStringLiteral("^/?((\\d{1,3}(\\.\\d{1,3}){3}|localhost|\\[[0-9A-Fa-f:]+\\])(:\\d{1,5})?)(/.*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = withScheme.match(s); m.hasMatch()) {
        const QString scheme = m.captured(1).toLower();
        if ((scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            || !isLoopbackAuthority(m.captured(2))) {
            return std::nullopt;
        }
        s = m.captured(3);
    } else if (s.startsWith(QLatin1String("//"))) {
        const QString authority = s.mid(2).section(QLatin1Char('/'), 0, 0);
        const bool hostLike = authority.contains(QLatin1Char('.')) || authority.contains(QLatin1Char(':'))
            || authority.contains(QLatin1Char('@')) || is(authority, QLatin1String("localhost"));
        if (hostLike) {
            if (!isLoopbackAuthority(authority)) {
                return std::nullopt;
            }
            s = s.mid(2 + authority.size());
        }
    } else if (const auto hm = hostSegment.match(s); hm.hasMatch()) {
        if (!isLoopbackAuthority(hm.captured(1))) {
            return std::nullopt;
        }
        s = hm.captured(5);
    }
    static const QRegularExpression slashes(QStringLiteral("/{2,}"));
    s.replace(slashes, QStringLiteral("/"));
    if (!s.startsWith(QLatin1Char('/'))) {
        s.prepend(QLatin1Char('/'));
    }
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._~!$&'()*+,;=:@%/-]+$"));
    if (!allowed.match(s).hasMatch() || s.split(QLatin1Char('/')).contains(QLatin1String(".."))) {
        return std::nullopt;
    }
    return s;
}

QByteArray buildPidOptions(const CaptureOptions& o)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument(QStringLiteral("1.0"));
    w.writeStartElement(QStringLiteral("PidOptions"));
    w.writeAttribute(QStringLiteral("ver"), QStringLiteral("1.0"));
    w.writeStartElement(QStringLiteral("Opts"));
    w.writeAttribute(QStringLiteral("fCount"), QString::number(o.fingerCount));
    w.writeAttribute(QStringLiteral("fType"), QString::number(o.fingerType));
    w.writeAttribute(QStringLiteral("iCount"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("pCount"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("format"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("pidVer"), QStringLiteral("2.0"));
    w.writeAttribute(QStringLiteral("timeout"), QString::number(o.timeoutMs));
    w.writeAttribute(QStringLiteral("posh"), o.posh);
    w.writeAttribute(QStringLiteral("env"), o.env);
    if (!o.wadh.isEmpty()) {
        w.writeAttribute(QStringLiteral("wadh"), o.wadh);
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

Result<QMap<QString, QString>> parsePidOptions(QByteArrayView xml)
{
    QMap<QString, QString> opts;
    Handlers h;
    h.onStart = [&](const QXmlStreamReader& r, const QStringList& stack) {
        if (stack.size() == 2 && is(stack.constLast(), QLatin1String("Opts"))) {
            for (const auto& a : r.attributes()) {
                opts.insert(a.name().toString(), a.value().toString());
            }
        }
    };
    const Error error = walk(xml, kMaxServiceDocBytes, QLatin1String("PidOptions"), h);
    if (!error.isNull()) {
        return error;
    }
    return opts;
}

} // namespace saathi::device::rdxml
