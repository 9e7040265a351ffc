#pragma once

#include <QString>
#include <QStringView>

namespace oqy {

// HTML character references, named ones from libxml2's HTML 4 table (no table copied in here).

// The code point of a named entity ("nbsp" → U+00A0), or 0 when the name is unknown.
char32_t htmlEntityCodePoint(QStringView name);

// Decodes every character reference in `text`: named (with or without the semicolon for the
// classic ones, as browsers do), decimal and hex, including the zero-padded, semicolon-less
// numeric forms XSS payloads use (&#0000106). Invalid code points become U+FFFD.
QString decodeHtmlEntities(QStringView text);

// Escapes &, <, > and, for attribute values, the double quote.
QString escapeHtml(QStringView text, bool attribute = false);

} // namespace oqy
