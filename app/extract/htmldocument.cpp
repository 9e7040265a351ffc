#include "htmldocument.h"

#include "libxmlinit.h"

#include "htmlbounds.h"
#include "htmldecoder.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

namespace oqy::extract {

QByteArray prepareHtmlBytes(const QByteArray &page, const QString &contentType, QString *encoding)
{
    Utf8Html decoded = decodeHtmlToUtf8(page, contentType);
    if (encoding)
        *encoding = decoded.encoding;
    capAttributes(decoded.utf8);
    dropScriptsStylesAndComments(decoded.utf8);
    return std::move(decoded.utf8);
}

xmlDoc *parseUtf8Html(const QByteArray &utf8, const QUrl &url)
{
    initLibxml();
    // The bytes are UTF-8 already: the encoding hints inside the page must not re-decode them.
    constexpr int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
        | HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_NODEFDTD | HTML_PARSE_IGNORE_ENC;
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(utf8.constData(), int(utf8.size()));
    if (!ctxt)
        return nullptr;
    htmlCtxtUseOptions(ctxt, options);
    // Element and attribute names from the document's dictionary rather than one copy per node:
    // fewer allocations, and names that can be compared by address.
    ctxt->dictNames = 1;
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    const QByteArray base = url.toEncoded();
    if (ctxt->input && !ctxt->input->filename)
        ctxt->input->filename = reinterpret_cast<char *>(
            xmlStrdup(reinterpret_cast<const xmlChar *>(base.constData())));
    htmlParseDocument(ctxt);
    xmlDoc *doc = ctxt->myDoc;
    ctxt->myDoc = nullptr;
    htmlFreeParserCtxt(ctxt);
    return doc;
}

} // namespace oqy::extract
