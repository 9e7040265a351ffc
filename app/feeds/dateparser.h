#pragma once

#include <QDateTime>
#include <QStringView>

namespace oqy::feeds {

// Turns the dates feeds actually carry into UTC: RFC 822 and its broken variants (missing comma
// or space, named and military zones, two-digit years, month and day swapped), RFC 3339/W3CDTF,
// ISO 8601 basic/ordinal/reduced forms, asctime, Perforce, and month names in Russian and Kazakh
// (also Greek, Hungarian and Korean blog-engine forms). Returns an invalid QDateTime when the text
// is not a date: a wrong date is worse than none.
QDateTime parseDate(QStringView text);

// The "YYYY-MM-DDTHH:MM:SSZ" form used in Oqy's JSON output (years zero-padded to four digits).
QString formatIsoDate(const QDateTime &utc);

} // namespace oqy::feeds
