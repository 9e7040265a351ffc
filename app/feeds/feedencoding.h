#pragma once

#include "feedcontext.h"

#include <QByteArray>
#include <QString>

namespace oqy::feeds {

// A feed's bytes turned into UTF-8 with its XML declaration rewritten to say so.
struct DecodedFeed
{
    // The bytes are already in the encoding libxml2 will read them in (their BOM or declaration
    // says so and nothing overrides it): parse them as they are, no conversion, no copy.
    bool passThrough = false;
    QByteArray utf8;
    QString encoding;    // what the bytes were actually read as ("windows-1251", …); empty if unknown
    bool bozo = false;   // the declared encoding was wrong, missing for a text/* type, or unusable
    QString bozoMessage;
};

// Chooses the encoding the way RFC 3023/7303 and feedparser do: BOM, then the HTTP charset for
// application/*xml and text/*xml types, then the XML declaration; text/* without a charset means
// US-ASCII. When the chosen encoding cannot decode the bytes, the declaration, the BOM, a Cyrillic
// detector, UTF-8, windows-1252 and ISO-8859-2 are tried in turn (and the feed flagged).
// With `convert` false, a feed whose bytes can go to libxml2 unchanged comes back marked
// passThrough and is not converted (the common case: UTF-8 or a correct declaration).
DecodedFeed decodeFeedBytes(const QByteArray &bytes, const FeedContext &context, bool convert = true);

} // namespace oqy::feeds
