#pragma once

#include <QByteArray>
#include <QString>

namespace oqy::feeds {

class FeedBuilder;

// Drives libxml2's SAX2 parser over a UTF-8 document, sending events to a FeedBuilder. No DTD is
// loaded, nothing is fetched (XML_PARSE_NONET), entity expansion stays within libxml2's limits.
// In recover mode ill-formed input is read as far as it goes and HTML named entities that the
// document never declared (&nbsp; in XML) are decoded instead of ending the parse.
struct SaxOutcome
{
    bool wellFormed = true;
    QString error; // first fatal error, with its line
};

SaxOutcome runSaxParser(const QByteArray &utf8, FeedBuilder &builder, bool recover);

// feedparser's DOCTYPE policy: the DOCTYPE is removed, and only "safe" entity declarations (plain
// text or a single character reference, never other entities) are put back. Returns the cleaned
// document; `netscape` is set for a Netscape RSS 0.91 DOCTYPE.
QByteArray stripDoctype(const QByteArray &utf8, bool *netscape);

} // namespace oqy::feeds
