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

// A date with a clock time as news pages print them in a date element, without a zone:
// «14 ноября 2026, 08:55», «Сәрсенбі, 08 Шілде 2026 10:45», «2-10-2026, 11:20», «09.08.2026, 19:32».
// Read as local time `offsetMinutes` east of UTC (Kazakhstan: +300). Invalid when the text holds
// no full date with a time, or more than a date (a sentence).
QDateTime parseDisplayedDate(QStringView text, int offsetMinutes);

// The "YYYY-MM-DDTHH:MM:SSZ" form used in Oqy's JSON output (years zero-padded to four digits).
QString formatIsoDate(const QDateTime &utc);

} // namespace oqy::feeds
