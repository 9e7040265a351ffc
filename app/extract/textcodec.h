#pragma once

#include <QByteArray>
#include <optional>

namespace oqy {

// Converts `bytes` from the named encoding (any name iconv knows: windows-1251, koi8-r, cp866,
// utf-16le, …) to UTF-8. Strict: nullopt when the bytes are not valid in that encoding or the
// encoding is unknown, so that callers can try the next candidate.
std::optional<QByteArray> convertToUtf8(const QByteArray &bytes, const QByteArray &encoding);

// True when `bytes` are well-formed UTF-8.
bool isValidUtf8(const QByteArray &bytes);

} // namespace oqy
