#include "xmlsaxreader.h"

#include "extract/libxmlinit.h"

#include "feedbuilder.h"

#include <QRegularExpression>
#include <cctype>
#include <cstring>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>

namespace oqy::feeds {

namespace {

// Entities a document declares itself (the safe ones stripDoctype keeps) may still be referenced
// millions of times ("quadratic blow-up"): expansion stops past this many bytes.
constexpr qsizetype MaxEntityExpansion = 4 * 1024 * 1024;

struct SaxState
{
    FeedBuilder *builder = nullptr;
    SaxOutcome outcome;
    bool recover = false;
    qsizetype expanded = 0;
    // libxml2 interns names in its dictionary, so a name's pointer identifies it for the whole
    // parse: each distinct name is converted to a QString once.
    QHash<const xmlChar *, QString> strings;
    QHash<QPair<const xmlChar *, const xmlChar *>, int> elements; // (local, URI or prefix) → id

    QString string(const xmlChar *s) // by value: a later insertion may rehash the table
    {
        if (!s)
            return {};
        auto it = strings.find(s);
        if (it == strings.end())
            it = strings.insert(s, QString::fromUtf8(reinterpret_cast<const char *>(s)));
        return *it;
    }
};

SaxState *state(void *ctx)
{
    return static_cast<SaxState *>(static_cast<xmlParserCtxtPtr>(ctx)->_private);
}

void onStartElement(void *ctx, const xmlChar *localName, const xmlChar *prefix, const xmlChar *uri,
                    int namespaceCount, const xmlChar **namespaces, int attributeCount, int,
                    const xmlChar **attributes)
{
    SaxState *s = state(ctx);
    for (int i = 0; i < namespaceCount; ++i)
        s->builder->startNamespace(s->string(namespaces[2 * i]), s->string(namespaces[2 * i + 1]));
    QList<XmlAttribute> attrs;
    if (attributeCount > 0) {
        attrs.reserve(attributeCount);
        for (int i = 0; i < attributeCount; ++i) {
            const xmlChar **a = attributes + 5 * i;
            const auto *begin = reinterpret_cast<const char *>(a[3]);
            const auto *end = reinterpret_cast<const char *>(a[4]);
            attrs.append({s->string(a[2]), s->string(a[1]), s->string(a[0]), QString::fromUtf8(begin, end - begin)});
        }
    }
    // The prefix matters only for elements of unknown namespaces; the URI decides the rest.
    const QPair<const xmlChar *, const xmlChar *> key(localName, uri ? uri : prefix);
    auto it = s->elements.find(key);
    if (it == s->elements.end())
        it = s->elements.insert(key, s->builder->elementId(s->string(uri), s->string(prefix), s->string(localName)));
    s->builder->startElement(*it, attrs);
}

void onEndElement(void *ctx, const xmlChar *localName, const xmlChar *prefix, const xmlChar *uri)
{
    SaxState *s = state(ctx);
    const QPair<const xmlChar *, const xmlChar *> key(localName, uri ? uri : prefix);
    auto it = s->elements.find(key);
    if (it == s->elements.end())
        it = s->elements.insert(key, s->builder->elementId(s->string(uri), s->string(prefix), s->string(localName)));
    s->builder->endElement(*it);
}

void onCharacters(void *ctx, const xmlChar *text, int length)
{
    state(ctx)->builder->characters(reinterpret_cast<const char *>(text), length);
}

void onError(void *ctx, xmlErrorPtr error)
{
    if (!ctx || !error || error->level < XML_ERR_ERROR)
        return;
    auto *parser = static_cast<xmlParserCtxtPtr>(ctx);
    if (!parser->_private)
        return;
    SaxState *s = state(ctx);
    if (s->outcome.error.isEmpty())
        s->outcome.error = QStringLiteral("line %1: %2")
                               .arg(error->line)
                               .arg(QString::fromUtf8(error->message).trimmed());
}

// Every reference to a declared entity is counted against MaxEntityExpansion. In recover mode an
// undeclared entity that HTML knows (&nbsp;, &mdash;) becomes that character.
xmlEntityPtr onGetEntity(void *ctx, const xmlChar *name)
{
    auto *parser = static_cast<xmlParserCtxtPtr>(ctx);
    SaxState *s = state(ctx);
    if (xmlEntityPtr known = xmlSAX2GetEntity(ctx, name)) {
        if (known->etype == XML_INTERNAL_GENERAL_ENTITY && known->content) {
            s->expanded += qsizetype(xmlStrlen(known->content));
            if (s->expanded > MaxEntityExpansion) {
                if (s->outcome.error.isEmpty())
                    s->outcome.error = QStringLiteral("entity expansion beyond %1 MB refused").arg(MaxEntityExpansion >> 20);
                s->outcome.wellFormed = false;
                xmlStopParser(parser);
                return nullptr;
            }
        }
        return known;
    }
    if (!s->recover)
        return nullptr;
    if (!parser->myDoc)
        return nullptr;
    const htmlEntityDesc *html = htmlEntityLookup(name);
    QByteArray utf8;
    if (html) {
        const char32_t codePoint = html->value;
        utf8 = QString::fromUcs4(&codePoint, 1).toUtf8();
    } else {
        // Not an entity anybody knows: keep it as the text it was ("&doesnotexist;").
        utf8 = "&#38;" + QByteArray(reinterpret_cast<const char *>(name)) + ';';
    }
    if (!parser->myDoc->intSubset)
        xmlCreateIntSubset(parser->myDoc, BAD_CAST "feed", nullptr, nullptr);
    return xmlAddDocEntity(parser->myDoc, name, XML_INTERNAL_GENERAL_ENTITY, nullptr, nullptr,
                           reinterpret_cast<const xmlChar *>(utf8.constData()));
}


} // namespace

// Before a second, recovering pass over a broken feed: a bare "&" (the most common breakage, from
// query strings in links) becomes "&amp;" instead of eating the text after it, and "&#X41;"
// (upper-case X, which XML forbids) becomes "&#x41;". CDATA sections and comments are left alone.
QByteArray repairAmpersands(const QByteArray &xml)
{
    QByteArray out;
    out.reserve(xml.size() + 64);
    const qsizetype n = xml.size();
    auto isNameChar = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
               || c == ':' || c == '.' || c == '-' || static_cast<unsigned char>(c) >= 0x80;
    };
    for (qsizetype i = 0; i < n;) {
        const char c = xml[i];
        if (c == '<' && xml.mid(i, 9) == "<![CDATA[") {
            const qsizetype end = xml.indexOf("]]>", i + 9);
            const qsizetype stop = end < 0 ? n : end + 3;
            out += xml.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == '<' && xml.mid(i, 4) == "<!--") {
            const qsizetype end = xml.indexOf("-->", i + 4);
            const qsizetype stop = end < 0 ? n : end + 3;
            out += xml.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c != '&') {
            out += c;
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        if (j < n && xml[j] == '#') {
            ++j;
            const bool hex = j < n && (xml[j] == 'x' || xml[j] == 'X');
            if (hex)
                ++j;
            const qsizetype digits = j;
            while (j < n && (std::isdigit(static_cast<unsigned char>(xml[j]))
                             || (hex && std::isxdigit(static_cast<unsigned char>(xml[j])))))
                ++j;
            if (j > digits && j < n && xml[j] == ';') {
                out += hex ? "&#x" + xml.mid(digits, j + 1 - digits) : xml.mid(i, j + 1 - i);
                i = j + 1;
                continue;
            }
        } else {
            while (j < n && isNameChar(xml[j]))
                ++j;
            if (j > i + 1 && j < n && xml[j] == ';') {
                out += xml.mid(i, j + 1 - i);
                i = j + 1;
                continue;
            }
        }
        out += "&amp;";
        ++i;
    }
    return out;
}

SaxOutcome runSaxParser(const QByteArray &input, FeedBuilder &builder, bool recover)
{
    const QByteArray utf8 = recover ? repairAmpersands(input) : input;
    initLibxml();
    SaxState s;
    s.builder = &builder;
    s.recover = recover;

    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(utf8.constData(), int(utf8.size()));
    if (!ctxt) {
        s.outcome.wellFormed = false;
        s.outcome.error = QStringLiteral("empty document");
        return s.outcome;
    }
    auto *sax = static_cast<xmlSAXHandler *>(xmlMalloc(sizeof(xmlSAXHandler)));
    std::memset(sax, 0, sizeof(xmlSAXHandler));
    xmlSAXVersion(sax, 2);
    sax->startElementNs = onStartElement;
    sax->endElementNs = onEndElement;
    sax->characters = onCharacters;
    sax->cdataBlock = onCharacters;
    sax->ignorableWhitespace = onCharacters;
    sax->comment = nullptr;
    sax->processingInstruction = nullptr;
    sax->warning = nullptr;
    sax->error = nullptr;
    sax->fatalError = nullptr;
    sax->serror = onError;
    sax->externalSubset = nullptr; // never load an external DTD
    sax->getEntity = onGetEntity;
    if (ctxt->sax != reinterpret_cast<xmlSAXHandlerPtr>(&xmlDefaultSAXHandler))
        xmlFree(ctxt->sax);
    ctxt->sax = sax;
    ctxt->userData = ctxt;
    ctxt->_private = &s;
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOENT | XML_PARSE_NOERROR
                                | XML_PARSE_NOWARNING | (recover ? XML_PARSE_RECOVER : 0));
    xmlParseDocument(ctxt);
    s.outcome.wellFormed = s.outcome.wellFormed && ctxt->wellFormed != 0 && s.outcome.error.isEmpty();
    if (!ctxt->wellFormed && s.outcome.error.isEmpty())
        s.outcome.error = QStringLiteral("the document is not well-formed XML");
    if (ctxt->myDoc)
        xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = nullptr;
    ctxt->_private = nullptr;
    xmlFreeParserCtxt(ctxt);
    return s.outcome;
}

QByteArray stripDoctype(const QByteArray &xml, bool *netscape)
{
    if (netscape)
        *netscape = false;
    // The prolog ends where the first element starts. Work on bytes (read as Latin-1, so that
    // offsets stay byte offsets): the document may not be UTF-8 yet.
    qsizetype start = -1;
    for (qsizetype i = 0; i + 1 < xml.size(); ++i) {
        if (xml[i] == '<' && (std::isalnum(static_cast<unsigned char>(xml[i + 1])) || xml[i + 1] == '_')) {
            start = i;
            break;
        }
    }
    if (start < 0)
        return xml;
    const QByteArray headBytes = xml.left(start + 1);
    if (!headBytes.contains("<!"))
        return xml;
    QString head = QString::fromLatin1(headBytes);
    const QByteArray rest = xml.mid(start + 1);

    static const QRegularExpression entityDecl(QStringLiteral("^\\s*<!ENTITY([^>]*?)>"),
                                               QRegularExpression::MultilineOption);
    static const QRegularExpression doctypeDecl(QStringLiteral("^\\s*<!DOCTYPE([^>]*?)>"),
                                                QRegularExpression::MultilineOption);
    static const QRegularExpression safeEntity(QStringLiteral("^\\s+(\\w+)\\s+\"(&#\\w+;|[^&\"]*)\""));
    QStringList entities;
    for (auto it = entityDecl.globalMatch(head); it.hasNext();)
        entities.append(it.next().captured(1));
    head.remove(entityDecl);
    QStringList doctypes;
    for (auto it = doctypeDecl.globalMatch(head); it.hasNext();)
        doctypes.append(it.next().captured(1));
    if (netscape && !doctypes.isEmpty() && doctypes.first().contains(QLatin1String("netscape"), Qt::CaseInsensitive))
        *netscape = true;
    QString replacement;
    if (doctypes.size() == 1 && !entities.isEmpty()) {
        QStringList safe;
        for (const QString &e : std::as_const(entities))
            if (safeEntity.match(e).hasMatch())
                safe.append(e);
        if (!safe.isEmpty())
            replacement = QLatin1String("<!DOCTYPE feed [\n<!ENTITY") + safe.join(QLatin1String(">\n<!ENTITY "))
                          + QLatin1String(">\n]>");
    }
    head.replace(doctypeDecl, replacement);
    return head.toLatin1() + rest;
}

} // namespace oqy::feeds
