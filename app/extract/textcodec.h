#pragma once

#include <QByteArray>
#include <optional>

namespace oqy {

// Converts `bytes` from the named encoding (any name iconv knows: windows-1251, koi8-r, cp866,
// utf-16le, …) to UTF-8. Strict: nullopt when the bytes are not valid in that encoding or the
// encoding is unknown, so that callers can try the next candidate.
std::optional<QByteArray> convertToUtf8(const QByteArray &bytes, const QByteArray &encoding);
// The same, written after `prefix` in one buffer (feeds prepend a new XML declaration).
std::optional<QByteArray> convertToUtf8(QByteArrayView bytes, const QByteArray &encoding,
                                        const QByteArray &prefix);

// True when `bytes` are well-formed UTF-8.
bool isValidUtf8(const QByteArray &bytes);

// UTF-8 to QString for text already known to be well-formed (a parser validated it): Qt's
// general decoder goes slowly over Cyrillic, which is two bytes a letter. Malformed input still
// gives a string (with U+FFFD), never a crash.
QString utf8ToString(QByteArrayView utf8);

} // namespace oqy
