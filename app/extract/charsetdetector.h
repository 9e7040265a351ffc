#pragma once

#include <QByteArray>

namespace oqy {

// Guesses the encoding of Russian/Kazakh text that declares none (no BOM, no charset, no meta
// tag): UTF-8 when the bytes are valid UTF-8, else the one of windows-1251, KOI8-R, CP866 and
// ISO-8859-5 under which the bytes read as the most ordinary Cyrillic lower-case text. Empty when
// the bytes are plain ASCII or nothing fits.
QByteArray detectCyrillicEncoding(const QByteArray &bytes);

} // namespace oqy
