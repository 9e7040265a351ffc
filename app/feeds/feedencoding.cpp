#include "feedencoding.h"

#include "extract/charsetdetector.h"
#include "extract/textcodec.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace oqy::feeds {

namespace {

struct Sniffed
{
    QByteArray bomEncoding;
    qsizetype bomLength = 0;
};

Sniffed sniffBom(const QByteArray &d)
{
    auto starts = [&](std::initializer_list<unsigned char> bytes) {
        if (d.size() < qsizetype(bytes.size()))
            return false;
        qsizetype i = 0;
        for (unsigned char b : bytes)
            if (static_cast<unsigned char>(d[i++]) != b)
                return false;
        return true;
    };
    auto zeroAt2 = d.size() >= 4 && d[2] == 0 && d[3] == 0;
    if (starts({0x00, 0x00, 0xFE, 0xFF}))
        return {"utf-32be", 4};
    if (starts({0xFF, 0xFE, 0x00, 0x00}))
        return {"utf-32le", 4};
    if (starts({0xFE, 0xFF}) && !zeroAt2)
        return {"utf-16be", 2};
    if (starts({0xFF, 0xFE}) && !zeroAt2)
        return {"utf-16le", 2};
    if (starts({0xEF, 0xBB, 0xBF}))
        return {"utf-8", 3};
    // "<?xm" in encodings without a BOM (XML 1.0 appendix F).
    if (starts({0x4C, 0x6F, 0xA7, 0x94}))
        return {"cp037", 0};
    if (starts({0x00, 0x3C, 0x00, 0x3F}))
        return {"utf-16be", 0};
    if (starts({0x3C, 0x00, 0x3F, 0x00}))
        return {"utf-16le", 0};
    if (starts({0x00, 0x00, 0x00, 0x3C}))
        return {"utf-32be", 0};
    if (starts({0x3C, 0x00, 0x00, 0x00}))
        return {"utf-32le", 0};
    return {};
}

QByteArray declaredEncoding(const QByteArray &utf8Head)
{
    // Only a declaration on the document's first line counts, as in feedparser.
    static const QRegularExpression pi(QStringLiteral("^<\\?[^\\n]*encoding=['\"](.*?)['\"][^\\n]*\\?>"));
    const auto m = pi.match(QString::fromUtf8(utf8Head.left(512)));
    return m.hasMatch() ? m.captured(1).toLower().toUtf8() : QByteArray();
}

struct ContentType
{
    QString mediaType;
    QByteArray charset;
};

ContentType parseContentType(const QString &header)
{
    ContentType ct;
    const QStringList parts = header.split(QLatin1Char(';'));
    ct.mediaType = parts.value(0).trimmed().toLower();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString param = parts[i].trimmed();
        const qsizetype eq = param.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        if (param.left(eq).trimmed().compare(QLatin1String("charset"), Qt::CaseInsensitive) == 0) {
            QString value = param.mid(eq + 1).trimmed();
            value.remove(QLatin1Char('\'')).remove(QLatin1Char('"'));
            ct.charset = value.toLower().toUtf8();
        }
    }
    return ct;
}

const QByteArray Utf8Declaration = "<?xml version='1.0' encoding='utf-8'?>";

// Where the XML declaration of ASCII-compatible bytes ends (0 when there is none).
qsizetype declarationEnd(const QByteArray &bytes)
{
    if (!bytes.startsWith("<?xml"))
        return 0;
    const qsizetype end = bytes.indexOf("?>");
    return end >= 0 && bytes.left(end).indexOf('>') < 0 ? end + 2 : 0;
}

QByteArray replaceDeclaration(const QByteArray &utf8)
{
    const qsizetype end = declarationEnd(utf8);
    QByteArray out;
    out.reserve(utf8.size() + Utf8Declaration.size() + 1);
    out += Utf8Declaration;
    if (end == 0)
        out += '\n';
    out.append(utf8.constData() + end, utf8.size() - end);
    return out;
}

QByteArray normalisedName(QByteArray name)
{
    name = name.trimmed().toLower().replace('_', '-');
    if (name == "utf8")
        return "utf-8";
    if (name.startsWith("cp125"))
        return "windows-" + name.mid(2);
    if (name == "latin1" || name == "latin-1" || name == "iso8859-1")
        return "iso-8859-1";
    return name;
}

// Encodings libxml2 reads exactly as Oqy's converter does, so that handing it the raw bytes
// changes nothing.
bool passThroughSafe(const QByteArray &name)
{
    return name == "utf-8" || name.startsWith("windows-125") || name == "koi8-r" || name == "koi8-u"
           || name == "iso-8859-1" || name == "iso-8859-5" || name == "cp866" || name == "ibm866";
}

} // namespace

DecodedFeed decodeFeedBytes(const QByteArray &input, const FeedContext &context, bool convert)
{
    DecodedFeed result;
    const Sniffed sniffed = sniffBom(input);
    const QByteArray data = input.mid(sniffed.bomLength);

    QByteArray xmlEncoding;
    if (sniffed.bomEncoding.isEmpty()) {
        xmlEncoding = declaredEncoding(data);
    } else if (const auto head = convertToUtf8(data.left(1024 - (1024 % 4)), sniffed.bomEncoding)) {
        xmlEncoding = declaredEncoding(*head);
        static const QList<QByteArray> unicodeNames = {"u16", "utf-16", "utf16", "utf_16", "u32", "utf-32",
                                                        "utf32", "utf_32", "iso-10646-ucs-2",
                                                        "iso-10646-ucs-4", "csucs4", "csunicode",
                                                        "ucs-2", "ucs-4"};
        if (unicodeNames.contains(xmlEncoding))
            xmlEncoding = sniffed.bomEncoding;
    }

    const bool fromHttp = !context.url.isEmpty();
    const bool hasContentType = !context.contentType.isEmpty();
    const ContentType ct = parseContentType(context.contentType);
    bool xmlMediaType = false;
    QByteArray chosen;
    if (ct.mediaType == QLatin1String("application/xml") || ct.mediaType == QLatin1String("application/xml-dtd")
        || ct.mediaType == QLatin1String("application/xml-external-parsed-entity")
        || (ct.mediaType.startsWith(QLatin1String("application/")) && ct.mediaType.endsWith(QLatin1String("+xml")))) {
        xmlMediaType = true;
        chosen = !ct.charset.isEmpty() ? ct.charset : !xmlEncoding.isEmpty() ? xmlEncoding : QByteArray("utf-8");
    } else if (ct.mediaType == QLatin1String("text/xml") || ct.mediaType == QLatin1String("text/xml-external-parsed-entity")
               || (ct.mediaType.startsWith(QLatin1String("text/")) && ct.mediaType.endsWith(QLatin1String("+xml")))) {
        xmlMediaType = true;
        chosen = !ct.charset.isEmpty() ? ct.charset : QByteArray("us-ascii");
    } else if (ct.mediaType.startsWith(QLatin1String("text/"))) {
        chosen = !ct.charset.isEmpty() ? ct.charset : QByteArray("us-ascii");
    } else if (fromHttp && !hasContentType) {
        chosen = !xmlEncoding.isEmpty() ? xmlEncoding : QByteArray("iso-8859-1");
    } else {
        chosen = !xmlEncoding.isEmpty() ? xmlEncoding : QByteArray("utf-8");
    }
    if (chosen == "gb2312")
        chosen = "gb18030";
    if (xmlEncoding == "gb2312")
        xmlEncoding = "gb18030";

    if (fromHttp && !xmlMediaType) {
        result.bozo = true;
        result.bozoMessage = hasContentType
                                 ? QStringLiteral("%1 is not an XML media type").arg(context.contentType)
                                 : QStringLiteral("no Content-type specified");
    }

    if (!convert && !result.bozo) {
        // What libxml2 will use by itself: the BOM, else the declaration, else UTF-8.
        const QByteArray own = normalisedName(!sniffed.bomEncoding.isEmpty() ? sniffed.bomEncoding
                                              : !xmlEncoding.isEmpty()       ? xmlEncoding
                                                                             : QByteArray("utf-8"));
        if (own == normalisedName(chosen) && passThroughSafe(own)) {
            result.passThrough = true;
            result.encoding = QString::fromLatin1(chosen);
            return result;
        }
    }

    QList<QByteArray> tried;
    auto attempt = [&](const QByteArray &encoding) -> bool {
        if (encoding.isEmpty() || tried.contains(encoding))
            return false;
        tried.append(encoding);
        // ASCII-compatible encodings: convert what follows the old declaration straight after the
        // new one, in one buffer. UTF-16/32 documents are converted whole, then re-declared.
        const QByteArray lower = encoding.toLower();
        const bool asciiCompatible = lower.startsWith("windows-125") || lower.startsWith("cp125")
                                     || lower.startsWith("koi8") || lower.startsWith("iso-8859")
                                     || lower == "cp866" || lower == "us-ascii" || lower == "utf-8";
        if (asciiCompatible) {
            const qsizetype end = declarationEnd(data);
            const QByteArray prefix = end > 0 ? Utf8Declaration : Utf8Declaration + '\n';
            if (auto utf8 = convertToUtf8(QByteArrayView(data).sliced(end), encoding, prefix)) {
                result.utf8 = std::move(*utf8);
                result.encoding = QString::fromLatin1(encoding);
                return true;
            }
        } else if (auto utf8 = convertToUtf8(data, encoding)) {
            result.utf8 = replaceDeclaration(*utf8);
            result.encoding = QString::fromLatin1(encoding);
            return true;
        }
        return false;
    };
    for (const QByteArray &candidate : {chosen, xmlEncoding, sniffed.bomEncoding}) {
        if (attempt(candidate))
            break;
    }
    if (result.encoding.isEmpty()) {
        const QByteArray detected = detectCyrillicEncoding(data);
        for (const QByteArray &candidate : {detected, QByteArray("utf-8"), QByteArray("windows-1252"),
                                            QByteArray("iso-8859-2")}) {
            if (attempt(candidate))
                break;
        }
    }
    if (result.encoding.isEmpty()) {
        result.bozo = true;
        result.bozoMessage = QStringLiteral("document encoding unknown, tried %1")
                                 .arg(QString::fromLatin1(tried.join(", ")));
        result.utf8 = replaceDeclaration(QString::fromLatin1(data).toUtf8());
    } else if (result.encoding.toLatin1() != chosen) {
        result.bozo = true;
        result.bozoMessage = QStringLiteral("document declared as %1, but parsed as %2")
                                 .arg(QString::fromLatin1(chosen), result.encoding);
    }
    return result;
}

} // namespace oqy::feeds
