#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <libxml/tree.h>

#include <memory>

// Web pages into libxml2 trees, the one way both the article extractor and the news-list reader
// need: decoded to UTF-8 (BOM, HTTP charset, <meta>, the Cyrillic detector), bounded, scripts and
// styles dropped, then parsed by libxml2's HTML parser with no network access.
namespace oqy::extract {

struct XmlDocDeleter
{
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

// Page bytes as fetched → UTF-8 ready for parseUtf8Html (and the encoding they were read as).
QByteArray prepareHtmlBytes(
    const QByteArray &page, const QString &contentType, QString *encoding = nullptr);

// Parses UTF-8 HTML (element names interned in the document's dictionary). nullptr only when
// libxml2 cannot allocate.
xmlDoc *parseUtf8Html(const QByteArray &utf8, const QUrl &url);

} // namespace oqy::extract
