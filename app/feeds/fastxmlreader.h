#pragma once

#include <QByteArray>

namespace oqy::feeds {

class FeedBuilder;

// A strict, fast reader for the common case: a well-formed UTF-8 feed without a DOCTYPE, whose only
// references are the five predefined entities and character references. It sends the same events
// as the libxml2 SAX driver. At the first construct it does not handle (or that is not well-formed
// XML) it stops and returns false; the caller then parses the document again, from scratch, with
// libxml2, which owns every unusual case: DTDs, encodings, errors and recovery.
//
// Why it exists: libxml2 2.9 decodes non-ASCII text one character at a time, which made Cyrillic
// feeds its slowest case; this reader copies runs of text and validates UTF-8 on the way.
bool fastParseFeed(const QByteArray &utf8, FeedBuilder &builder);

} // namespace oqy::feeds
