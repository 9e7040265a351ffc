#include "feedbuilder.h"

#include "dateparser.h"
#include "extract/htmlentities.h"
#include "extract/htmlsanitizer.h"
#include "extract/textcodec.h"
#include "namespaces.h"
#include "urljoin.h"

#include <QRegularExpression>
#include <QSet>

namespace oqy::feeds {

namespace {

// Elements whose text is a URI to resolve against xml:base (feedparser's can_be_relative_uri).
bool canBeRelativeUri(const QString &element)
{
    static const QSet<QString> names = {
        QStringLiteral("link"),      QStringLiteral("id"),       QStringLiteral("wfw:comment"),
        QStringLiteral("wfw:commentrss"), QStringLiteral("docs"), QStringLiteral("url"),
        QStringLiteral("href"),      QStringLiteral("comments"), QStringLiteral("icon"),
        QStringLiteral("logo")};
    return names.contains(element);
}

// Elements that may carry markup, which is sanitised and has its URIs resolved.
bool canContainMarkup(const QString &element)
{
    static const QSet<QString> names = {
        QStringLiteral("content"),  QStringLiteral("title"),    QStringLiteral("summary"),
        QStringLiteral("info"),     QStringLiteral("tagline"),  QStringLiteral("subtitle"),
        QStringLiteral("copyright"), QStringLiteral("rights"),  QStringLiteral("description")};
    return names.contains(element);
}

QString xmlEscape(const QString &text, bool quote)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"':
            if (quote) {
                out += QLatin1String("&quot;");
                break;
            }
            Q_FALLTHROUGH();
        default: out += c;
        }
    }
    return out;
}

// feedparser's heuristic for RSS text that is really HTML: a close tag or an entity reference,
// and nothing but ordinary HTML elements.
bool looksLikeHtml(const QString &s)
{
    if (!s.contains(QLatin1Char('<')) && !s.contains(QLatin1Char('&')))
        return false;
    static const QRegularExpression closeTag(QStringLiteral("</(\\w+)>"));
    static const QRegularExpression entity(QStringLiteral("&#?\\w+;"));
    static const QRegularExpression anyTag(QStringLiteral("</?(\\w+)"));
    static const QRegularExpression namedEntity(QStringLiteral("&(\\w+);"));
    static const QSet<QString> htmlElements = [] {
        QSet<QString> set;
        for (const char *n :
             {"a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "big",
              "blockquote", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
              "colgroup", "command", "datagrid", "datalist", "dd", "del", "details", "dfn",
              "dialog", "dir", "div", "dl", "dt", "em", "event-source", "fieldset", "figcaption",
              "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
              "i", "img", "input", "ins", "kbd", "keygen", "label", "legend", "li", "m", "map",
              "menu", "meter", "multicol", "nav", "nextid", "noscript", "ol", "optgroup", "option",
              "output", "p", "pre", "progress", "q", "s", "samp", "section", "select", "small",
              "sound", "source", "spacer", "span", "strike", "strong", "sub", "sup", "table",
              "tbody", "td", "textarea", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul",
              "var", "video"})
            set.insert(QString::fromLatin1(n));
        return set;
    }();
    if (!closeTag.match(s).hasMatch() && !entity.match(s).hasMatch())
        return false;
    for (auto it = anyTag.globalMatch(s); it.hasNext();)
        if (!htmlElements.contains(it.next().captured(1).toLower()))
            return false;
    for (auto it = namedEntity.globalMatch(s); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (name != QLatin1String("apos") && !oqy::htmlEntityCodePoint(name))
            return false;
    }
    return true;
}

} // namespace

// Two repairs feedparser makes to every value: UTF-8 that was decoded as Latin-1 somewhere upstream
// ("â€¦" for "…") is decoded again, and C1 control characters, which are always Windows-1252
// punctuation in disguise (\x92 for ’), become that punctuation.
QString repairMisdecodedText(QString text)
{
    // One pass to learn what is needed: most text is Cyrillic and needs nothing.
    bool latin1Only = true;
    bool hasHigh = false;
    bool hasC1 = false;
    for (const QChar c : std::as_const(text)) {
        const char16_t u = c.unicode();
        latin1Only = latin1Only && u <= 0xFF;
        hasHigh = hasHigh || u >= 0x80;
        hasC1 = hasC1 || (u >= 0x80 && u <= 0x9F);
    }
    if (latin1Only && hasHigh) {
        const QByteArray bytes = text.toLatin1();
        if (isValidUtf8(bytes)) {
            text = QString::fromUtf8(bytes);
            hasC1 = false;
            for (const QChar c : std::as_const(text))
                hasC1 = hasC1 || (c.unicode() >= 0x80 && c.unicode() <= 0x9F);
        }
    }
    if (!hasC1)
        return text;
    static const char16_t cp1252[32] = {
        0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    for (QChar &c : text)
        if (c.unicode() >= 0x80 && c.unicode() <= 0x9F)
            c = QChar(cp1252[c.unicode() - 0x80]);
    return text;
}

FeedBuilder::FeedBuilder(const FeedContext &context)
    : m_context(context)
{
    const QString href = context.url.toString();
    QString base;
    if (!context.contentLocation.isEmpty()) {
        base = safeAbsoluteUrl(href, context.contentLocation);
        if (base.isEmpty())
            base = safeAbsoluteUrl(context.contentLocation, {});
    }
    m_baseUri = base.isEmpty() ? href : base;
    if (!context.contentLanguage.isEmpty()) {
        m_lang = context.contentLanguage;
        m_doc.feed.language = m_lang.replace(QLatin1Char('_'), QLatin1Char('-'));
    }
}

FeedDocument FeedBuilder::take()
{
    return std::move(m_doc);
}

QString FeedBuilder::canonicalPrefix(const QString &namespaceUri, const QString &documentPrefix) const
{
    if (namespaceUri.isEmpty())
        return documentPrefix.toLower();
    if (const auto prefix = canonicalNamespacePrefix(namespaceUri))
        return *prefix;
    return documentPrefix.toLower();
}

void FeedBuilder::startNamespace(const QString &prefix, const QString &uri)
{
    if (uri.isEmpty())
        return;
    const QString lower = uri.toLower();
    if (m_doc.version.isEmpty()) {
        if (prefix.isEmpty() && lower == QLatin1String("http://my.netscape.com/rdf/simple/0.9/"))
            m_doc.version = QStringLiteral("rss090");
        else if (lower == QLatin1String("http://purl.org/rss/1.0/"))
            m_doc.version = QStringLiteral("rss10");
        else if (lower == QLatin1String("http://www.w3.org/2005/atom"))
            m_doc.version = QStringLiteral("atom10");
    }
    if (const auto canonical = canonicalNamespacePrefix(uri))
        m_namespacesInUse.insert(*canonical, uri);
    else
        m_namespacesInUse.insert(prefix, uri);
}

QString FeedBuilder::resolveUri(const QString &uri) const
{
    return urlJoin(m_baseUri, uri);
}

QString FeedBuilder::mapContentType(QString type)
{
    type = type.toLower();
    if (type == QLatin1String("text") || type == QLatin1String("plain"))
        return QStringLiteral("text/plain");
    if (type == QLatin1String("html"))
        return QStringLiteral("text/html");
    if (type == QLatin1String("xhtml"))
        return QStringLiteral("application/xhtml+xml");
    return type;
}

bool FeedBuilder::isHtmlType(const QString &type) const
{
    return type == QLatin1String("text/html") || type == QLatin1String("application/xhtml+xml");
}

int FeedBuilder::elementId(const QString &namespaceUri, const QString &prefix, const QString &localName)
{
    const QString key = namespaceUri + QLatin1Char('\n') + prefix + QLatin1Char('\n') + localName;
    if (const auto it = m_nameIds.constFind(key); it != m_nameIds.constEnd())
        return *it;
    ElementName name;
    name.namespaceUri = namespaceUri;
    name.localName = localName;
    name.local = localName.toLower();
    name.canonical = canonicalPrefix(namespaceUri, prefix);
    name.qualified = name.canonical.isEmpty() ? name.local : name.canonical + QLatin1Char(':') + name.local;
    name.tag = tagOf(name.qualified);
    m_names.append(name);
    m_nameIds.insert(key, int(m_names.size() - 1));
    return int(m_names.size() - 1);
}

void FeedBuilder::startElement(int id, const QList<XmlAttribute> &attributes)
{
    ++m_depth;
    const ElementName &name = m_names.at(id);
    const QString &namespaceUri = name.namespaceUri;
    const QString &local = name.local;
    const QString &canonical = name.canonical;
    const QString &qualified = name.qualified;

    Attributes attrs;
    for (const XmlAttribute &a : attributes) {
        QString attrName = a.localName.toLower();
        if (!a.namespaceUri.isEmpty()) {
            const QString attrPrefix = canonicalNamespacePrefix(a.namespaceUri).value_or(QString());
            if (!attrPrefix.isEmpty())
                attrName = attrPrefix + QLatin1Char(':') + attrName;
        }
        QString value = a.value;
        if (attrName == QLatin1String("rel") || attrName == QLatin1String("type"))
            value = value.toLower();
        attrs.insert(attrName, value);
    }
    if (local == QLatin1String("math") && namespaceUri == QLatin1String("http://www.w3.org/1998/Math/MathML"))
        attrs.insert(QStringLiteral("xmlns"), namespaceUri);
    if (local == QLatin1String("svg") && namespaceUri == QLatin1String("http://www.w3.org/2000/svg"))
        attrs.insert(QStringLiteral("xmlns"), namespaceUri);

    // xml:base and xml:lang are in force for this element and everything inside it.
    if (!attrs.isEmpty()) {
        const QString base = attrs.value(QStringLiteral("xml:base"), attrs.value(QStringLiteral("base")));
        if (!base.isEmpty()) {
            if (!m_baseUri.isEmpty()) {
                const QString safe = safeAbsoluteUrl(m_baseUri, base);
                if (!safe.isEmpty())
                    m_baseUri = safe;
            } else {
                m_baseUri = urlJoin(m_baseUri, base);
            }
        }
        if (attrs.contains(QStringLiteral("xml:lang")) || attrs.contains(QStringLiteral("lang"))) {
            m_lang = attrs.value(QStringLiteral("xml:lang"), attrs.value(QStringLiteral("lang")));
            if (m_lang.isEmpty())
                m_lang = QString();
        }
    }
    if (!m_lang.isEmpty() && (qualified == QLatin1String("feed") || qualified == QLatin1String("rss")))
        m_doc.feed.language = QString(m_lang).replace(QLatin1Char('_'), QLatin1Char('-'));
    m_baseStack.append(m_baseUri);
    m_langStack.append(m_lang);

    // Markup inside a text construct: escaped HTML that turns out to contain real elements is
    // XHTML after all (feedparser's rule); XHTML elements are serialised into the value.
    if (m_inContent && !m_contentParams.type.endsWith(QLatin1String("xml"))) {
        if (local == QLatin1String("div") && (canonical.isEmpty() || canonical == QLatin1String("xhtml"))) {
            m_handledStack.append(false);
            return; // typepad wraps escaped HTML in a <div>
        }
        m_contentParams.type = QStringLiteral("application/xhtml+xml");
    }
    if (m_inContent && m_contentParams.type == QLatin1String("application/xhtml+xml")) {
        unknownStart(name.localName, namespaceUri, attributes);
        m_handledStack.append(false);
        return;
    }

    // Feedparser forgets an image/textinput block when an element outside it appears (broken feeds).
    if (canonical.isEmpty()) {
        static const QSet<QString> textInputChildren = {QStringLiteral("title"), QStringLiteral("link"),
                                                        QStringLiteral("description"), QStringLiteral("name")};
        static const QSet<QString> imageChildren = {
            QStringLiteral("title"), QStringLiteral("link"),  QStringLiteral("description"),
            QStringLiteral("url"),   QStringLiteral("href"),  QStringLiteral("width"),
            QStringLiteral("height")};
        if (m_inTextInput && !textInputChildren.contains(local))
            m_inTextInput = false;
        if (m_inImage && !imageChildren.contains(local))
            m_inImage = false;
    }

    m_handledStack.append(true);
    if (name.tag >= 0 && dispatchStart(name.tag, attrs))
        return;
    // Unknown element: its text is kept under its own name when it has no attributes.
    if (attrs.isEmpty())
        push(qualified, true);
}

void FeedBuilder::endElement(int id)
{
    const ElementName &name = m_names.at(id);
    const bool handled = m_handledStack.isEmpty() ? true : m_handledStack.takeLast();

    if (handled && !(name.tag >= 0 && dispatchEnd(name.tag)))
        pop(name.qualified);
    bool inlineMarkup = m_inContent;
    if (m_inContent && !m_contentParams.type.endsWith(QLatin1String("xml"))) {
        if (name.local == QLatin1String("div") && (name.canonical.isEmpty() || name.canonical == QLatin1String("xhtml")))
            inlineMarkup = false; // typepad's wrapper, see startElement
        else
            m_contentParams.type = QStringLiteral("application/xhtml+xml");
    }
    if (inlineMarkup && !handled && m_contentParams.type == QLatin1String("application/xhtml+xml"))
        unknownEnd(name.localName);

    if (!m_baseStack.isEmpty()) {
        m_baseStack.removeLast();
        if (!m_baseStack.isEmpty() && !m_baseStack.last().isEmpty())
            m_baseUri = m_baseStack.last();
    }
    if (!m_langStack.isEmpty()) {
        m_langStack.removeLast();
        if (!m_langStack.isEmpty())
            m_lang = m_langStack.last();
    }
    --m_depth;
}

void FeedBuilder::unknownStart(const QString &localName, const QString &namespaceUri,
                               const QList<XmlAttribute> &attributes)
{
    QString out = QLatin1Char('<') + localName;
    for (const XmlAttribute &a : attributes) {
        const QString attrName = a.prefix.isEmpty() ? a.localName : a.prefix + QLatin1Char(':') + a.localName;
        out += QLatin1Char(' ') + attrName.toLower() + QLatin1String("=\"") + xmlEscape(a.value, true)
               + QLatin1Char('"');
    }
    if ((localName == QLatin1String("math") && namespaceUri == QLatin1String("http://www.w3.org/1998/Math/MathML"))
        || (localName == QLatin1String("svg") && namespaceUri == QLatin1String("http://www.w3.org/2000/svg")))
        out += QLatin1String(" xmlns=\"") + namespaceUri + QLatin1Char('"');
    out += QLatin1Char('>');
    handleMarkup(out);
}

void FeedBuilder::unknownEnd(const QString &localName)
{
    handleMarkup(QLatin1String("</") + localName + QLatin1Char('>'));
}

void FeedBuilder::characters(const char *utf8, qsizetype length)
{
    handleData(utf8, length, true, false);
}

void FeedBuilder::handleMarkup(const QString &markup)
{
    const QByteArray bytes = markup.toUtf8();
    handleData(bytes.constData(), bytes.size(), false, true);
}

void FeedBuilder::handleData(const char *utf8, qsizetype length, bool escape, bool markup)
{
    if (m_pending.isEmpty() || length == 0)
        return;
    Pending &top = m_pending.last();
    // Tags stay pieces of their own: the Atom <div> unwrapping in pop() looks at them.
    if (markup || !top.lastIsText || top.pieces.isEmpty())
        top.pieces.append(QByteArray());
    top.lastIsText = !markup;
    QByteArray &piece = top.pieces.last();
    if (!(escape && m_contentParams.type == QLatin1String("application/xhtml+xml"))) {
        piece.append(utf8, length);
        return;
    }
    qsizetype i = 0;
    while (i < length) {
        qsizetype j = i;
        while (j < length && utf8[j] != '&' && utf8[j] != '<' && utf8[j] != '>')
            ++j;
        piece.append(utf8 + i, j - i);
        if (j == length)
            break;
        piece += utf8[j] == '&' ? "&amp;" : utf8[j] == '<' ? "&lt;" : "&gt;";
        i = j + 1;
    }
}

void FeedBuilder::push(const QString &element, bool expectingText)
{
    m_pending.append({element, expectingText, {}, false});
}

void FeedBuilder::pushContent(const QString &tag, const Attributes &attrs,
                              const QString &defaultType, bool expectingText)
{
    ++m_inContent;
    if (!m_lang.isEmpty())
        m_lang.replace(QLatin1Char('_'), QLatin1Char('-'));
    m_contentParams = {};
    m_contentParams.active = true;
    m_contentParams.type = mapContentType(attrs.value(QStringLiteral("type"), defaultType));
    m_contentParams.language = m_lang;
    m_contentParams.base = m_baseUri;
    const QString mode = attrs.value(QStringLiteral("mode"));
    m_contentParams.base64 = mode == QLatin1String("base64")
                             || !(m_contentParams.type.startsWith(QLatin1String("text/"))
                                  || m_contentParams.type.endsWith(QLatin1String("+xml"))
                                  || m_contentParams.type.endsWith(QLatin1String("/xml")));
    push(tag, expectingText);
}

QString FeedBuilder::popContent(const QString &tag)
{
    const QString value = pop(tag);
    m_inContent = qMax(0, m_inContent - 1);
    m_contentParams = {};
    return value;
}

QString FeedBuilder::pop(const QString &element, bool stripWhitespace)
{
    if (m_pending.isEmpty() || m_pending.last().element != element)
        return {};
    Pending pending = m_pending.takeLast();
    QList<QByteArray> &pieces = pending.pieces;

    // An Atom 1.0 XHTML construct wraps its content in one <div>: take it off.
    if (m_doc.version == QLatin1String("atom10")
        && m_contentParams.type == QLatin1String("application/xhtml+xml")) {
        while (pieces.size() > 1 && pieces.last().trimmed().isEmpty())
            pieces.removeLast();
        while (pieces.size() > 1 && pieces.first().trimmed().isEmpty())
            pieces.removeFirst();
        if (!pieces.isEmpty()
            && (pieces.first() == "<div>" || pieces.first().startsWith("<div "))
            && pieces.last() == "</div>") {
            int depth = 0;
            bool closedEarly = false;
            for (qsizetype i = 0; i + 1 < pieces.size(); ++i) {
                const QByteArray &piece = pieces[i];
                if (piece.startsWith("</")) {
                    if (--depth == 0) {
                        closedEarly = true;
                        break;
                    }
                } else if (piece.startsWith('<') && !piece.endsWith("/>")) {
                    ++depth;
                }
            }
            if (!closedEarly) {
                pieces.removeFirst();
                pieces.removeLast();
            }
        }
    }

    const QByteArray joined = pieces.size() == 1 ? pieces.first() : pieces.join(QByteArray());
    // repairMisdecodedText has work only with C1 controls (C2 80–9F in UTF-8) or text made of
    // Latin-1 characters alone (no lead byte above C3): never for ordinary Cyrillic text.
    bool hasC1 = false;
    for (qsizetype at = joined.indexOf('\xC2'); at >= 0 && !hasC1; at = joined.indexOf('\xC2', at + 1))
        hasC1 = at + 1 < joined.size() && static_cast<unsigned char>(joined[at + 1]) <= 0x9F;
    bool hasWide = false;
    bool hasHigh = false;
    for (const char c : joined) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0xC4) {
            hasWide = true;
            break; // a letter beyond Latin-1: the text is not double-encoded Latin-1
        }
        hasHigh = hasHigh || b >= 0x80;
    }
    const bool mayNeedRepair = hasC1 || (hasHigh && !hasWide);
    m_lastNeedsRepair = mayNeedRepair;
    QString output = utf8ToString(joined);
    if (stripWhitespace)
        output = output.trimmed();
    if (!pending.expectingText)
        return output;

    if (m_contentParams.active && m_contentParams.base64) {
        // Only text that really is base64 of UTF-8 is decoded; anything else stays as written.
        QByteArray encoded = output.toLatin1();
        encoded.replace('\n', QByteArray()).replace('\r', QByteArray()).replace(' ', QByteArray());
        const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && !decoded.decoded.isEmpty() && isValidUtf8(decoded.decoded))
            output = QString::fromUtf8(decoded.decoded);
    }

    if (canBeRelativeUri(element) && !output.isEmpty()) {
        if (element != QLatin1String("id") || m_guidIsLink)
            output = resolveUri(output);
    }

    if (!m_doc.version.startsWith(QLatin1String("atom"))
        && m_contentParams.type == QLatin1String("text/plain") && looksLikeHtml(output))
        m_contentParams.type = QStringLiteral("text/html");

    const QString type = m_contentParams.active ? m_contentParams.type : QStringLiteral("text/html");
    m_lastPlainText.clear();
    m_lastUnsanitized = false;
    // An item's summary is only used when the item has no body, which is rarely known yet (RSS
    // puts <description> before <content:encoded>): articlesFromFeed sanitises it if it needs it.
    const bool deferred = !m_context.feedparserCompatible && m_inEntry && !m_inSource
                          && (element == QLatin1String("summary") || element == QLatin1String("description"));
    if (deferred && isHtmlType(type)) {
        m_lastUnsanitized = true;
    } else if (isHtmlType(type) && canContainMarkup(element)) {
        HtmlSanitizer::Options options;
        options.base = QUrl(m_baseUri);
        if (!m_context.feedparserCompatible)
            options.plainText = &m_lastPlainText;
        options.policy = m_context.feedparserCompatible ? HtmlSanitizer::Policy::FeedCompatible
                                                        : HtmlSanitizer::Policy::Reader;
        output = HtmlSanitizer::sanitize(output, options).trimmed();
        if (output.contains(QLatin1Char('\r'))) // (replace() with Latin-1 strings searches slowly)
            output.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    }
    if (mayNeedRepair)
        output = repairMisdecodedText(output);

    if (element == QLatin1String("category") || element == QLatin1String("itunes:keywords"))
        return output;
    if (element == QLatin1String("title") && m_titleDepth > -1 && m_titleDepth <= m_depth)
        return output;

    store(element, output);
    return output;
}

} // namespace oqy::feeds
