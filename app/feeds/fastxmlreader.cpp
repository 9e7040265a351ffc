#include "fastxmlreader.h"

#include "extract/utf8pairs.h"
#include "feedbuilder.h"
#include "xmltextscan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <cstring>
#include <string>

namespace oqy::feeds {

namespace {

const QByteArray XmlNamespace = "http://www.w3.org/XML/1998/namespace";
constexpr qsizetype MaxDepth = 64;

struct Binding
{
    QByteArray prefix;
    QByteArray uri;
};

struct Open
{
    const char *name;
    qsizetype nameLength;
    int id;
    qsizetype bindings; // size of the binding stack before this element
};

// Thrown inside the reader only, caught by fastParseFeed: "not for the fast path".
struct Bail
{
};

bool isNameStart(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

bool isNameChar(unsigned char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == ':';
}

bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

class Reader
{
public:
    Reader(const QByteArray &data, FeedBuilder &builder)
        : m_p(data.constData())
        , m_end(data.constData() + data.size())
        , m_builder(builder)
    {
    }

    void run()
    {
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3;
        if (startsWith("<?xml") && m_end - m_p > 5 && isSpace(static_cast<unsigned char>(m_p[5])))
            declaration();
        misc();
        if (m_p >= m_end || *m_p != '<')
            throw Bail();
        element();
        misc();
        if (m_p != m_end)
            throw Bail();
    }

private:
    bool startsWith(const char *s) const
    {
        const qsizetype n = qsizetype(std::strlen(s));
        return m_end - m_p >= n && std::memcmp(m_p, s, size_t(n)) == 0;
    }

    const char *find(const char *needle) const
    {
        const qsizetype n = qsizetype(std::strlen(needle));
        for (const char *q = m_p; m_end - q >= n; ++q) {
            q = static_cast<const char *>(std::memchr(q, needle[0], size_t(m_end - q)));
            if (!q || m_end - q < n)
                return nullptr;
            if (std::memcmp(q, needle, size_t(n)) == 0)
                return q;
        }
        return nullptr;
    }

    void skipSpace()
    {
        while (m_p < m_end && isSpace(static_cast<unsigned char>(*m_p)))
            ++m_p;
    }

    // <?xml version="1.0" encoding="…"?>: only UTF-8 documents come this way.
    void declaration()
    {
        const char *close = find("?>");
        if (!close)
            throw Bail();
        QByteArray decl(m_p, close - m_p);
        const qsizetype at = decl.indexOf("encoding");
        if (at >= 0) {
            QByteArray rest = decl.mid(at + 8).trimmed();
            if (!rest.startsWith('='))
                throw Bail();
            rest = rest.mid(1).trimmed();
            if (rest.isEmpty() || (rest[0] != '"' && rest[0] != '\''))
                throw Bail();
            const qsizetype end = rest.indexOf(rest[0], 1);
            const QByteArray encoding = rest.mid(1, end - 1).toLower();
            if (end < 0 || (encoding != "utf-8" && encoding != "utf8"))
                throw Bail();
        }
        m_p = close + 2;
    }

    // Comments, processing instructions and white space between elements.
    void misc()
    {
        while (true) {
            skipSpace();
            if (startsWith("<!--"))
                comment();
            else if (startsWith("<?"))
                processingInstruction();
            else
                return;
        }
    }

    void comment()
    {
        m_p += 4;
        const char *close = find("--");
        if (!close || m_end - close < 3 || close[2] != '>')
            throw Bail(); // "--" inside a comment is not XML
        m_p = close + 3;
    }

    void processingInstruction()
    {
        const char *close = find("?>");
        if (!close)
            throw Bail();
        m_p = close + 2;
    }

    // A name (possibly prefixed) at m_p.
    QByteArray qualifiedName()
    {
        const char *start = m_p;
        if (m_p >= m_end || !isNameStart(static_cast<unsigned char>(*m_p)))
            throw Bail();
        while (m_p < m_end && isNameChar(static_cast<unsigned char>(*m_p)))
            ++m_p;
        return QByteArray::fromRawData(start, m_p - start);
    }

    const QByteArray *lookup(const QByteArray &prefix) const
    {
        for (qsizetype i = m_bindings.size() - 1; i >= 0; --i)
            if (m_bindings[i].prefix == prefix)
                return m_bindings[i].uri.isEmpty() ? nullptr : &m_bindings[i].uri;
        return nullptr;
    }

    QString string(const QByteArray &bytes) // by value: a later insertion may rehash the table
    {
        auto it = m_strings.find(bytes);
        if (it == m_strings.end())
            it = m_strings.insert(QByteArray(bytes.constData(), bytes.size()), QString::fromUtf8(bytes));
        return *it;
    }

    // Looked up by the name as written (no allocation), then checked against the namespace in
    // scope: a document rarely binds one prefix to two URIs.
    int elementId(const QByteArray &qname, const QByteArray &uri, const QByteArray &prefix,
                  const QByteArray &local)
    {
        auto it = m_ids.find(qname);
        if (it != m_ids.end())
            for (const auto &[knownUri, id] : std::as_const(*it))
                if (knownUri == uri)
                    return id;
        const int id = m_builder.elementId(string(uri), string(prefix), string(local));
        if (it == m_ids.end())
            it = m_ids.insert(QByteArray(qname.constData(), qname.size()), {});
        it->append({uri, id});
        return id;
    }

    // Attribute value with references decoded and literal white space normalised, as XML says.
    QByteArray attributeValue()
    {
        if (m_p >= m_end || (*m_p != '"' && *m_p != '\''))
            throw Bail();
        const char quote = *m_p++;
        QByteArray value;
        while (true) {
            const char *start = m_p;
            while (m_p < m_end && *m_p != quote && *m_p != '&' && *m_p != '<') {
                const unsigned char c = static_cast<unsigned char>(*m_p);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    throw Bail();
                ++m_p;
            }
            value.append(start, m_p - start);
            if (m_p >= m_end || *m_p == '<')
                throw Bail();
            if (*m_p == quote) {
                ++m_p;
                break;
            }
            reference(value, true);
        }
        for (char &c : value)
            if (c == '\t' || c == '\n' || c == '\r')
                c = ' ';
        return value;
    }

    // &lt; &gt; &amp; &quot; &apos; &#…; — anything else needs a DTD: not for this reader.
    template<typename Bytes> // QByteArray or std::string
    void reference(Bytes &out, bool inAttribute)
    {
        const char *semicolon = static_cast<const char *>(std::memchr(m_p, ';', size_t(qMin<qsizetype>(m_end - m_p, 12))));
        if (!semicolon)
            throw Bail();
        const QByteArrayView name(m_p + 1, semicolon - m_p - 1);
        m_p = semicolon + 1;
        if (name == "lt")
            out += '<';
        else if (name == "gt")
            out += '>';
        else if (name == "amp")
            out += '&';
        else if (name == "quot")
            out += '"';
        else if (name == "apos")
            out += '\'';
        else if (name.startsWith('#')) {
            bool ok = false;
            const uint cp = name.startsWith("#x") ? name.sliced(2).toUInt(&ok, 16) : name.sliced(1).toUInt(&ok, 10);
            if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)
                || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r'))
                throw Bail();
            const char32_t c = cp;
            const QByteArray utf8 = QString::fromUcs4(&c, 1).toUtf8();
            out.append(utf8.constData(), utf8.size());
        } else {
            throw Bail();
        }
        Q_UNUSED(inAttribute)
    }

    void element()
    {
        ++m_p; // '<'
        const QByteArray qname = qualifiedName();
        const qsizetype bindingMark = m_bindings.size();
        struct RawAttribute
        {
            QByteArray name;
            QByteArray value;
        };
        QList<RawAttribute> raw;
        bool selfClosing = false;
        while (true) {
            const char *beforeSpace = m_p;
            skipSpace();
            if (m_p >= m_end)
                throw Bail();
            if (*m_p == '>') {
                ++m_p;
                break;
            }
            if (*m_p == '/') {
                if (m_end - m_p < 2 || m_p[1] != '>')
                    throw Bail();
                m_p += 2;
                selfClosing = true;
                break;
            }
            if (m_p == beforeSpace)
                throw Bail(); // attributes are separated by white space
            const QByteArray name = qualifiedName();
            skipSpace();
            if (m_p >= m_end || *m_p != '=')
                throw Bail();
            ++m_p;
            skipSpace();
            QByteArray value = attributeValue();
            if (name == "xmlns") {
                m_bindings.append({QByteArray(), value});
                m_builder.startNamespace(QString(), string(value));
            } else if (name.startsWith("xmlns:")) {
                if (value.isEmpty())
                    throw Bail();
                m_bindings.append({name.mid(6), value});
                m_builder.startNamespace(string(name.mid(6)), string(value));
            } else {
                for (const RawAttribute &a : std::as_const(raw))
                    if (a.name == name)
                        throw Bail(); // duplicate attribute
                raw.append({QByteArray(name.constData(), name.size()), std::move(value)});
            }
        }

        const qsizetype colon = qname.indexOf(':');
        const QByteArray prefix = colon < 0 ? QByteArray() : qname.left(colon);
        const QByteArray local = colon < 0 ? qname : qname.mid(colon + 1);
        QByteArray uri;
        if (!prefix.isEmpty()) {
            const QByteArray *bound = prefix == "xml" ? &XmlNamespace : lookup(prefix);
            if (!bound)
                throw Bail(); // unbound prefix: libxml2 reports it
            uri = *bound;
        } else if (const QByteArray *bound = lookup(QByteArray())) {
            uri = *bound;
        }
        QList<XmlAttribute> attributes;
        attributes.reserve(raw.size());
        for (const RawAttribute &a : std::as_const(raw)) {
            const qsizetype c = a.name.indexOf(':');
            QByteArray attrUri;
            QByteArray attrPrefix;
            QByteArray attrLocal = a.name;
            if (c >= 0) {
                attrPrefix = a.name.left(c);
                attrLocal = a.name.mid(c + 1);
                const QByteArray *bound = attrPrefix == "xml" ? &XmlNamespace : lookup(attrPrefix);
                if (!bound)
                    throw Bail();
                attrUri = *bound;
            }
            attributes.append({string(attrUri), string(attrPrefix), string(attrLocal), QString::fromUtf8(a.value)});
        }
        const int id = elementId(qname, uri, prefix, local);
        m_builder.startElement(id, attributes);
        if (selfClosing) {
            m_builder.endElement(id);
            m_bindings.resize(bindingMark);
            return;
        }
        m_open.append({qname.constData(), qname.size(), id, bindingMark});
        // Real feeds nest a few levels; a deep document is libxml2's (and its depth limit's) job.
        if (m_open.size() > MaxDepth)
            throw Bail();
        content();
    }

    // Everything up to and including the end tag of the innermost open element.
    void content()
    {
        const qsizetype depth = m_open.size();
        while (m_open.size() >= depth) {
            text();
            if (m_p >= m_end)
                throw Bail();
            // m_p is at '<'
            if (m_end - m_p > 1 && m_p[1] == '/') {
                m_p += 2;
                const Open &top = m_open.last();
                if (m_end - m_p < top.nameLength || std::memcmp(m_p, top.name, size_t(top.nameLength)) != 0)
                    throw Bail();
                m_p += top.nameLength;
                if (m_p < m_end && isNameChar(static_cast<unsigned char>(*m_p)))
                    throw Bail();
                skipSpace();
                if (m_p >= m_end || *m_p != '>')
                    throw Bail();
                ++m_p;
                m_builder.endElement(top.id);
                m_bindings.resize(top.bindings);
                m_open.removeLast();
            } else if (startsWith("<![CDATA[")) {
                m_p += 9;
                const char *close = find("]]>");
                if (!close)
                    throw Bail();
                characters(m_p, close, true);
                m_p = close + 3;
            } else if (startsWith("<!--")) {
                comment();
            } else if (startsWith("<?")) {
                processingInstruction();
            } else if (startsWith("<!")) {
                throw Bail();
            } else {
                element();
            }
        }
    }

    // Character data up to the next '<', with references decoded and line ends normalised.
    // A text without references or CRs is handed over as it stands in the input; one with them is
    // put together in m_decoded and handed over once (not a call per reference: escaped HTML
    // has two in every tag).
    void text()
    {
        bool decoding = false;
        m_decoded.clear();
        while (m_p < m_end && *m_p != '<') {
            // The scan runs on locals (the compiler keeps them in registers); m_p is written once.
            const char *const start = m_p;
            const auto *p = reinterpret_cast<const unsigned char *>(m_p);
            const auto *const end = reinterpret_cast<const unsigned char *>(m_end);
            while (p < end) {
                p = skipPlainText(p, end, true);
                if (p >= end)
                    break;
                const unsigned char c = *p;
                if (c >= 0x80) {
                    // Cyrillic is two bytes a letter: check those here, four at a time while
                    // they last, the rest in utf8Sequence().
                    if (end - p >= 8 && isFourTwoByteSequences(loadEightBytes(p))) {
                        p += 8;
                        while (end - p >= 8 && isFourTwoByteSequences(loadEightBytes(p)))
                            p += 8;
                        continue;
                    }
                    if (c >= 0xC2 && c <= 0xDF && end - p >= 2 && (p[1] & 0xC0) == 0x80) {
                        p += 2;
                        continue;
                    }
                    p += utf8Sequence(reinterpret_cast<const char *>(p));
                    continue;
                }
                if (c >= 0x20) {
                    if (c == '<' || c == '&' || c == ']')
                        break;
                    ++p;
                    continue;
                }
                if (c == '\r')
                    break;
                if (c != '\t' && c != '\n')
                    throw Bail();
                ++p;
            }
            m_p = reinterpret_cast<const char *>(p);
            const bool atEnd = m_p >= m_end || *m_p == '<';
            if (atEnd && !decoding) {
                if (m_p > start)
                    m_builder.characters(start, m_p - start);
                return;
            }
            decoding = true;
            m_decoded.append(start, size_t(m_p - start));
            if (atEnd)
                break;
            if (*m_p == '&') {
                reference(m_decoded, false);
            } else if (*m_p == '\r') {
                // CR LF and a lone CR both end a line as LF.
                ++m_p;
                if (m_p < m_end && *m_p == '\n')
                    ++m_p;
                m_decoded += '\n';
            } else { // ']'
                if (startsWith("]]>"))
                    throw Bail();
                m_decoded += ']';
                ++m_p;
            }
        }
        if (!m_decoded.empty())
            m_builder.characters(m_decoded.data(), qsizetype(m_decoded.size()));
    }

    // CDATA: delivered as it is, but for line ends and UTF-8 validity.
    void characters(const char *from, const char *to, bool)
    {
        const char *start = from;
        const auto *q = reinterpret_cast<const unsigned char *>(from);
        const auto *const end = reinterpret_cast<const unsigned char *>(to);
        while (q < end) {
            q = skipPlainText(q, end, false);
            if (q >= end)
                break;
            const unsigned char c = *q;
            if (c >= 0x20 && c < 0x80) {
                ++q;
                continue;
            }
            if (c >= 0x80) {
                // Letters: four two-byte ones at a time, as in text().
                if (end - q >= 8 && isFourTwoByteSequences(loadEightBytes(q)))
                    q += 8;
                else
                    q += utf8Sequence(reinterpret_cast<const char *>(q));
                continue;
            }
            if (c == '\r') {
                const char *at = reinterpret_cast<const char *>(q);
                if (at > start)
                    m_builder.characters(start, at - start);
                m_builder.characters("\n", 1);
                ++q;
                if (q < end && *q == '\n')
                    ++q;
                start = reinterpret_cast<const char *>(q);
                continue;
            }
            if (c != '\t' && c != '\n')
                throw Bail();
            ++q;
        }
        const char *stop = reinterpret_cast<const char *>(q);
        if (stop > start)
            m_builder.characters(start, stop - start);
    }

    // Length of the well-formed UTF-8 sequence at p (lead byte ≥ 0x80); bails on anything else.
    qsizetype utf8Sequence(const char *p) const
    {
        const auto *u = reinterpret_cast<const unsigned char *>(p);
        const qsizetype left = m_end - p;
        if (u[0] >= 0xC2 && u[0] <= 0xDF) {
            if (left >= 2 && (u[1] & 0xC0) == 0x80)
                return 2;
        } else if (u[0] >= 0xE0 && u[0] <= 0xEF) {
            if (left >= 3 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80
                && !(u[0] == 0xE0 && u[1] < 0xA0) && !(u[0] == 0xED && u[1] >= 0xA0)
                && !(u[0] == 0xEF && u[1] == 0xBF && u[2] >= 0xBE)) // U+FFFE/FFFF are not characters
                return 3;
        } else if (u[0] >= 0xF0 && u[0] <= 0xF4) {
            if (left >= 4 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80 && (u[3] & 0xC0) == 0x80
                && !(u[0] == 0xF0 && u[1] < 0x90) && !(u[0] == 0xF4 && u[1] >= 0x90))
                return 4;
        }
        throw Bail();
    }

    const char *m_p;
    const char *m_end;
    FeedBuilder &m_builder;
    QList<Binding> m_bindings;
    QList<Open> m_open;
    QHash<QByteArray, QString> m_strings;
    std::string m_decoded; // a text with its references decoded; reused, so its buffer is too
    QHash<QByteArray, QList<QPair<QByteArray, int>>> m_ids;
};

} // namespace

bool fastParseFeed(const QByteArray &utf8, FeedBuilder &builder)
{
    try {
        Reader(utf8, builder).run();
        return true;
    } catch (const Bail &) {
        return false;
    }
}

} // namespace oqy::feeds
