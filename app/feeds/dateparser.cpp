#include "dateparser.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <optional>

namespace oqy::feeds {

namespace {

struct Fields
{
    int year = 0;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int offsetMinutes = 0; // local time = UTC + offset
};

QDateTime toUtc(const Fields &f)
{
    const QDate date(f.year, f.month, f.day);
    const QTime time(f.hour, f.minute, f.second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC).addSecs(-qint64(f.offsetMinutes) * 60);
}

// Month names by lower-case prefix. Russian and Kazakh forms cover the genitive used in dates
// («26 ноября»), the nominative and the usual abbreviations («ноя», «нояб.»).
const QHash<QString, int> &monthNames()
{
    static const QHash<QString, int> names = [] {
        QHash<QString, int> h;
        const char *english[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                 "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < 12; ++i)
            h.insert(QString::fromLatin1(english[i]), i + 1);
        h.insert(QStringLiteral("sept"), 9);
        const char16_t *russian[][4] = {
            {u"январь", u"января", u"янв", nullptr},   {u"февраль", u"февраля", u"фев", u"февр"},
            {u"март", u"марта", u"мар", nullptr},      {u"апрель", u"апреля", u"апр", nullptr},
            {u"май", u"мая", nullptr, nullptr},        {u"июнь", u"июня", u"июн", nullptr},
            {u"июль", u"июля", u"июл", nullptr},       {u"август", u"августа", u"авг", nullptr},
            {u"сентябрь", u"сентября", u"сен", u"сент"}, {u"октябрь", u"октября", u"окт", nullptr},
            {u"ноябрь", u"ноября", u"ноя", u"нояб"},   {u"декабрь", u"декабря", u"дек", nullptr},
        };
        const char16_t *kazakh[] = {u"қаңтар", u"ақпан",  u"наурыз", u"сәуір",
                                    u"мамыр",  u"маусым", u"шілде",  u"тамыз",
                                    u"қыркүйек", u"қазан", u"қараша", u"желтоқсан"};
        // Greek abbreviations as Greek blog engines print them.
        const char16_t *greek[][2] = {{u"ιαν", nullptr}, {u"φεβ", nullptr}, {u"μάώ", u"μάρ"},
                                      {u"απρ", u"απρ"},  {u"μάι", u"μαΐ"},  {u"ιούν", u"ιον"},
                                      {u"ιούλ", u"ιολ"}, {u"αύγ", u"αυγ"},  {u"σεπ", nullptr},
                                      {u"οκτ", nullptr}, {u"νοέ", u"νοε"},  {u"δεκ", nullptr}};
        for (int i = 0; i < 12; ++i) {
            for (const char16_t *name : russian[i])
                if (name)
                    h.insert(QString::fromUtf16(name), i + 1);
            h.insert(QString::fromUtf16(kazakh[i]), i + 1);
            for (const char16_t *name : greek[i])
                if (name)
                    h.insert(QString::fromUtf16(name), i + 1);
        }
        return h;
    }();
    return names;
}

std::optional<int> monthFromName(QString word)
{
    word = word.toLower();
    while (word.endsWith(QLatin1Char('.')))
        word.chop(1);
    const auto &names = monthNames();
    if (auto it = names.constFind(word); it != names.constEnd())
        return *it;
    // English names are matched on three letters ("January", "Sept"), as RFC 822 readers do.
    if (word.size() >= 3 && word.at(0).unicode() < 128) {
        if (auto it = names.constFind(word.left(3)); it != names.constEnd())
            return *it;
    }
    // Kazakh case endings after a month name: «қарашада», «қарашаның».
    for (auto it = names.constBegin(); it != names.constEnd(); ++it)
        if (it.key().size() >= 5 && word.startsWith(it.key()))
            return *it;
    return std::nullopt;
}

bool isDayName(const QString &word)
{
    static const QStringList names = {
        QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
        QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun"),
        // Russian
        QStringLiteral("пн"), QStringLiteral("вт"), QStringLiteral("ср"), QStringLiteral("чт"),
        QStringLiteral("пт"), QStringLiteral("сб"), QStringLiteral("вс"), QStringLiteral("пон"),
        QStringLiteral("вто"), QStringLiteral("сре"), QStringLiteral("чет"), QStringLiteral("пят"),
        QStringLiteral("суб"), QStringLiteral("вос"),
        // Kazakh
        QStringLiteral("дүй"), QStringLiteral("сей"), QStringLiteral("сәр"), QStringLiteral("бей"),
        QStringLiteral("жұм"), QStringLiteral("сен"), QStringLiteral("жек"),
        // Greek
        QStringLiteral("κυρ"), QStringLiteral("δευ"), QStringLiteral("τρι"), QStringLiteral("τετ"),
        QStringLiteral("πεμ"), QStringLiteral("παρ"), QStringLiteral("σαβ")};
    QString w = word.toLower();
    while (w.endsWith(QLatin1Char('.')))
        w.chop(1);
    return w.size() >= 2 && names.contains(w.left(3));
}

// Zone abbreviations seen in feeds, in minutes east of UTC. Kazakhstan moved to one zone, UTC+5,
// on 1 March 2024; ALMT/QYZT before that date meant UTC+6 (handled in zoneOffset()).
std::optional<int> namedZone(const QString &zone)
{
    static const QHash<QString, int> zones = {
        {QStringLiteral("ut"), 0},     {QStringLiteral("utc"), 0},   {QStringLiteral("gmt"), 0},
        {QStringLiteral("z"), 0},      {QStringLiteral("adt"), -180}, {QStringLiteral("ast"), -240},
        {QStringLiteral("at"), -240},  {QStringLiteral("edt"), -240}, {QStringLiteral("est"), -300},
        {QStringLiteral("et"), -300},  {QStringLiteral("cdt"), -300}, {QStringLiteral("cst"), -360},
        {QStringLiteral("ct"), -360},  {QStringLiteral("mdt"), -360}, {QStringLiteral("mst"), -420},
        {QStringLiteral("mt"), -420},  {QStringLiteral("pdt"), -420}, {QStringLiteral("pst"), -480},
        {QStringLiteral("pt"), -480},  {QStringLiteral("a"), -60},    {QStringLiteral("n"), 60},
        {QStringLiteral("m"), -720},   {QStringLiteral("y"), 720},    {QStringLiteral("met"), 60},
        {QStringLiteral("mest"), 120}, {QStringLiteral("cet"), 60},   {QStringLiteral("cest"), 120},
        {QStringLiteral("eet"), 120},  {QStringLiteral("eest"), 180}, {QStringLiteral("bst"), 60},
        {QStringLiteral("msk"), 180},  {QStringLiteral("aqtt"), 300}, {QStringLiteral("orat"), 300},
        {QStringLiteral("kst"), 540},  {QStringLiteral("jst"), 540},  {QStringLiteral("ist"), 330},
    };
    if (auto it = zones.constFind(zone); it != zones.constEnd())
        return *it;
    return std::nullopt;
}

// "+0500", "-05:00", "+5", "GMT+3", "Etc/GMT", "ALMT" → minutes; nullopt when malformed.
std::optional<int> zoneOffset(QString zone, const Fields &at)
{
    zone = zone.toLower();
    if (zone.startsWith(QLatin1String("etc/")))
        zone = zone.mid(4);
    if (zone.startsWith(QLatin1String("gmt")) || zone.startsWith(QLatin1String("utc"))) {
        zone = zone.mid(3);
        zone.remove(QLatin1Char(':'));
        if (zone.isEmpty())
            return 0;
    }
    if (zone.isEmpty())
        return 0;
    if (zone == QLatin1String("almt") || zone == QLatin1String("qyzt"))
        return QDate(at.year, at.month, at.day) < QDate(2024, 3, 1) ? 360 : 300;
    if (zone.at(0) == QLatin1Char('+') || zone.at(0) == QLatin1Char('-')) {
        const int sign = zone.at(0) == QLatin1Char('-') ? -1 : 1;
        QString digits = zone.mid(1);
        int hours = 0;
        int minutes = 0;
        bool okH = false;
        bool okM = true;
        if (digits.contains(QLatin1Char(':'))) {
            const auto parts = digits.split(QLatin1Char(':'));
            if (parts.size() != 2)
                return std::nullopt;
            hours = parts[0].toInt(&okH);
            minutes = parts[1].toInt(&okM);
        } else if (digits.size() <= 2) {
            hours = digits.toInt(&okH);
        } else {
            hours = digits.left(2).toInt(&okH);
            minutes = digits.mid(2).toInt(&okM);
        }
        if (!okH || !okM || hours > 23 || minutes > 59)
            return std::nullopt;
        return sign * (hours * 60 + minutes);
    }
    return namedZone(zone);
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

int expandYear(const QString &digits)
{
    const int year = digits.toInt();
    if (digits.size() > 2)
        return year;
    // RFC 822 two-digit years: 90–99 are the 1990s, the rest this century.
    return year + (year < 90 ? 2000 : 1900);
}

// "HH:MM[:SS]" with one- or two-digit parts.
bool parseClock(const QString &text, Fields &f)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3)
        return false;
    int values[3] = {0, 0, 0};
    for (int i = 0; i < parts.size(); ++i) {
        QString part = parts[i];
        if (i == 2) {
            const qsizetype dot = part.indexOf(QLatin1Char('.'));
            if (dot >= 0)
                part.truncate(dot);
        }
        if (!allDigits(part) || part.size() > 2)
            return false;
        values[i] = part.toInt();
    }
    f.hour = values[0];
    f.minute = values[1];
    f.second = values[2];
    return true;
}

// RFC 822 and the many ways feeds get it wrong, plus Russian/Kazakh/Greek month names:
// [day-name,] DD Month YYYY [HH:MM[:SS]] [zone], also "Month DD YYYY" and Russian «г.»/«года».
QDateTime parseRfc822Like(const QString &input)
{
    QString text = input;
    text.replace(QLatin1Char(','), QLatin1Char(' '));
    QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Words that only decorate a date: «2026 года», «2026 г.», «2026 жылғы», «в 14:30», «at».
    parts.removeIf([](const QString &p) {
        const QString w = p.toLower();
        static const QStringList decoration = {QStringLiteral("г"),     QStringLiteral("г."),
                                               QStringLiteral("года"),  QStringLiteral("год"),
                                               QStringLiteral("жылғы"), QStringLiteral("ж."),
                                               QStringLiteral("в"),     QStringLiteral("-")};
        return decoration.contains(w);
    });
    if (!parts.isEmpty() && isDayName(parts.first()) && !allDigits(parts.first()))
        parts.removeFirst();
    if (parts.size() < 3)
        return {};

    Fields f;
    int index = 0;
    if (auto month = monthFromName(parts[1]); month && allDigits(parts[0])) {
        f.month = *month;
        f.day = parts[0].toInt();
        index = 2;
    } else if (auto swapped = monthFromName(parts[0]); swapped && allDigits(parts[1])) {
        f.month = *swapped;
        f.day = parts[1].toInt();
        index = 2;
    } else if (allDigits(parts[0]) && parts[0].size() == 4 && parts.size() >= 3
               && monthFromName(parts[2]) && allDigits(parts[1])) {
        // Kazakh order: «2026 жылғы 26 қараша» (the «жылғы» is already gone).
        f.year = parts[0].toInt();
        f.day = parts[1].toInt();
        f.month = *monthFromName(parts[2]);
        index = 3;
        if (index < parts.size() && parseClock(parts[index], f))
            ++index;
        return index == parts.size() ? toUtc(f) : QDateTime();
    } else {
        return {};
    }
    if (parts[index].size() > 4 || !allDigits(parts[index]))
        return {};
    f.year = expandYear(parts[index]);
    ++index;
    if (index < parts.size()) {
        if (!parseClock(parts[index], f))
            return {};
        ++index;
    }
    if (index < parts.size()) {
        // asctime puts the year after the zone: "Sun Jul 15 01:16:00 +0000 2012" is handled by
        // parseAsctime(); here a zone is the last word.
        const auto offset = zoneOffset(parts[index], f);
        if (!offset)
            return {};
        f.offsetMinutes = *offset;
        ++index;
    }
    if (index != parts.size())
        return {};
    return toUtc(f);
}

// "Sun Jan  4 16:29:06 2004" and "Sun Jul 15 01:16:00 +0000 2012".
QDateTime parseAsctime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}:\d{2}(?::\d{2})?)\s+(?:([+-]\d{4}|[A-Za-z]+)\s+)?(\d{4})\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    Fields f;
    const auto month = monthFromName(m.captured(1));
    if (!month || !parseClock(m.captured(3), f))
        return {};
    f.month = *month;
    f.day = m.captured(2).toInt();
    f.year = m.captured(5).toInt();
    if (m.hasCaptured(4)) {
        const auto offset = zoneOffset(m.captured(4), f);
        if (!offset)
            return {};
        f.offsetMinutes = *offset;
    }
    return toUtc(f);
}

// Perforce: "Fri, 2006/09/15 08:19:53 EDT".
QDateTime parsePerforce(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(?:[A-Za-z]{3},?\s+)?(\d{4})/(\d{1,2})/(\d{1,2})\s+(\d{1,2}:\d{2}:\d{2})\s*([A-Za-z]+|[+-]\d{4})?\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    Fields f;
    f.year = m.captured(1).toInt();
    f.month = m.captured(2).toInt();
    f.day = m.captured(3).toInt();
    if (!parseClock(m.captured(4), f))
        return {};
    if (m.hasCaptured(5)) {
        const auto offset = zoneOffset(m.captured(5), f);
        if (!offset)
            return {};
        f.offsetMinutes = *offset;
    }
    return toUtc(f);
}

// W3CDTF / RFC 3339: YYYY[-MM[-DD[(T| )hh:mm[:ss[.s]][zone]]]]. Strict: anything left over
// makes it fail (feeds that append junk get no date rather than a guessed one).
QDateTime parseW3cdtf(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?)?)?\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    Fields f;
    f.year = m.captured(1).toInt();
    if (m.hasCaptured(2))
        f.month = m.captured(2).toInt();
    if (m.hasCaptured(3))
        f.day = m.captured(3).toInt();
    if (m.hasCaptured(4)) {
        f.hour = m.captured(4).toInt();
        f.minute = m.captured(5).toInt();
        if (m.hasCaptured(6))
            f.second = m.captured(6).toInt();
    }
    if (m.hasCaptured(7)) {
        QString zone = m.captured(7);
        if (zone.compare(QLatin1String("z"), Qt::CaseInsensitive) != 0) {
            if (zone.size() == 3) // "+05"
                zone += QLatin1String("00");
            const auto offset = zoneOffset(zone, f);
            if (!offset)
                return {};
            f.offsetMinutes = *offset;
        }
    }
    return toUtc(f);
}

// ISO 8601 reduced and ordinal forms that old feeds used: "031231", "03-12-31", "-0312",
// "-03-12", "03335", "2003-012-31T10:14:55+00:00". Two-digit years are in the current century.
QDateTime parseIso8601(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(?:(\d{4})-?0?(\d{2})-?(\d{2})|(\d{4})-?(\d{3})|(\d{2})-?(\d{2})-?(\d{2})|(\d{2})-?(\d{3})|-(\d{2})-?(\d{2})|-(\d{3})|(\d{4})-(\d{2}))(?:[Tt ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    const int century = QDate::currentDate().year() / 100 * 100;
    Fields f;
    auto ordinal = [&](int year, int dayOfYear) -> bool {
        const QDate d = QDate(year, 1, 1).addDays(dayOfYear - 1);
        if (dayOfYear < 1 || d.year() != year)
            return false;
        f.year = year;
        f.month = d.month();
        f.day = d.day();
        return true;
    };
    if (m.hasCaptured(1)) {
        f.year = m.captured(1).toInt();
        f.month = m.captured(2).toInt();
        f.day = m.captured(3).toInt();
    } else if (m.hasCaptured(4)) {
        if (!ordinal(m.captured(4).toInt(), m.captured(5).toInt()))
            return {};
    } else if (m.hasCaptured(6)) {
        f.year = century + m.captured(6).toInt();
        f.month = m.captured(7).toInt();
        f.day = m.captured(8).toInt();
    } else if (m.hasCaptured(9)) {
        if (!ordinal(century + m.captured(9).toInt(), m.captured(10).toInt()))
            return {};
    } else if (m.hasCaptured(11)) {
        f.year = century + m.captured(11).toInt();
        f.month = m.captured(12).toInt();
    } else if (m.hasCaptured(13)) {
        if (!ordinal(QDate::currentDate().year(), m.captured(13).toInt()))
            return {};
    } else {
        f.year = m.captured(14).toInt();
        f.month = m.captured(15).toInt();
    }
    if (m.hasCaptured(16)) {
        f.hour = m.captured(16).toInt();
        f.minute = m.captured(17).toInt();
        if (m.hasCaptured(18))
            f.second = m.captured(18).toInt();
        if (m.hasCaptured(19) && m.captured(19) != QLatin1String("Z")) {
            QString zone = m.captured(19);
            if (zone.size() == 3)
                zone += QLatin1String("00");
            const auto offset = zoneOffset(zone, f);
            if (!offset)
                return {};
            f.offsetMinutes = *offset;
        }
    }
    return toUtc(f);
}

// Hungarian: "2004-július-13T9:15-05:00".
QDateTime parseHungarian(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(\d{4})-([^-]+)-(\d{1,2})T(\d{1,2}):(\d{2})((?:[+-])\d{1,2}:\d{2})\s*$)"));
    static const QHash<QString, int> months = {
        {QStringLiteral("január"), 1},     {QStringLiteral("februári"), 2},
        {QStringLiteral("március"), 3},    {QStringLiteral("április"), 4},
        {QStringLiteral("máujus"), 5},     {QStringLiteral("május"), 5},
        {QStringLiteral("június"), 6},     {QStringLiteral("július"), 7},
        {QStringLiteral("augusztus"), 8},  {QStringLiteral("szeptember"), 9},
        {QStringLiteral("október"), 10},   {QStringLiteral("november"), 11},
        {QStringLiteral("december"), 12}};
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    const auto month = months.constFind(m.captured(2).toLower());
    if (month == months.constEnd())
        return {};
    Fields f;
    f.year = m.captured(1).toInt();
    f.month = *month;
    f.day = m.captured(3).toInt();
    f.hour = m.captured(4).toInt();
    f.minute = m.captured(5).toInt();
    QString zone = m.captured(6);
    if (zone.indexOf(QLatin1Char(':')) == 2)
        zone.insert(1, QLatin1Char('0'));
    const auto offset = zoneOffset(zone, f);
    if (!offset)
        return {};
    f.offsetMinutes = *offset;
    return toUtc(f);
}

// Korean blog engines, Korea Standard Time: "2004-05-25 오후 11:23:17" and
// "2004년 05월 28일  01:31:15".
QDateTime parseKorean(const QString &text)
{
    static const QRegularExpression nate(QStringLiteral(
        R"(^\s*(\d{4})-(\d{2})-(\d{2})\s+(오전|오후)\s+(\d{1,2}):(\d{2}):(\d{2})\s*$)"));
    static const QRegularExpression onblog(QStringLiteral(
        R"(^\s*(\d{4})년\s*(\d{2})월\s*(\d{2})일\s+(\d{2}):(\d{2}):(\d{2})\s*$)"));
    Fields f;
    f.offsetMinutes = 540;
    if (const auto m = nate.match(text); m.hasMatch()) {
        f.year = m.captured(1).toInt();
        f.month = m.captured(2).toInt();
        f.day = m.captured(3).toInt();
        f.hour = m.captured(5).toInt();
        if (m.captured(4) == QStringLiteral("오후") && f.hour < 12)
            f.hour += 12;
        f.minute = m.captured(6).toInt();
        f.second = m.captured(7).toInt();
        return toUtc(f);
    }
    if (const auto m = onblog.match(text); m.hasMatch()) {
        f.year = m.captured(1).toInt();
        f.month = m.captured(2).toInt();
        f.day = m.captured(3).toInt();
        f.hour = m.captured(4).toInt();
        f.minute = m.captured(5).toInt();
        f.second = m.captured(6).toInt();
        return toUtc(f);
    }
    return {};
}

// Russian news sites' numeric form: "26.11.2026 14:30" / "26.11.2026, 14:30" (local time, UTC+5).
QDateTime parseDottedNumeric(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[,\s]+(\d{1,2}:\d{2}(?::\d{2})?))?\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    Fields f;
    f.day = m.captured(1).toInt();
    f.month = m.captured(2).toInt();
    f.year = m.captured(3).toInt();
    if (m.hasCaptured(4) && !parseClock(m.captured(4), f))
        return {};
    f.offsetMinutes = 300; // Kazakhstan: these pages give local time without a zone
    return toUtc(f);
}

} // namespace

namespace {

int digits(QStringView s, qsizetype at, qsizetype count)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// The two forms nearly every feed uses, read without regular expressions:
// "2026-11-26T09:15:00+05:00" (fraction and Z allowed) and "Thu, 26 Nov 2026 09:15:00 +0500"/"GMT".
std::optional<QDateTime> parseCanonical(QStringView s)
{
    Fields f;
    if (s.size() >= 20 && s[4] == QLatin1Char('-') && s[7] == QLatin1Char('-')
        && (s[10] == QLatin1Char('T') || s[10] == QLatin1Char('t')) && s[13] == QLatin1Char(':')
        && s[16] == QLatin1Char(':')) {
        f.year = digits(s, 0, 4);
        f.month = digits(s, 5, 2);
        f.day = digits(s, 8, 2);
        f.hour = digits(s, 11, 2);
        f.minute = digits(s, 14, 2);
        f.second = digits(s, 17, 2);
        qsizetype i = 19;
        if (i < s.size() && s[i] == QLatin1Char('.')) {
            ++i;
            while (i < s.size() && s[i].isDigit())
                ++i;
        }
        const QStringView zone = s.mid(i);
        if (zone == QLatin1String("Z") || zone == QLatin1String("z")) {
            f.offsetMinutes = 0;
        } else if (zone.size() == 6 && (zone[0] == QLatin1Char('+') || zone[0] == QLatin1Char('-'))
                   && zone[3] == QLatin1Char(':')) {
            const int h = digits(zone, 1, 2);
            const int m = digits(zone, 4, 2);
            if (h < 0 || m < 0 || h > 23 || m > 59)
                return std::nullopt;
            f.offsetMinutes = (zone[0] == QLatin1Char('-') ? -1 : 1) * (h * 60 + m);
        } else {
            return std::nullopt;
        }
        if (f.year < 0 || f.month < 0 || f.day < 0 || f.hour < 0 || f.minute < 0 || f.second < 0)
            return std::nullopt;
        return toUtc(f);
    }
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (s.size() >= 29 && s[3] == QLatin1Char(',') && s[4] == QLatin1Char(' ') && s[7] == QLatin1Char(' ')
        && s[11] == QLatin1Char(' ') && s[16] == QLatin1Char(' ') && s[19] == QLatin1Char(':')
        && s[22] == QLatin1Char(':') && s[25] == QLatin1Char(' ')) {
        bool day = false;
        for (const char *d : days)
            day = day || s.left(3) == QLatin1String(d);
        f.month = 0;
        for (int m = 0; m < 12; ++m)
            if (s.mid(8, 3) == QLatin1String(months[m]))
                f.month = m + 1;
        f.day = digits(s, 5, 2);
        f.year = digits(s, 12, 4);
        f.hour = digits(s, 17, 2);
        f.minute = digits(s, 20, 2);
        f.second = digits(s, 23, 2);
        const QStringView zone = s.mid(26);
        if (!day || f.month == 0 || f.day < 0 || f.year < 0 || f.hour < 0 || f.minute < 0 || f.second < 0)
            return std::nullopt;
        if (zone == QLatin1String("GMT") || zone == QLatin1String("UT") || zone == QLatin1String("UTC")) {
            f.offsetMinutes = 0;
        } else if (zone.size() == 5 && (zone[0] == QLatin1Char('+') || zone[0] == QLatin1Char('-'))) {
            const int h = digits(zone, 1, 2);
            const int m = digits(zone, 3, 2);
            if (h < 0 || m < 0 || h > 23 || m > 59)
                return std::nullopt;
            f.offsetMinutes = (zone[0] == QLatin1Char('-') ? -1 : 1) * (h * 60 + m);
        } else {
            return std::nullopt;
        }
        return toUtc(f);
    }
    return std::nullopt;
}

} // namespace

QDateTime parseDate(QStringView input)
{
    const QStringView trimmed = input.trimmed();
    if (const auto canonical = parseCanonical(trimmed))
        return *canonical;
    const QString text = trimmed.toString();
    if (text.isEmpty() || text.size() > 100)
        return {};
    // Cheapest, most common forms first: W3CDTF (Atom) and RFC 822 (RSS).
    if (text.at(0).isDigit() || text.at(0) == QLatin1Char('-')) {
        using Parser = QDateTime (*)(const QString &);
        for (Parser parse : {parseW3cdtf, parseIso8601, parseHungarian, parseKorean,
                           parseDottedNumeric, parseRfc822Like}) {
            if (QDateTime d = parse(text); d.isValid())
                return d;
        }
        return {};
    }
    for (QDateTime (*parse)(const QString &) : {parseRfc822Like, parseAsctime, parsePerforce}) {
        if (QDateTime d = parse(text); d.isValid())
            return d;
    }
    // Greek day/month names come through parseRfc822Like; nothing else left to try.
    return {};
}

QDateTime parseDisplayedDate(QStringView input, int offsetMinutes)
{
    const QString text = input.toString().simplified();
    if (text.isEmpty() || text.size() > 80)
        return {};
    static const QRegularExpression named(
        QStringLiteral("(\\d{1,2})\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})(?:\\s*(?:г\\.|года|ж\\.|жыл)?)?[,\\s|в-]*(\\d{1,2}):(\\d{2})"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression numeric(
        QStringLiteral("(\\d{1,2})[.\\-/](\\d{1,2})[.\\-/](\\d{4})[,\\s|в-]*(\\d{1,2}):(\\d{2})"));
    Fields f;
    if (const auto m = named.match(text); m.hasMatch()) {
        const auto month = monthFromName(m.captured(2));
        if (!month)
            return {};
        f.day = m.captured(1).toInt();
        f.month = *month;
        f.year = m.captured(3).toInt();
        f.hour = m.captured(4).toInt();
        f.minute = m.captured(5).toInt();
    } else if (const auto n = numeric.match(text); n.hasMatch()) {
        f.day = n.captured(1).toInt();
        f.month = n.captured(2).toInt();
        f.year = n.captured(3).toInt();
        f.hour = n.captured(4).toInt();
        f.minute = n.captured(5).toInt();
    } else {
        return {};
    }
    f.offsetMinutes = offsetMinutes;
    return toUtc(f);
}

QString formatIsoDate(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime t = utc.toUTC();
    const QDate d = t.date();
    const QTime time = t.time();
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02dZ", d.year(), d.month(), d.day(),
                             time.hour(), time.minute(), time.second());
}

} // namespace oqy::feeds
