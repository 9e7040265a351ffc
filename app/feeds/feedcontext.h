#pragma once

#include <QString>
#include <QUrl>

namespace oqy::feeds {

// What the transport knows about a feed document: its address (the base for relative links) and
// the HTTP headers that matter for decoding it.
struct FeedContext
{
    QUrl url;
    QString contentType;     // Content-Type header, e.g. "application/rss+xml; charset=windows-1251"
    QString contentLocation; // Content-Location header (a base URI when http/https/ftp)
    QString contentLanguage; // Content-Language header: the default language
    // Sanitise embedded HTML the way Python feedparser does (for the conformance suite and
    // `oqy-cli parse-feed`); otherwise with the reader pane's stricter policy.
    bool feedparserCompatible = false;
};

} // namespace oqy::feeds
