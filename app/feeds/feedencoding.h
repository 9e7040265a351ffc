#pragma once

#include "feedcontext.h"

#include <QByteArray>
#include <QString>

namespace oqy::feeds {

// A feed's bytes turned into UTF-8 with its XML declaration rewritten to say so.
struct DecodedFeed
{
    QByteArray utf8;
    QString encoding;    // what the bytes were actually read as ("windows-1251", …); empty if unknown
    bool bozo = false;   // the declared encoding was wrong, missing for a text/* type, or unusable
    QString bozoMessage;
};

// Chooses the encoding the way RFC 3023/7303 and feedparser do: BOM, then the HTTP charset for
// application/*xml and text/*xml types, then the XML declaration; text/* without a charset means
// US-ASCII. When the chosen encoding cannot decode the bytes, the declaration, the BOM, a Cyrillic
// detector, UTF-8, windows-1252 and ISO-8859-2 are tried in turn (and the feed flagged).
DecodedFeed decodeFeedBytes(const QByteArray &bytes, const FeedContext &context);

} // namespace oqy::feeds
